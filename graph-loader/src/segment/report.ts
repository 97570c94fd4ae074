// The structure half of a document's understanding report: numbered units per level, measures by
// kind, how many carry a responsible agency and a deadline, and why no structure was found. Pure.

import { FIELD_LABEL_ALT } from '../grammar/vocabulary.ts';
import type { UnreadSpan } from '../../../core/model.ts';
import type { Segment } from '../types.ts';
import { notStructure } from './front.ts';
import { classifyLine, splitLines } from './lines.ts';

/** Segment styles that are not numbered units (labels, 一是 items, projects, tables, # headings). */
const NOT_UNITS = /^(label|enum|project|table|group|md-\d)$/;

/** A numbered unit: a heading with a numbering marker or a table row. */
export function isUnit(seg: Segment): boolean {
  return seg.style === undefined ? seg.number !== '' : !NOT_UNITS.test(seg.style);
}

/** levels[i]: numbered units at nesting level i+1 (counting numbered ancestors only). */
export function unitLevels(segments: Segment[]): number[] {
  const level = new Map<string, number>();
  const levels: number[] = [];
  for (const seg of segments) {
    const parent = seg.parentId ? (level.get(seg.parentId) ?? 0) : 0;
    const here = isUnit(seg) ? parent + 1 : parent;
    level.set(seg.id, here);
    if (here > parent) levels[here - 1] = (levels[here - 1] ?? 0) + 1;
  }
  return Array.from(levels, (n) => n ?? 0);
}

/** Deeper numbering is read, but an analyst is told: official documents rarely go past five levels. */
export const DEEPEST_LEVEL = 6;

/** A span not understood (the shape lives in the model: the report is stored and served). */
export type Unread = UnreadSpan;

export interface StructureReport {
  levels: number[]; // numbered units per level
  byKind: Record<string, number>; // measures by kind (background counted apart)
  byLevelKind: Record<string, number>[]; // per unit level: kind → count
  withAgency: number; // measures (not background) with a responsible agency
  withDeadline: number;
  notUnderstood: Unread[];
  warning: string | null; // why no structure was found, or that it goes deeper than DEEPEST_LEVEL
}

/** Numbered lines that were read as not structure (a table of contents, a law's 沿革, an attachment list). */
export function skippedNumbering(text: string): Unread[] {
  const lines = splitLines(text);
  const skip = notStructure(lines, lines.map(classifyLine));
  return [...skip]
    .sort((a, b) => a - b)
    .map((i) => ({
      kind: 'skipped' as const,
      text: lines[i].raw.slice(0, 40),
      start: lines[i].start,
      end: lines[i].end,
    }));
}

function warningOf(text: string, segments: Segment[], levels: number[]): string | null {
  if (segments.length === 0) return noStructureReason(text);
  if (levels.length > DEEPEST_LEVEL)
    return `numbering ${levels.length} levels deep (more than ${DEEPEST_LEVEL}): check that the levels below ${DEEPEST_LEVEL} are structure`;
  return null;
}

// bracketed responsibility tags: （X负责） (责任单位：X) （牵头单位：X）, any label of the grammar
const TAG_RE = new RegExp(
  `[（(](?:${FIELD_LABEL_ALT})[：:][^（）()\\n]{1,120}[）)]|[（(][^（）()\\n]{2,120}负责[。，,；;]?[^（）()\\n]{0,40}[）)]`,
  'g',
);
// a numbering marker after a sentence end that did not become structure
const MARKER_RE =
  /(?<=[。；;：:])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]{1,4}条)/g;
const UNREAD_MAX = 200;

/** (start, end) => spans.some((s) => s.start <= start && end <= s.end), by binary search over the
 *  spans sorted by start and the largest end up to each (a long plan has thousands of both). */
function containedIn(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, s] of sorted.entries()) reach.push(Math.max(s.end, i > 0 ? (reach[i - 1] as number) : s.end));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as { start: number }).start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= end;
  };
}

function scan(
  text: string,
  re: RegExp,
  kind: Unread['kind'],
  inside: (start: number, end: number) => boolean,
  out: Unread[],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < UNREAD_MAX; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!inside(start, end)) out.push({ kind, text: m[0], start, end });
  }
}

/** Why a text gave no structure, in words an analyst can act on. */
export function noStructureReason(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '').length;
  MARKER_RE.lastIndex = 0;
  const inline = text.match(MARKER_RE)?.length ?? 0;
  if (inline > 0)
    return `no numbered structure found: ${inline} numbering marker(s) sit inside sentences and do not continue a sequence (一、 then 二、, （一） then （二）)`;
  if (lines <= 3) return `no numbered structure found: the text is ${lines} line(s) with no numbering marker`;
  return 'no numbered structure found: no line starts with a numbering marker (一、 （一） 1. 第一条 1.1 …) and no table header names its columns';
}

export interface ReportInput {
  text: string;
  segments: Segment[];
  agencyMeasures: Set<string>; // ids of measures with a LEADS/SUPPORTS fact
  deadlineMeasures: Set<string>; // ids of measures with a deadline
  attached: { start: number; end: number }[]; // evidence spans of the facts that were attached
  /** agency-like strings the extractor found (resolved or not), with offsets: those outside every
   *  attached span are reported */
  agencyMentions?: { text: string; start: number; end: number }[];
}

/** The structure half of the understanding report. Pure. */
export function structureReport(input: ReportInput): StructureReport {
  const { segments } = input;
  const byKind: Record<string, number> = {};
  const byLevelKind: Record<string, number>[] = [];
  const level = new Map<string, number>();
  for (const seg of segments) {
    byKind[seg.kind] = (byKind[seg.kind] ?? 0) + 1;
    const parent = seg.parentId ? (level.get(seg.parentId) ?? 0) : 0;
    const here = isUnit(seg) ? parent + 1 : parent;
    level.set(seg.id, here);
    if (here === parent) continue;
    const row = (byLevelKind[here - 1] ??= {});
    row[seg.kind] = (row[seg.kind] ?? 0) + 1;
  }
  const measures = segments.filter((s) => s.kind !== 'background');
  // a marker is understood where a segment starts at it
  const known = segments.map((s) => ({ start: s.start, end: s.start + (s.number.length || 1) }));
  const notUnderstood: Unread[] = [];
  const attached = containedIn(input.attached);
  scan(input.text, TAG_RE, 'tag', attached, notUnderstood);
  scan(input.text, MARKER_RE, 'marker', containedIn(known), notUnderstood);
  notUnderstood.push(...skippedNumbering(input.text).slice(0, UNREAD_MAX));
  for (const m of (input.agencyMentions ?? []).slice(0, UNREAD_MAX))
    if (!attached(m.start, m.end)) notUnderstood.push({ kind: 'agency', ...m });
  const levels = unitLevels(segments);
  return {
    levels,
    byKind,
    byLevelKind: Array.from(byLevelKind, (r) => r ?? {}),
    withAgency: measures.filter((s) => input.agencyMeasures.has(s.id)).length,
    withDeadline: measures.filter((s) => input.deadlineMeasures.has(s.id)).length,
    notUnderstood: notUnderstood.sort((a, b) => a.start - b.start),
    warning: warningOf(input.text, segments, levels),
  };
}
