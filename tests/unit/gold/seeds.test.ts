// The gold files themselves, and the extraction of the seeds scored against them.
// (a) Well-formed gold: every file parses, names a seed, and every measure snippet occurs exactly
//     once in the seed's normalised text (H2's decode + normalise, the text offsets point into).
// (b) The thresholds: LEADS and SUPPORTS on 003 ≥ 0.98 precision and recall; every other
//     type ≥ 0.90 precision and ≥ 0.85 recall. Types with no gold facts are skipped; precision is
//     skipped for types no gold file marks complete. The thresholds are not to be lowered.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { decodeBytes } from '../../../graph-loader/src/read/decode.ts';
import { DOC, type GoldFact, type GoldFile, type GoldName } from '../../gold/gold-types.ts';
import { GOLD_DIR, readGoldDir } from '../../gold/load-gold.ts';
import { normText } from '../../gold/names.ts';
import { endKind } from '../../gold/resolve.ts';
import { evaluateSeeds, type EvalRun } from '../../gold/run-eval.ts';
import { checkThresholds } from '../../gold/thresholds.ts';

const PLANS = 'data/plans';
const golds = await readGoldDir(GOLD_DIR);

async function normalisedText(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(join(PLANS, file)));
  return normalise(decodeBytes(bytes, file).text).text;
}

/** Every measure snippet a fact uses, with where it is used. */
function snippets(fact: GoldFact): string[] {
  const names = (n: GoldName): string[] => (Array.isArray(n) ? n : [n]);
  const out: string[] = [];
  if (fact.from !== DOC && endKind(fact, 'from') === 'measure') out.push(...names(fact.from));
  if (endKind(fact, 'to') === 'measure') out.push(...names(fact.to));
  if (fact.alsoFrom?.kind === 'measure') out.push(...names(fact.alsoFrom.name));
  return out;
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
  return n;
}

describe('gold files are well-formed', () => {
  it('there is a gold file for each of the five seeds', () => {
    expect(golds.map((g) => g.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(golds.map((g) => [g.file, g] as [string, GoldFile]))(
    '%s: every measure snippet (≥ 8 chars) occurs exactly once in the normalised text',
    async (file, gold) => {
      const text = normText(await normalisedText(file));
      const used = [...new Set(gold.facts.flatMap(snippets))];
      expect(used.length).toBeGreaterThan(0);
      const bad = used
        .map((s) => ({ s, n: occurrences(text, normText(s)), short: [...s].length < 8 }))
        .filter((x) => x.n !== 1 || x.short);
      expect(bad).toEqual([]);
    },
  );

  it.each(golds.map((g) => [g.file, g] as [string, GoldFile]))('%s: no fact is listed twice', (_file, gold) => {
    const keys = gold.facts.map((f) => JSON.stringify([f.type, f.from, f.to, f.fromKind ?? '']));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('003 has every lead and supporter; the others have at least 30 facts', () => {
    for (const g of golds) {
      if (g.file.startsWith('003')) {
        expect(g.complete).toEqual(expect.arrayContaining(['LEADS', 'SUPPORTS']));
        expect(g.facts.filter((f) => f.type === 'LEADS').length).toBeGreaterThanOrEqual(242);
      } else expect(g.facts.length).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('extraction of the seeds meets the thresholds', () => {
  let run: EvalRun;
  beforeAll(async () => {
    run = await evaluateSeeds({ plansDir: PLANS });
  }, 120_000);

  it('scores every seed', () => {
    expect(run.report.files.map((f) => f.file)).toEqual(golds.map((g) => g.file));
  });

  it('every threshold holds (skipped checks say why)', () => {
    const checks = checkThresholds(run.report);
    expect(checks.length).toBeGreaterThan(0);
    const failed = checks
      .filter((c) => !c.ok)
      .map((c) => `${c.type} ${c.metric} [${c.scope}] ${c.value?.toFixed(3)} < ${c.min}`);
    expect(failed).toEqual([]);
  });
});
