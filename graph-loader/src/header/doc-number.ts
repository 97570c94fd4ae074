// 发文字号 (GB/T 9704-2012 §7.2.4: 发文机关代字 + 年份 + 发文顺序号, the year in 〔〕) in the forms copies
// print it: 国发〔2018〕42号, 国办函[2005]57号, 皖政办秘（2021）82号, X字〔2020〕第3号; on its own line,
// in brackets "（皖政办秘〔2021〕82号）", or glued to the end of the title ("…的通报国办函〔2018〕46号").
// An order (令) is numbered by its own series: "广东省人民政府令（第290号）", "X令\n（第290号）",
// "X令第61号"; an announcement "海关总署公告2020年第1号"; a Taiwan promulgation "总统华总一义字第09200134530号令" (as printed). The value is given
// with the year in 〔〕 and without spaces. Pure.
import type { DocPrefixEntry } from '../types.ts';
import { findDate } from './dates.ts';
import { DOC_KIND_WORDS } from './vocabulary.ts';

export interface DocNumberHit {
  value: string; // 国办函〔2018〕46号
  prefix: string; // 国办函
  index: number; // where the number starts in the string searched
  end: number;
}

const NUMBER_RE =
  /([\u4e00-\u9fa5]{1,16})\s*[〔[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*(第?)\s*(\d{1,5})\s*号/gu;
const MAX_PREFIX = 10;
const YEAR_IN_BRACKETS = /[〔[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]/u;
const KIND_CUT = new RegExp(`^.*(?:${DOC_KIND_WORDS.join('|')}|的)(?=.)`, 'u');

/** The 发文机关代字 at the end of a run of characters before the year: the longest prefix of the
 *  table that ends the run, else what follows the last 文种 of a title glued in front. */
function prefixOf(run: string, table: readonly DocPrefixEntry[]): string {
  let known = '';
  for (const e of table) if (run.endsWith(e.prefix) && e.prefix.length > known.length) known = e.prefix;
  if (known.length >= 2) return known;
  const cut = run.replace(KIND_CUT, '');
  return cut.length > MAX_PREFIX ? cut.slice(-MAX_PREFIX) : cut;
}

/** Every 发文字号 in a string, in order. */
export function docNumbersIn(s: string, table: readonly DocPrefixEntry[] = []): DocNumberHit[] {
  const out: DocNumberHit[] = [];
  if (!YEAR_IN_BRACKETS.test(s)) return out;
  for (const m of s.matchAll(NUMBER_RE)) {
    const run = m[1] as string;
    const prefix = prefixOf(run, table);
    if (prefix === '') continue;
    const index = (m.index ?? 0) + run.length - prefix.length;
    out.push({ value: `${prefix}〔${m[2]}〕${m[3]}${m[4]}号`, prefix, index, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

const LABEL = /^(?:文号|发文字号)\s*[:：]\s*/u;
const SIGNER = /\s+签发人\s*[:：].{0,20}$/u; // GB/T 9704-2012 §7.2.5: the 签发人 beside the 文号 of a 上行文
const ANNOUNCEMENT = /^([\u4e00-\u9fa5]{2,20}?公告)\s*(\d{4})\s*年\s*第\s*(\d{1,4})\s*号$/u;
const SERIAL_ANNOUNCEMENT =
  /^([\u4e00-\u9fa5]{2,40}?公告)\s*[（(]?\s*第\s*(\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*[）)]?$/u;
const WRAP = /^[（(【[]\s*(.*?)\s*[）)】\]]$/u;

/** The line is a 发文字号 and nothing else (bracketed or labelled allowed). */
export function standaloneDocNumber(line: string, table: readonly DocPrefixEntry[] = []): string | null {
  const bare = line.replace(LABEL, '').replace(SIGNER, '').trim();
  const inner = WRAP.exec(bare)?.[1] ?? bare;
  const announcement = ANNOUNCEMENT.exec(inner);
  if (announcement) return `${announcement[1]}${announcement[2]}年第${announcement[3]}号`;
  const serial = SERIAL_ANNOUNCEMENT.exec(inner);
  if (serial) return `${serial[1]}第${serial[2]}号`;
  const hits = docNumbersIn(inner, table);
  const hit = hits[0];
  if (hits.length !== 1 || !hit || hit.index !== 0 || hit.end !== inner.length) return null;
  return hit.value;
}

const SERIAL = '(\\d{1,5}|[一二三四五六七八九十百零〇]{1,6})';
const ORDER_LINE = new RegExp(
  String.raw`^(.{2,30}?令)\s*(?:[（(]\s*)?(?:(\d{4})\s*年\s*)?(?:第\s*${SERIAL}\s*号)?(?:\s*[）)])?$`,
  'u',
);
const ORDER_SERIAL = new RegExp(String.raw`^[（(]?\s*(?:(\d{4})\s*年\s*)?第\s*${SERIAL}\s*号\s*(?:令)?\s*[）)]?$`, 'u');
const ROC_ORDER = /(总统|行政院|[\u4e00-\u9fa5]{2,8}?[院部会])?([\u4e00-\u9fa5]{2,5}字)第\s*(\d{4,12})\s*号令/u;

export interface OrderNumber {
  value: string; // 广东省人民政府令第290号
  issuer: string | null; // 广东省人民政府
  date: string | null; // the promulgation date printed with it (a Taiwan law's history line)
  lines: number; // lines used (1 or 2)
}

/** An order's number from line i (and the next line when the serial stands alone below "X令"). */
export function orderNumber(lines: readonly string[], i: number): OrderNumber | null {
  const line = lines[i] ?? '';
  const m = line.includes('令') ? ORDER_LINE.exec(line) : null;
  if (m && !/[，。；、]/u.test(line)) {
    const name = m[1] as string;
    const issuer = name.replace(/(?:命)?令$/u, '') || null;
    const year = m[2] ? `${m[2]}年` : '';
    if (m[3]) return { value: `${name}${year}第${m[3]}号`, issuer, date: null, lines: 1 };
    const next = nextNonBlank(lines, i);
    const serial = next === null ? null : ORDER_SERIAL.exec(lines[next] ?? '');
    if (serial && next !== null) {
      const y = serial[1] ? `${serial[1]}年` : year;
      return { value: `${name}${y}第${serial[2]}号`, issuer, date: null, lines: next - i + 1 };
    }
  }
  const roc = line.includes('号令') ? ROC_ORDER.exec(line) : null;
  if (roc) {
    const date = findDate(line.slice(0, roc.index))?.iso ?? null;
    return { value: `${roc[1] ?? ''}${roc[2]}第${roc[3]}号令`, issuer: roc[1] ?? null, date, lines: 1 };
  }
  return null;
}

function nextNonBlank(lines: readonly string[], i: number): number | null {
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) if ((lines[k] ?? '').trim() !== '') return k;
  return null;
}
