// Decoding the seed plans in every supported encoding: copies are generated into a fresh temp dir,
// read back as bytes and decoded; the text must round-trip and the encoding must be named right.
import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes, type EncodingName } from '../../../graph-loader/src/read/decode.ts';
import {
  type CopyEncoding,
  encodeText,
  freshTempDir,
  seedFiles,
  writeEncodedCopy,
} from '../../fixtures/encoded-copies.ts';

const EXPECTED_NAME: Record<CopyEncoding, EncodingName> = {
  'UTF-8': 'UTF-8',
  'UTF-8-BOM': 'UTF-8-BOM',
  'UTF-16LE': 'UTF-16LE',
  'UTF-16BE': 'UTF-16BE',
  GB18030: 'GB18030', // GB18030 decodes GBK and GB2312 too, and is reported as such
  GBK: 'GB18030',
  Big5: 'Big5',
};

const seeds = await seedFiles();
let dir = '';
beforeAll(async () => {
  dir = await freshTempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('decodeBytes round-trips every seed in every encoding', () => {
  const cases = seeds.flatMap((seed) =>
    (Object.keys(EXPECTED_NAME) as CopyEncoding[]).map((encoding) => ({ seed: basename(seed), path: seed, encoding })),
  );
  it.each(cases)('$seed as $encoding', async ({ path, encoding }) => {
    const copy = await writeEncodedCopy(path, encoding, dir);
    expect(copy.unencodable).toEqual([]);
    const decoded = decodeBytes(await readFile(copy.path), copy.path);
    expect(decoded.encoding).toBe(EXPECTED_NAME[encoding]);
    expect(decoded.text).toBe(copy.text);
  });
});

describe('Big5 is not mistaken for GB18030', () => {
  it.each(seeds.map((s) => ({ seed: basename(s), path: s })))('$seed', async ({ path }) => {
    const copy = await writeEncodedCopy(path, 'Big5', dir);
    const bytes = await readFile(copy.path);
    // the trap is real: the Big5 bytes also decode as GB18030 without a single replacement character
    expect(iconv.decode(bytes, 'gb18030')).not.toContain('\uFFFD');
    expect(decodeBytes(bytes, copy.path).encoding).toBe('Big5');
  });
});

describe('short texts', () => {
  const snippets = [
    '牵头单位：市商务粮食局',
    '(責任單位:岳陽海關)',
    '中国（河南）自由贸易试验区郑州片区\n金水区块实施方案\n',
    '跨境電商、積體電路和人工智慧',
  ];
  const encodings = ['GB18030', 'Big5', 'UTF-8', 'UTF-16LE', 'UTF-16BE'] as const; // Big5: traditional forms
  const cases = snippets.flatMap((text) => encodings.map((encoding) => ({ text, encoding })));
  it.each(cases)('$encoding: $text', ({ text, encoding }) => {
    const copy = encodeText(text, encoding);
    expect(copy.unencodable).toEqual([]);
    const decoded = decodeBytes(copy.bytes, 'snippet.txt');
    expect(decoded.text).toBe(copy.text);
    expect(decoded.encoding).toBe(encoding);
  });

  it('reads BOM-less UTF-16LE and says so', () => {
    const text = '岳阳片区面积19.94平方公里\n';
    const decoded = decodeBytes(iconv.encode(text, 'utf16le'), 'nobom.txt');
    expect(decoded).toMatchObject({ text, encoding: 'UTF-16LE' });
    expect(decoded.warnings.join('\n')).toMatch(/without a byte-order mark/);
  });
});
