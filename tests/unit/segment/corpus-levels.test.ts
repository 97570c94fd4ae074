// Numbered units per level on the development corpus equal the gold `structure.levels` written by
// reading each document (tests/gold/corpus/<stem>.json). The hold-out documents are not read here:
// their score is measured by the gold evaluation, not by the tests rules were developed against.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { decodeBytes } from '../../../graph-loader/src/read/decode.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { unitLevels } from '../../../graph-loader/src/segment/report.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CORPUS = [join(ROOT, '../shared/corpus'), join(ROOT, '../../shared/corpus')].find((d) => existsSync(d));
const GOLD = join(ROOT, 'tests/gold/corpus');
const HOLD_OUT = /^(06|10|13|21|26|31|33|34|38|40)_/;

const files = CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt') && !HOLD_OUT.test(f)) : [];
const withGold = files.filter((f) => existsSync(join(GOLD, f.replace(/\.txt$/, '.json'))));

describe.skipIf(withGold.length === 0)('segment: unit levels on the development corpus equal the gold', () => {
  it.each(withGold)('%s', (file) => {
    const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8')) as {
      structure: { levels: number[] };
    };
    const bytes = readFileSync(join(CORPUS ?? '', file));
    const text = normalise(decodeBytes(bytes, file).text).text;
    const segs = segment(text, `policy:${file}`);
    expect(unitLevels(segs)).toEqual(gold.structure.levels);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
