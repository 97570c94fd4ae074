// The title (GB/T 9704-2012 §7.3.1: 发文机关 + 关于 + 事由 + 文种) as copies print it: on one line or
// split over two or three (a blank line between them when a web page put each in its own <p>),
// spaced out, as a Markdown heading, repeated (half- and full-width brackets), glued to the 文号
// ("…的通报国办函〔2018〕46号") or preceded by a date, with the 文种 alone on the last line (a PDF
// line break before "的通知"), or wrapped in 《》 by a web copy. The first title in the head wins. Pure.
import type { DocPrefixEntry } from '../types.ts';
import { ANY_DATE } from './dates.ts';
import { docNumbersIn, orderNumber, standaloneDocNumber } from './doc-number.ts';
import { type HeadLine, isSentence } from './lines.ts';
import { ISSUER_END_RE, NOTICE_END_RE, TITLE_END_RE } from './vocabulary.ts';

export interface TitleHit {
  title: string;
  line: number; // index in the head of the title's last line
  docNumber: string | null; // a 文号 glued to the title's end
  issuerLine: string | null; // an issuer printed on the line above a title that starts with 关于
}

const MAX_TITLE = 120;
const MAX_PART = 60;
const LEADING_DATE = new RegExp(`^(?:${ANY_DATE}|\\d{4}-\\d{1,2}-\\d{1,2})\\s*`, 'u');
const TRAILING_DATE = new RegExp(`\\s*(?:${ANY_DATE}|\\d{4}-\\d{1,2}-\\d{1,2})$`, 'u');
const NOT_A_FRAGMENT = /(?:文件|[:：])$/u;
const DATE_ALONE = new RegExp(`^${ANY_DATE}$`, 'u');
const LABELLED = /^[\u4e00-\u9fa5\s]{1,8}[:：]/u; // "标题：…", "发文机关：…": a field, not a title

/** A title line without a date printed before or after it. */
function withoutDates(s: string): string {
  return s.replace(LEADING_DATE, '').replace(TRAILING_DATE, '').trim();
}

/** The title part of a line and a 文号 glued to its end ("…的通知国办发〔2014〕56号各省…"). */
function splitGlued(s: string, table: readonly DocPrefixEntry[]): { title: string; docNumber: string | null } {
  const hit = docNumbersIn(s.slice(0, MAX_TITLE + 30), table)[0];
  if (hit && hit.index > 0) {
    const before = withoutDates(s.slice(0, hit.index));
    if (TITLE_END_RE.test(before) && !isSentence(before)) return { title: before, docNumber: hit.value };
  }
  return { title: withoutDates(s), docNumber: null };
}

function isTitleEnd(s: string): boolean {
  return s.length >= 4 && s.length <= MAX_TITLE && !isSentence(s) && TITLE_END_RE.test(s);
}

/** The last line of a title broken before its 文种: "的通知", "通知", "的实施意见" — a title only with
 *  the lines above it. */
const TAIL_MAX = 8;
function isTitleTail(s: string): boolean {
  return s.length >= 1 && s.length < 4 && s.length <= TAIL_MAX && !isSentence(s) && TITLE_END_RE.test(s);
}

/** A web copy prints the title as a cited name: 《国务院办公厅关于…的通知》. */
function unwrapped(s: string): string {
  const m = /^《([^《》]+)》$/u.exec(s);
  return m && TITLE_END_RE.test(m[1] as string) ? (m[1] as string) : s;
}

/** A line that can be the upper part of a title split over lines. */
function isFragment(s: string, table: readonly DocPrefixEntry[]): boolean {
  if (s.length < 2 || s.length > MAX_PART || isSentence(s) || NOT_A_FRAGMENT.test(s)) return false;
  if (standaloneDocNumber(s, table) || DATE_ALONE.test(s)) return false;
  return !TITLE_END_RE.test(s) && orderNumber([s], 0) === null;
}

/** Upper lines joined to a title's last line: up to two, across one blank line only when the
 *  upper part names the subject (关于…) or is the issuer of a title that starts with 关于. */
