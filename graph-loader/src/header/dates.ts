// Dates as documents print them → ISO YYYY-MM-DD. Arabic (2018年12月21日, with PDF spaces
// "2012 年 2 月 1 日"), Chinese numerals as GB/T 9704-2012 §7.3.5 prescribes for the 成文日期 of older
// documents (二〇〇五年六月十一日), the Republic-of-China calendar of Taiwan texts (中华民国九十二年七月
// 二十三日 = 2003-07-23) and the ISO forms of export metadata (2021-09-02, 2021/9/2, 2021.09.02). Pure.

import { CN_DIGITS } from '../lang/chinese-numerals.ts';

const CN = '[〇○零ＯO一二三四五六七八九十百]';

/** A date written with Arabic digits, spaces allowed between the parts. */
export const ARABIC_DATE = String.raw`\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日`;
/** A date written in Chinese numerals: 二〇〇五年六月十一日 (a 民国 year has two or three numerals). */
export const CHINESE_DATE = `(?:中华民国)?${CN}{2,4}年${CN}{1,2}月${CN}{1,3}日`;
/** Either form. */
export const ANY_DATE = `(?:${ARABIC_DATE}|${CHINESE_DATE})`;

const ARABIC_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const CHINESE_RE = new RegExp(`^(中华民国)?(${CN}{2,4})年(${CN}{1,2})月(${CN}{1,3})日$`, 'u');
const ISO_RE = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 二〇〇五 → 2005 (digit by digit); 二十三 → 23, 一百零八 → 108 (positional with 十/百). */
export function chineseNumber(s: string): number | null {
  if (!/[十百]/u.test(s)) {
    let n = 0;
    for (const c of s) {
      const d = CN_DIGITS[c];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === '百' || c === '十') {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
    } else {
      const d = CN_DIGITS[c];
      if (d === undefined) return null;
      digit = d;
    }
  }
  return total + digit;
}

/** The ISO form of a date as printed, or null. */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  const arabic = ARABIC_RE.exec(s);
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese = CHINESE_RE.exec(s);
  if (chinese) {
    const [year, month, day] = [chinese[2], chinese[3], chinese[4]].map((p) => chineseNumber(p as string));
    if (year === null || month === null || day === null || year === undefined) return null;
    return iso(chinese[1] ? year + 1911 : year, month as number, day as number);
  }
  const isoMatch = ISO_RE.exec(s);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  return null;
}

const FIND_RE = new RegExp(ANY_DATE, 'u');

/** The first printed date in a string, with its offset. */
export function findDate(s: string): { iso: string; index: number; length: number } | null {
  const m = FIND_RE.exec(s);
  if (!m) return null;
  const value = parseDate(m[0]);
  return value ? { iso: value, index: m.index, length: m[0].length } : null;
}
