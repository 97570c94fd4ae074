// A plan saved on one line (issue 11: "a real plan on one 5 MB line becomes 'no text left after
// removing page debris'"). Seed 003 starts with its page's breadcrumb (当前位置: 首页 > …); on one line
// the whole plan started with it and was dropped as a breadcrumb. Each seed is put on one line (its
// lines trimmed and joined) and repeated to 5 MB: normalising keeps its text, and parsePlan gets past
// the debris check (it is refused only by a deliberately small character limit, so the test need not
// extract 1.7 million characters). One copy on one line extracts measures.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../../../core/errors.ts';
import type { Dictionaries } from '../../../graph-loader/src/types.ts';
import { MAX_DEBRIS_LINE } from '../../../graph-loader/src/normalise/debris.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { decodeBytes } from '../../../graph-loader/src/read/decode.ts';
import { SEED_DIR, freshTempDir } from '../../fixtures/encoded-copies.ts';
import { expectWellFormed, seedContext } from './fragment-checks.ts';

const TARGET_BYTES = 5 * 1024 * 1024;
const LINE_DEBRIS = new Set(['breadcrumb', 'page-tool', 'page-meta', 'export-header', 'marker', 'quote']);
let dir = '';
let dicts: Dictionaries;

beforeAll(async () => {
  dir = await freshTempDir('ftz-one-line-');
  ({ dicts } = await seedContext());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The seed's lines, trimmed, joined into one line (separated by `glue`). */
async function oneLine(seed: string, glue: string): Promise<string> {
  const text = await readFile(join(SEED_DIR, seed), 'utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(glue);
}

describe('a plan on one line', () => {
  it.each([
    ['003_f31d9fd870de6b80.txt', ''],
    ['003_f31d9fd870de6b80.txt', ' '],
    ['000_6dd3a853ebbe6fc4.txt', ''],
    ['001_b18cb7838db816cd.txt', ''],
    ['002_bb333e7070ab7c6d.txt', ''],
    ['004_2994b826daeb6449.txt', ''],
  ])('%s joined with %j and repeated to 5 MB keeps its text', { timeout: 60_000 }, async (seed, glue) => {
    const line = await oneLine(seed, glue);
    const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(line));
    const file = join(dir, `one-line-${seed}`);
    await writeFile(file, Array.from({ length: copies }, () => line).join(glue));
    const bytes = await readFile(file);
    expect(bytes.length).toBeGreaterThanOrEqual(TARGET_BYTES);
    const decoded = decodeBytes(bytes, file);
    expect(decoded.text.split('\n')).toHaveLength(1);
    const result = normalise(decoded.text);
    expect(result.dropped.filter((d) => LINE_DEBRIS.has(d.kind))).toEqual([]);
    // only inline marks (Word bookmarks, Markdown emphasis) may go
    expect(result.text.length).toBeGreaterThan(decoded.text.length * 0.99);
    const thrown = (() => {
      try {
        return parsePlan({ bytes, file, dicts, maxChars: 1000 });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(InputTooLargeError);
    expect((thrown as Error).message).toMatch(/too large to extract as one plan: [\d,]+ characters/);
  });

  it('seed 003 on one line extracts its measures', { timeout: 60_000 }, async () => {
    const text = await oneLine('003_f31d9fd870de6b80.txt', '');
    expect(text.startsWith('当前位置')).toBe(true);
    expect(text.length).toBeGreaterThan(MAX_DEBRIS_LINE);
    const plan = parsePlan({ bytes: Buffer.from(text), file: join(dir, 'one-line-003.txt'), dicts });
    expectWellFormed(plan);
    const measures = plan.fragment.nodes.filter((n) => n.labels.includes('Measure'));
    expect(measures.length).toBeGreaterThan(50);
  });

  it('a short breadcrumb line is still dropped', () => {
    const result = normalise('当前位置: 首页 > 政务公开 > 通知公告\n一、总体目标');
    expect(result.dropped.map((d) => d.kind)).toEqual(['breadcrumb']);
    expect(result.text).toBe('一、总体目标');
  });
});
