// The common characters of the text score (data/encoding/common-characters.json) are those the
// encodings rank common: GB2312 level 1 and Big5 常用字, decoded again here with iconv-lite.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { commonCharacters } from '../../../graph-loader/src/read/text-score.ts';

/** Decodes every two-byte code of a block of a legacy encoding. */
function decodeBlock(encoding: string, leads: [number, number], trails: [number, number][]): string {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
  return iconv.decode(Buffer.from(bytes), encoding);
}

const BLOCKS: { encoding: string; leads: [number, number]; trails: [number, number][]; size: number }[] = [
  { encoding: 'gb18030', leads: [0xb0, 0xd7], trails: [[0xa1, 0xfe]], size: 3755 },
  {
    encoding: 'big5',
    leads: [0xa4, 0xc6],
    trails: [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
    size: 5401,
  },
];

function cjkOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x3400 && cp !== 0xfffd) out.add(cp);
  }
  return out;
}

describe('common characters of the text score', () => {
  it('are GB2312 level 1 ∪ Big5 常用字 as the encodings decode them', () => {
    const derived = new Set<number>();
    for (const b of BLOCKS) for (const cp of cjkOf(decodeBlock(b.encoding, b.leads, b.trails))) derived.add(cp);
    const stored = commonCharacters();
    expect([...stored].filter((cp) => !derived.has(cp))).toEqual([]);
    expect([...derived].filter((cp) => !stored.has(cp))).toEqual([]);
    expect([...stored].filter((cp) => cp > 0xffff)).toEqual([]); // one code unit each (the score's table)
  });

  it.each(BLOCKS)('hold the $size common characters of $encoding', (b) => {
    const block = cjkOf(decodeBlock(b.encoding, b.leads, b.trails));
    expect(block.size).toBeGreaterThanOrEqual(b.size);
    expect([...block].every((cp) => commonCharacters().has(cp))).toBe(true);
  });
});
