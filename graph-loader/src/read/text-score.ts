// Scores a decoded text by how much it looks like real Chinese (or plain) text. Used to confirm the
// detector's guess: Big5 bytes also decode as GB18030 without an error, but into rare characters,
// kana, bopomofo and private-use code points; the right decoding is mostly common characters.
import iconv from 'iconv-lite';

export interface TextScore {
  chars: number; // code points scored
  cjk: number; // CJK unified ideographs
  common: number; // of which common (GB2312 level 1 or Big5 常用字)
  bad: number; // U+FFFD, private-use code points, C0 control characters
  /** (good − 10·bad) / chars, where good = common CJK + ASCII + CJK/full-width punctuation. */
  score: number;
}

let commonChars: Set<number> | null = null;

/** Decodes every two-byte code of a block of a legacy encoding: the characters it ranks common. */
function decodeBlock(encoding: string, leads: [number, number], trails: [number, number][]): string {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
  }
  return iconv.decode(Buffer.from(bytes), encoding);
}

/** The common-character set: GB2312 level 1 (3,755 simplified) ∪ Big5 常用字 (5,401 traditional),
 *  derived from the encodings themselves rather than a hand-made list. */
export function commonCharacters(): Set<number> {
  if (!commonChars) {
    const gb = decodeBlock('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
    const big5 = decodeBlock(
      'big5',
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    );
    commonChars = new Set<number>();
    for (const text of [gb, big5]) {
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp >= 0x3400 && cp !== 0xfffd) commonChars.add(cp);
      }
    }
  }
  return commonChars;
}

export function isBadCodePoint(cp: number): boolean {
  if (cp === 0xfffd) return true;
  if (cp >= 0xe000 && cp <= 0xf8ff) return true; // private use: GB18030's home for unmapped codes
  return cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c && cp !== 0x0b;
}

function isGoodNonCjk(cp: number): boolean {
  return (
    (cp >= 0x20 && cp < 0x7f) ||
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0xa0 ||
    (cp >= 0x2000 && cp <= 0x206f) || // general punctuation: “ ” — …
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation: 、。《》〔〕
    (cp >= 0xff01 && cp <= 0xff5e) // full-width forms: （）：，
  );
}

/** commonCharacters as a table of the BMP (a CJK ideograph scored is one of 0x4E00–0x9FFF) */
let commonBits: Uint8Array | null = null;
function commonTable(): Uint8Array {
  if (!commonBits) {
    commonBits = new Uint8Array(0x10000);
    for (const cp of commonCharacters()) if (cp < 0x10000) commonBits[cp] = 1;
  }
  return commonBits;
}

function codePointAt(text: string, i: number): number {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= text.length) return hi;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff ? ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 : hi;
}

export function scoreText(text: string): TextScore {
  const common = commonTable();
  let chars = 0;
  let cjk = 0;
  let commonCount = 0;
  let bad = 0;
  let good = 0;
  // by code point, as for…of reads a string (a pair of surrogates is one, a lone one stands alone),
  // without a string per character
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    chars++;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      cjk++;
      if (common[cp] === 1) {
        commonCount++;
        good++;
      }
    } else if (isBadCodePoint(cp)) bad++;
    else if (isGoodNonCjk(cp)) good++;
  }
  const score = chars === 0 ? 0 : (good - 10 * bad) / chars;
  return { chars, cjk, common: commonCount, bad, score };
}