function joinUp(head: HeadLine[], k: number, last: string, table: readonly DocPrefixEntry[]): TitleHit {
  let title = last;
  let issuerLine: string | null = null;
  let j = k - 1;
  for (let parts = 0; parts < 2 && j >= 0; parts++) {
    let above = j;
    const blank = head[above]?.clean === '';
    if (blank) above--;
    const upper = head[above]?.clean ?? '';
    if (!isFragment(upper, table)) break;
    const issuerAbove = title.startsWith('关于') && ISSUER_END_RE.test(upper);
    if (blank && !upper.includes('关于') && !issuerAbove) break;
    if ((title + upper).length > MAX_TITLE) break;
    if (issuerAbove) issuerLine = upper;
    title = upper + title;
    j = above - 1;
  }
  return { title: withoutDates(title), line: k, docNumber: null, issuerLine };
}

/** The first title in the head from line `from` on. */
export function findTitle(head: HeadLine[], table: readonly DocPrefixEntry[], from = 0): TitleHit | null {
  for (let k = from; k < head.length; k++) {
    const line = head[k] as HeadLine;
    if (line.clean === '' || LABELLED.test(line.clean) || standaloneDocNumber(line.clean, table)) continue;
    const { title, docNumber } = splitGlued(unwrapped(line.clean), table);
    if (isTitleTail(title)) {
      const joined = joinUp(head, k, title, table);
      if (joined.title.length >= 4 && joined.title !== title) return withQualifier(head, joined);
      continue;
    }
    if (!isTitleEnd(title)) continue;
    if (docNumber) return { title, line: k, docNumber, issuerLine: null };
    return withQualifier(head, withTail(head, withRest(head, joinUp(head, k, title, table), table)));
  }
  return null;
}

/** A 文种 alone on the line below ("…执法" / "的通知": the line above ended in a word like 执法 that
 *  reads as a 文种 too) ends the title there. */
function withTail(head: HeadLine[], hit: TitleHit): TitleHit {
  const below = head[hit.line + 1]?.clean ?? '';
  return isTitleTail(below) ? { ...hit, title: hit.title + below, line: hit.line + 1 } : hit;
}

/** A 公文 title (发文机关 + 关于 + 事由 + 文种) ends with its 文种. A title line with 关于 that ends
 *  with the name of a text (…记录制度) but no 文种 goes on below when the next lines, without a blank
 *  between them, reach a 文种 within two lines ("…记录制度" / "…审核制度的指导意见"). */
const MAX_REST = 2;
function withRest(head: HeadLine[], hit: TitleHit, table: readonly DocPrefixEntry[]): TitleHit {
  if (!hit.title.includes('关于') || NOTICE_END_RE.test(hit.title)) return hit;
  let title = hit.title;
  for (let n = 1; n <= MAX_REST; n++) {
    const below = head[hit.line + n]?.clean ?? '';
    if (below.includes('关于') || !isContinuation(below, table) || (title + below).length > MAX_TITLE) return hit;
    title += below;
    if (NOTICE_END_RE.test(title)) return { ...hit, title, line: hit.line + n };
  }
  return hit;
}

/** A line that can continue a title downwards: a fragment, or a part that ends with a 文种. */
function isContinuation(s: string, table: readonly DocPrefixEntry[]): boolean {
  if (isFragment(s, table)) return true;
  return s.length <= MAX_PART && NOTICE_END_RE.test(s) && !isSentence(s) && orderNumber([s], 0) === null;
}

const QUALIFIER = /^[（(][^（）()\n]{1,20}[）)]$/u;

/** A qualifier printed on the line below the title ("（征求意见稿）", "（2021—2023年）") is part of it. */
function withQualifier(head: HeadLine[], hit: TitleHit): TitleHit {
  const below = head[hit.line + 1]?.clean ?? '';
  if (!QUALIFIER.test(below) || /第\s*\d+\s*号|〔|\d{4}〕/u.test(below)) return hit;
  return { ...hit, title: hit.title + below, line: hit.line + 1 };
}
