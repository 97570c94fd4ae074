// Text helpers shared by the term extractors (zones, industries, instruments, citations): a 1:1
// folding for matching, sentence evidence, assignment clauses to skip and innermost segments. Pure.

import { EVIDENCE_MAX } from '../../../core/model.ts';
import type { ExtractionMethod, GraphRelationship, RelType } from '../../../core/model.ts';
import { FIELD_LABEL_ALT } from '../grammar/vocabulary.ts';

const FOLD: Record<string, string> = {
  '，': ',',
  '（': '(',
  '）': ')',
  '：': ':',
  '；': ';',
  '【': '[',
  '】': ']',
  '［': '[',
  '］': ']',
  '〔': '[',
  '〕': ']',
  '\u3000': ' ',
  '＋': '+',
  '“': '"',
  '”': '"',
  '「': '"',
  '」': '"',
};

const FOLD_RE = /[，（）：；【】［］〔〕\u3000＋“”「」\uff01-\uff5eA-Z]/g;

function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped) return mapped;
  const code = ch.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  return half >= 'A' && half <= 'Z' ? half.toLowerCase() : half;
}

const foldCache = new Map<string, string>();

/** One character in, one character out (offsets stay valid): full-width ASCII → half-width,
 *  Chinese punctuation variants → one form, ASCII letters → lower case. Recent results are
 *  remembered: the extractors fold the same document text in turn. */
export function fold(text: string): string {
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  const out = text.replace(FOLD_RE, foldChar);
  if (foldCache.size >= 8) foldCache.delete(foldCache.keys().next().value as string);
  foldCache.set(text, out);
  return out;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', ';', '\n', '!', '?']);

export interface Span {
  start: number;
  end: number;
}

const END_CODES = new Set([...SENTENCE_END].map((c) => c.charCodeAt(0)));
const boundaryCache = new Map<string, number[]>();

/** Offsets of every sentence-ending character of a text (computed once per text). */
function boundaries(text: string): number[] {
  let b = boundaryCache.get(text);
  if (!b) {
    b = [];
    for (let i = 0; i < text.length; i++) if (END_CODES.has(text.charCodeAt(i))) b.push(i);
    if (boundaryCache.size >= 4) boundaryCache.delete(boundaryCache.keys().next().value as string);
    boundaryCache.set(text, b);
  }
  return b;
}

/** Index of the first boundary >= pos. */
function firstAtOrAfter(b: readonly number[], pos: number): number {
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((b[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around [start, end): bounded by 。！？； or a line break, trimmed, and cut to
 *  EVIDENCE_MAX characters around the span when longer. */
export function sentenceAround(text: string, start: number, end: number): Span {
  const b = boundaries(text);
  const before = firstAtOrAfter(b, start) - 1;
  let s = before >= 0 ? (b[before] as number) + 1 : 0;
  const after = firstAtOrAfter(b, Math.max(end, start));
  let e = after < b.length ? (b[after] as number) : text.length;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e - s > EVIDENCE_MAX) {
    const room = Math.max(0, EVIDENCE_MAX - (end - start));
    s = Math.max(s, start - Math.floor(room / 2));
    e = Math.min(e, s + EVIDENCE_MAX);
  }
  return { start: s, end: e };
}

/** A relationship with its evidence: the sentence around [start, end) unless a span is given. */
export function relationship(args: {
  type: RelType;
  from: string;
  to: string;
  text: string;
  docId: string;
  at: Span;
  method: ExtractionMethod;
  evidenceSpan?: Span;
}): GraphRelationship {
  const span = args.evidenceSpan ?? sentenceAround(args.text, args.at.start, args.at.end);
  const end = Math.min(span.end, span.start + EVIDENCE_MAX);
  return {
    type: args.type,
    start: args.from,
    end: args.to,
    properties: {
      evidence: args.text.slice(span.start, end),
      docId: args.docId,
      start: span.start,
      end,
      method: args.method,
    },
  };
}

const ASSIGNMENT_RE = new RegExp(
  `[(（【]\\s*(?:${FIELD_LABEL_ALT})[^)）\\n]*[)）]?|(?:^|\\n)\\s*(?:主办|督办|抄送|印发)[:：][^\\n]*`,
  'gu',
);

/** Spans of assignment clauses and footers (agency lists), where sector or place words name
 *  bodies rather than subjects: 市文化旅游广电局, 城陵矶综保区 as a responsible unit. */
export function assignmentSpans(text: string): Span[] {
  let spans = spanCache.get(text);
  if (!spans) {
    spans = [];
    for (const m of text.matchAll(ASSIGNMENT_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
    if (spanCache.size >= 2) spanCache.delete(spanCache.keys().next().value as string);
    spanCache.set(text, spans);
  }
  return spans;
}
/** the spans of the last texts (three extractors ask for the same text's; they only read them) */
const spanCache = new Map<string, Span[]>();

/** Spans of 《…》 titles (outermost, nesting allowed, never across a line break). */
export function titleSpans(text: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start: open, end: i + 1 });
    } else if (c === '\n') depth = 0;
  }
  return spans;
}

/** Is [start, end) inside one of the spans? Spans must be sorted by start and not overlap (as
 *  assignmentSpans and titleSpans give them): a binary search, not a scan. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s !== undefined && s.start <= start && end <= s.end;
}

/** Index of the first item whose start is >= pos, in an array sorted by start. */
export function firstFrom<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export { innermostActing, innermostMeasure, innermostSegment, isMeasure, segmentChain } from './term-segments.ts';
