// A 50 MB plan file (seed 003 repeated, in UTF-8 and in GB18030): decoding and normalising complete
// and find every repetition; parsePlan refuses it as one plan with a clear InputTooLargeError
// instead of extracting for minutes. No timing assertions: speed is measured by `npm run bench`.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../../../core/errors.ts';
import type { Dictionaries } from '../../../graph-loader/src/types.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { MAX_PLAN_CHARS, parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { decodeBytes } from '../../../graph-loader/src/read/decode.ts';
import { SEED_DIR, freshTempDir } from '../../fixtures/encoded-copies.ts';
import { seedContext } from './fragment-checks.ts';

const TARGET_BYTES = 50 * 1024 * 1024;
let dir = '';
let dicts: Dictionaries;
let seed = '';
let copies = 0;

beforeAll(async () => {
  dir = await freshTempDir('ftz-large-');
  ({ dicts } = await seedContext());
  seed = await readFile(join(SEED_DIR, '003_f31d9fd870de6b80.txt'), 'utf8');
  copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a 50 MB file', () => {
  it.each(['UTF-8', 'GB18030'] as const)('in %s decodes and normalises', { timeout: 180_000 }, async (encoding) => {
    const file = join(dir, `large-${encoding}.txt`);
    const text = Array.from({ length: copies }, () => seed).join('\n');
    await writeFile(file, encoding === 'UTF-8' ? text : iconv.encode(text, 'gb18030'));
    const bytes = await readFile(file);
    expect(bytes.length).toBeGreaterThanOrEqual(encoding === 'UTF-8' ? TARGET_BYTES : TARGET_BYTES * 0.65);
    const decoded = decodeBytes(bytes, file);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.length).toBe(text.length);
    const result = normalise(decoded.text);
    expect(result.script).toBe('Hans');
    // every copy's breadcrumb and page-meta line found and dropped
    expect(result.dropped.filter((d) => d.kind === 'breadcrumb')).toHaveLength(copies);
    expect(result.dropped.filter((d) => d.kind === 'page-meta')).toHaveLength(copies);
    expect(result.text.length).toBeGreaterThan(text.length * 0.9);
  });

  it('is refused by parsePlan as too large for one plan, naming the file', { timeout: 180_000 }, async () => {
    const file = join(dir, 'large-UTF-8.txt');
    const thrown = await readFile(file)
      .then(
        (bytes) => parsePlan({ bytes, file, dicts }),
        (e: unknown) => e,
      )
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(InputTooLargeError);
    expect((thrown as InputTooLargeError).file).toBe(file);
    expect((thrown as InputTooLargeError).line).toBe(1);
    expect((thrown as Error).message).toMatch(new RegExp(`limit ${MAX_PLAN_CHARS.toLocaleString('en')}`));
  });
});
