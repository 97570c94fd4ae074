// Finding citations in a text: 《…》 titles (nesting allowed), the document number in the brackets
// that follow a title, "以下简称…" short names, and bare document numbers. Pure.

import { DOC_NUMBER_SOURCE } from './citation-key.ts';
import { titleSpans } from './term-text.ts';

export interface RawCitation {
  title: string | null; // inside 《》, as written
  number: string | null; // as written: 湘政发〔2020〕 号
  start: number; // of the whole citation (title and number)
  end: number;
  titleStart: number; // of 《, or of the number when there is no title
  shortName: string | null; // （以下简称…）
}

const NUMBER_AFTER_RE = new RegExp(`^\\s*[（(【\\[]\\s*(${DOC_NUMBER_SOURCE})\\s*[）)】\\]]`, 'u');
const SHORT_AFTER_RE = /^\s*[（(]\s*(?:以下)?简称(?:为)?\s*[“"《「]?([^”"》」)）]{1,24}?)[”"》」]?\s*[)）]/u;
/** The year-and-serial part of a number; the CJK prefix before it is read backwards. */
const NUMBER_TAIL_RE = /[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{0,5}\s*号/gu;
const CJK = /[\u4e00-\u9fff]/;

function withTail(text: string, span: { start: number; end: number }): RawCitation {
  let end = span.end;
  const numberMatch = NUMBER_AFTER_RE.exec(text.slice(end, end + 40));
  const number = numberMatch ? (numberMatch[1] as string).trim() : null;
  if (numberMatch) end += numberMatch[0].length;
  const shortMatch = SHORT_AFTER_RE.exec(text.slice(end, end + 40));
  const shortName = shortMatch ? (shortMatch[1] as string) : null;
  if (shortMatch) end += shortMatch[0].length;
  return {
    title: text.slice(span.start + 1, span.end - 1),
    number,
    start: span.start,
    end,
    titleStart: span.start,
    shortName,
  };
}

/** A number on a line of its own is the document's own number (the header), not a citation. */
function isHeaderLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return line.trim().length <= end - start + 4;
}

/** A bare number's prefix is greedy over running text ("按照国发"): keep the longest known prefix
 *  it ends with, else its last four characters. */
function trimPrefix(prefix: string, known: readonly string[]): string {
  let best = '';
  for (const k of known) if (prefix.endsWith(k) && k.length > best.length) best = k;
  return best || prefix.slice(-4);
}

export function scanCitations(text: string, knownPrefixes: readonly string[] = []): RawCitation[] {
  const found = titleSpans(text).map((s) => withTail(text, s));
  const covered = (i: number) => found.some((c) => c.start <= i && i < c.end);
  for (const m of text.matchAll(NUMBER_TAIL_RE)) {
    let p = m.index;
    while (p > 0 && m.index - p < 12 && CJK.test(text[p - 1] as string)) p--;
    const prefix = text.slice(p, m.index);
    if (!prefix) continue;
    const start = m.index - trimPrefix(prefix, knownPrefixes).length;
    const end = m.index + m[0].length;
    if (covered(start) || isHeaderLine(text, start, end)) continue;
    found.push({ title: null, number: text.slice(start, end).trim(), start, end, titleStart: start, shortName: null });
  }
  return found.sort((a, b) => a.start - b.start);
}
