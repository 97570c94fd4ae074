// 落实时间 → deadlineText and an ISO dueDate: the last day of the period the text names.
// 2023年8月底前 → 2023-08-31; 2021年底前 → 2021-12-31; 2022年6月 → 2022-06-30; 2021年6月15日前 →
// 2021-06-15; 2022年上半年 → 2022-06-30; 2021年第三季度 → 2021-09-30; 持续推进/长期 → null.
import { DEADLINE_LABEL_ALT } from '../grammar/vocabulary.ts';
import { chineseToNumber } from '../lang/chinese-numerals.ts';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function num(s: string): number {
  return /^\d+$/.test(s) ? Number.parseInt(s, 10) : (chineseToNumber(s) ?? Number.NaN);
}

/** The ISO due date of a deadline text, or null when it names no date (持续推进, 长期, 2021-2023年 …
 *  takes the end of the range). */
export function parseDueDate(deadlineText: string): string | null {
  const t = deadlineText.replace(/\s+/g, '');
  // a range "2021—2023年" or "2021年至2023年": the end of the range
  const range = /(\d{4})年?[—–\-~至到](\d{4})年/.exec(t);
  if (range) return iso(Number(range[2]), 12, 31);
  // a day the month does not have (9月31日) is no date: the month's end below is what it names
  const ymd = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(t);
  const [y, mo, d] = ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : [0, 0, 0];
  if (ymd && mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo)) return iso(y, mo, d);
  const ym = /(\d{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(上旬|中旬|下旬|初|中|底|末)?/.exec(t);
  if (ym) {
    const year = Number(ym[1]);
    const month = num(ym[2]);
    if (month >= 1 && month <= 12) {
      const part = ym[3];
      const day =
        part === '上旬' || part === '初' ? 10 : part === '中旬' || part === '中' ? 20 : lastDayOfMonth(year, month);
      return iso(year, month, day);
    }
  }
  const quarter = /(\d{4})年(?:第)?([一二三四1-4])季度/.exec(t);
  if (quarter) {
    const q = num(quarter[2]);
    return iso(Number(quarter[1]), q * 3, lastDayOfMonth(Number(quarter[1]), q * 3));
  }
  const half = /(\d{4})年(上|下)半年/.exec(t);
  if (half) return half[2] === '上' ? iso(Number(half[1]), 6, 30) : iso(Number(half[1]), 12, 31);
  const year = /(\d{4})年/.exec(t);
  if (year) return iso(Number(year[1]), 12, 31);
  return null;
}

export interface Deadline {
  deadlineText: string;
  dueDate: string | null;
  start: number;
  end: number;
}

/** A deadline label of the grammar (落实时间, 完成时限, 时间要求 …), its colon and the value up to the clause's end. */
const DEADLINE_RE = new RegExp(`(?:${DEADLINE_LABEL_ALT})\\s*[：:]\\s*([^）)\\n；;，,。]+)`, 'g');

/** Deadlines stated in text[from, to) with a 落实时间/完成时限 label. */
export function findDeadlines(text: string, from: number, to: number): Deadline[] {
  const out: Deadline[] = [];
  const body = text.slice(from, to);
  const re = new RegExp(DEADLINE_RE.source, 'g');
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const value = m[1].trim();
    const start = from + m.index + m[0].length - m[1].length + (m[1].length - m[1].trimStart().length);
    out.push({ deadlineText: value, dueDate: parseDueDate(value), start, end: start + value.length });
  }
  return out;
}
