// Every row of the grammar of responsibility against its own examples (Duckling's corpus test):
// each positive example gives exactly the readings it lists, at least one of them by the row itself;
// each negative example gives nothing by the row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeAgency } from '../../../graph-loader/src/extract/agencies.ts';
import type { AgencyGlossary, DocContext } from '../../../graph-loader/src/types.ts';
import { bodyTest } from '../../../graph-loader/src/grammar/lists.ts';
import { type Reading, readResponsibility } from '../../../graph-loader/src/grammar/read.ts';
import { GRAMMAR } from '../../../graph-loader/src/grammar/rows.ts';

const glossary = JSON.parse(readFileSync('data/dictionaries/agencies.json', 'utf8')) as AgencyGlossary;
const ctx: DocContext = {
  docId: 'doc:t',
  file: 't.txt',
  title: '',
  province: null,
  city: null,
  district: null,
  zoneId: null,
  masked: false,
};
/** The body test of the pipeline: the agency register, then the shapes of functions named in laws. */
const isBody = bodyTest((name) => looksLikeAgency(name, ctx, glossary));
const read = (text: string): Reading[] => readResponsibility(text, { isBody });

const shown = (text: string): { all: string[]; rules: string[] } => {
  const readings = read(text);
  return { all: readings.map((r) => `${r.name.as ?? r.name.raw}:${r.role}`), rules: readings.map((r) => r.rule) };
};

describe('grammar of responsibility: every row meets its examples', () => {
  it('has unique row names, each with examples and negatives', () => {
    expect(new Set(GRAMMAR.map((r) => r.name)).size).toBe(GRAMMAR.length);
    for (const row of GRAMMAR) {
      expect(row.examples.length, row.name).toBeGreaterThan(0);
      expect(row.negatives.length, row.name).toBeGreaterThan(0);
    }
  });

  for (const row of GRAMMAR) {
    for (const ex of row.examples) {
      it(`${row.name} reads ${ex.text}`, () => {
        const { all, rules } = shown(ex.text);
        expect(all.sort()).toEqual([...ex.expect].sort());
        const own = row.name === 'list-order' ? ['label-field', 'tag-responsible'] : [row.name];
        expect(rules.some((r) => own.includes(r))).toBe(true);
      });
    }
    for (const text of row.negatives) {
      it(`${row.name} does not read ${text}`, () => {
        const readings = read(text);
        const byRow =
          row.name === 'list-order'
            ? readings.filter((r) => r.method === 'list-order')
            : readings.filter((r) => r.rule === row.name);
        expect(byRow.map((r) => `${r.name.raw}:${r.role}`)).toEqual([]);
      });
    }
  }
});
