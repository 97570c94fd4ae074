// Scores a decoded text by how much it looks like real Chinese (or plain) text. Used to confirm the
// detector's guess: Big5 bytes also decode as GB18030 without an error, but into rare characters,
// kana, bopomofo and private-use code points; the right decoding is mostly common characters.
import commonData from '../../../data/encoding/common-characters.json' with { type: 'json' };

export interface TextScore {
  chars: number; // code points scored
  cjk: number; // CJK unified ideographs
  common: number; // of which common (GB2312 level 1 or Big5 常用字)
  bad: number; // U+FFFD, private-use code points, C0 control characters
  /** (good − 10·bad) / chars, where good = common CJK + ASCII + CJK/full-width punctuation. */
  score: number;
}

let commonChars: Set<number> | null = null;

/** The common-character set: GB2312 level 1 (3,755 simplified) ∪ Big5 常用字 (5,401 traditional),
 *  derived from the encodings themselves rather than a hand-made list, once, into
 *  data/encoding/common-characters.json (tests/unit/read/common-characters.test.ts derives it again):
 *  building iconv-lite's codecs to decode them cost each parse worker a tenth of a second. */
export function commonCharacters(): Set<number> {
  if (!commonChars) {
    commonChars = new Set<number>();
    for (const ch of commonData.characters) commonChars.add(ch.codePointAt(0) ?? 0);
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
    // the data's characters are all of the BMP (GB2312 and Big5 hold no others): one code unit each
    for (let i = 0; i < commonData.characters.length; i++) commonBits[commonData.characters.charCodeAt(i)] = 1;
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
