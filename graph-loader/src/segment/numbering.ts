// Numbering markers at the start of a line: 一、 （一） (一) 1． 1. 1、 (1) （1） ① 第一章, and the
// Chinese/Arabic ordinals they carry. Pure string functions; levels are inferred elsewhere.
import { chineseToNumber } from '../lang/chinese-numerals.ts';

/** The family of a marker: numeral kind + bracket shape. Full- and half-width forms are one family. */
export type MarkerStyle =
  | 'cn-dun' // 一、 一．
  | 'cn-paren' // （一） (一)
  | 'ar-dot' // 1． 1. 1、
  | 'ar-paren' // (1) （1）
  | 'circled' // ①
  | 'chapter' // 第一章 第一部分
  | 'section' // 第一节
  | 'article'; // 第一条

export interface Marker {
  style: MarkerStyle;
  ordinal: number;
  number: string; // as written, trimmed: "（六）", "1．"
  /** the delimiter class, used to recognise a mistyped marker: 、 . ( or 第 */
  shape: 'dun' | 'dot' | 'paren' | 'circle' | 'di';
  numeral: 'cn' | 'ar' | 'circled';
  /** length of the marker including following spaces */
  length: number;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[一二三四五六七八九十百零〇两]+';

interface Rule {
  re: RegExp;
  style: MarkerStyle;
  shape: Marker['shape'];
  numeral: Marker['numeral'];
}

// Order matters: the first rule that matches wins.
const RULES: Rule[] = [
  { re: new RegExp(`^第(${CN})(?:章|部分|篇)\\s*`), style: 'chapter', shape: 'di', numeral: 'cn' },
  { re: new RegExp(`^第(${CN})节\\s*`), style: 'section', shape: 'di', numeral: 'cn' },
  { re: new RegExp(`^第(${CN})条\\s*`), style: 'article', shape: 'di', numeral: 'cn' },
  { re: new RegExp(`^(${CN})[、．.]\\s*`), style: 'cn-dun', shape: 'dun', numeral: 'cn' },
  { re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), style: 'cn-paren', shape: 'paren', numeral: 'cn' },
  { re: /^[（(]\s*([0-9０-９]{1,3})\s*[）)]\s*/, style: 'ar-paren', shape: 'paren', numeral: 'ar' },
  { re: /^([0-9０-９]{1,3})[、．.](?![0-9０-９])\s*/, style: 'ar-dot', shape: 'dot', numeral: 'ar' },
  { re: new RegExp(`^([${CIRCLED}])\\s*`), style: 'circled', shape: 'circle', numeral: 'circled' },
];

function ordinalOf(raw: string, numeral: Marker['numeral']): number | null {
  if (numeral === 'ar')
    return Number.parseInt(
      raw.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)),
      10,
    );
  if (numeral === 'circled') return CIRCLED.indexOf(raw) + 1;
  return chineseToNumber(raw);
}

/** The numbering marker at the start of `line` (already stripped of Markdown '#' and '**'), if any. */
export function parseMarker(line: string): Marker | null {
  for (const rule of RULES) {
    const m = rule.re.exec(line);
    if (!m) continue;
    const ordinal = ordinalOf(m[1], rule.numeral);
    if (ordinal === null || ordinal < 1) return null;
    // A marker must be followed by text: "1." alone or "1.5亿" is not a heading.
    const rest = line.slice(m[0].length);
    if (rest.length === 0) return null;
    // "2、" used as the dun-delimiter of a Chinese-numbered level keeps shape 'dun' for typo matching.
    const shape: Marker['shape'] = rule.style === 'ar-dot' && m[0].includes('、') ? 'dun' : rule.shape;
    return { style: rule.style, ordinal, number: m[0].trim(), shape, numeral: rule.numeral, length: m[0].length };
  }
  return null;
}

/** Markdown heading prefix of a line: the count of '#' and the prefix length. Emphasis ("**") is left
 *  alone: "**片区" is how a masked name is written. */
export function markdownPrefix(line: string): { hashes: number; length: number } {
  const m = /^(#{1,6})\s+/.exec(line);
  return m ? { hashes: m[1].length, length: m[0].length } : { hashes: 0, length: 0 };
}
