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
  | 'part' // 第一编
  | 'chapter' // 第一章 第一部分
  | 'section' // 第一节
  | 'article' // 第一条 第 1 条
  | 'decimal-1' // 1 + U+3000 + 总则 (a short heading: number, a space, a title)
  | 'decimal-2' // 2.1
  | 'decimal-3' // 2.1.3
  | 'decimal-4' // 2.1.3.4
  | 'roman' // Ⅰ、 Ⅱ.
  | 'serial'; // the 序号 of a row in a table flattened without separators: 1企业投资项目承诺制改革

export interface Marker {
  style: MarkerStyle;
  ordinal: number;
  number: string; // as written, trimmed: "（六）", "1．"
  /** the delimiter class, used to recognise a mistyped marker: 、 . ( or 第 */
  shape: 'dun' | 'dot' | 'paren' | 'circle' | 'di' | 'decimal' | 'serial' | 'roman';
  numeral: 'cn' | 'ar' | 'circled';
  /** length of the marker including following spaces */
  length: number;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[一二三四五六七八九十百零〇两]+';
/** 第X章 / 第 N 条: a Chinese or an Arabic numeral, spaces allowed around it */
const DI = `第[ \u3000]*(${CN}|[0-9０-９]{1,3})[ \u3000]*`;
/** what may follow a single decimal number without it being a quantity (1 年, 2 月 1 日) */
const NOT_AFTER_NUMBER = '年月日时号项条款个元亿万户人次家台套倍批期级周天';

interface Rule {
  re: RegExp;
  style: MarkerStyle;
  shape: Marker['shape'];
  numeral: Marker['numeral'];
  /** enclosed forms (⑴ ⒈ ㈠ Ⅰ ❶): the code point of the form of 1 */
  base?: number;
}

// Order matters: the first rule that matches wins.
const RULES: Rule[] = [
  { re: new RegExp(`^${DI}编\\s*`), style: 'part', shape: 'di', numeral: 'cn' },
  { re: new RegExp(`^${DI}(?:章|部分|篇)\\s*`), style: 'chapter', shape: 'di', numeral: 'cn' },
  { re: new RegExp(`^${DI}节\\s*`), style: 'section', shape: 'di', numeral: 'cn' },
  { re: new RegExp(`^${DI}条(?:之[一二三四五六七八九十])?(?!第)\\s*`), style: 'article', shape: 'di', numeral: 'cn' },
  {
    // 2.1 needs a space after it (2.07平方公里 is a quantity); no component starts with 0
    re: new RegExp(
      `^([1-9]\\d?(?:\\.[1-9]\\d?){1,3})(?![.\\d])[ \\u3000\\u2002]+(?=[\\u4e00-\\u9fa5（(“《])(?![${NOT_AFTER_NUMBER}])`,
    ),
    style: 'decimal-2',
    shape: 'decimal',
    numeral: 'ar',
  },
  { re: new RegExp(`^(${CN})[、．.﹒]\\s*`), style: 'cn-dun', shape: 'dun', numeral: 'cn' },
  { re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), style: 'cn-paren', shape: 'paren', numeral: 'cn' },
  { re: /^[（(]\s*([0-9０-９]{1,3})\s*[）)]\s*/, style: 'ar-paren', shape: 'paren', numeral: 'ar' },
  { re: /^([0-9０-９]{1,3})[、．.﹒](?![0-9０-９])\s*/, style: 'ar-dot', shape: 'dot', numeral: 'ar' },
  { re: new RegExp(`^([${CIRCLED}])\\s*`), style: 'circled', shape: 'circle', numeral: 'circled' },
  // single-character forms of the same families: ⑴ is (1), ⒈ is 1., ㈠ is （一）, ❶ is ①
  { re: /^([\u2474-\u2487])\s*/, style: 'ar-paren', shape: 'paren', numeral: 'ar', base: 0x2474 },
  { re: /^([\u2488-\u249b])\s*/, style: 'ar-dot', shape: 'dot', numeral: 'ar', base: 0x2488 },
  { re: /^([\u3220-\u3229])\s*/, style: 'cn-paren', shape: 'paren', numeral: 'cn', base: 0x3220 },
  { re: /^([\u2776-\u277f])\s*/, style: 'circled', shape: 'circle', numeral: 'circled', base: 0x2776 },
  { re: /^([\u2160-\u216b])[、．.]?\s*/, style: 'roman', shape: 'roman', numeral: 'circled', base: 0x2160 },
  {
    re: new RegExp(`^(\\d{1,2})[ \\u3000\\u2002]+(?=[\\u4e00-\\u9fa5])(?![${NOT_AFTER_NUMBER}])`),
    style: 'decimal-1',
    shape: 'decimal',
    numeral: 'ar',
  },
];

/** A single-number decimal heading is a short title line, never a sentence. */
const DECIMAL_1_MAX = 30;

function ordinalText(raw: string): { text: string; numeral: Marker['numeral'] } {
  return /^[0-9０-９.]+$/.test(raw) ? { text: raw.replace(/^.*\./, ''), numeral: 'ar' } : { text: raw, numeral: 'cn' };
}

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
    const written = rule.shape === 'di' || rule.shape === 'decimal' ? ordinalText(m[1]) : null;
    const numeral = written?.numeral ?? rule.numeral;
    const ordinal = rule.base ? (m[1].codePointAt(0) ?? 0) - rule.base + 1 : ordinalOf(written?.text ?? m[1], numeral);
    if (ordinal === null || ordinal < 1) return null;
    // A marker must be followed by text: "1." alone or "1.5亿" is not a heading ("第 1 条" alone is).
    const rest = line.slice(m[0].length);
    if (rest.length === 0 && rule.shape !== 'di') return null;
    if (rule.style === 'decimal-1' && (line.length > DECIMAL_1_MAX || /[。；，,;]/.test(rest))) return null;
    const style: MarkerStyle = rule.style === 'decimal-2' ? decimalStyle(m[1]) : rule.style;
    // "2、" used as the dun-delimiter of a Chinese-numbered level keeps shape 'dun' for typo matching.
    const shape: Marker['shape'] = rule.style === 'ar-dot' && m[0].includes('、') ? 'dun' : rule.shape;
    return { style, ordinal, number: m[0].trim(), shape, numeral, length: m[0].length };
  }
  return null;
}

function decimalStyle(number: string): MarkerStyle {
  const depth = number.split('.').length;
  return depth >= 4 ? 'decimal-4' : depth === 3 ? 'decimal-3' : 'decimal-2';
}

/** Markdown heading prefix of a line: the count of '#' and the prefix length. Emphasis ("**") is left
 *  alone: "**片区" is how a masked name is written. */
export function markdownPrefix(line: string): { hashes: number; length: number } {
  const m = /^(#{1,6})\s+/.exec(line);
  return m ? { hashes: m[1].length, length: m[0].length } : { hashes: 0, length: 0 };
}
