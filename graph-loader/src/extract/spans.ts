// Offsets helpers shared by the extractors: evidence windows (≤ EVIDENCE_MAX chars, always a slice of
// the text), the innermost segment at an offset, and a segment's own text (without its children).

import { EVIDENCE_MAX } from '../../../core/model.ts';
import type { Segment } from '../types.ts';

export interface Span {
  evidence: string;
  start: number;
  end: number;
}

/** text.slice(start, end) trimmed of blank edges; when longer than EVIDENCE_MAX, the window that
 *  ends at `end` (the clause is at the end, the sentences before it lead up to it). */
export function evidenceSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /\s/.test(text[e - 1])) e -= 1;
  if (e - s > EVIDENCE_MAX) s = e - EVIDENCE_MAX;
  return { evidence: text.slice(s, e), start: s, end: e };
}

/** A window of at most EVIDENCE_MAX chars around [start, end): the sentence holding it. */
export function sentenceAround(text: string, start: number, end: number, bounds: { start: number; end: number }): Span {
  let s = start;
  while (s > bounds.start && !/[。；;！？\n]/.test(text[s - 1])) s -= 1;
  let e = end;
  while (e < bounds.end && !/[。；;！？\n]/.test(text[e])) e += 1;
  if (e < bounds.end && /[。；;！？]/.test(text[e])) e += 1;
  if (e - s > EVIDENCE_MAX) {
    const half = Math.floor((EVIDENCE_MAX - (end - start)) / 2);
    s = Math.max(s, start - Math.max(0, half));
    e = Math.min(e, s + EVIDENCE_MAX);
  }
  return evidenceSpan(text, s, e);
}

/** The deepest segment whose span holds `offset`. */
export function innermostSegment(segments: Segment[], offset: number): Segment | null {
  let best: Segment | null = null;
  for (const s of segments) {
    if (s.start <= offset && offset < s.end && (!best || s.depth > best.depth)) best = s;
  }
  return best;
}

/** The children of each segment, in text order; built once per segment list. */
const childIndex = new WeakMap<Segment[], Map<string, Segment[]>>();
function childrenOf(segments: Segment[]): Map<string, Segment[]> {
  let index = childIndex.get(segments);
  if (!index) {
    index = new Map();
    for (const s of segments) {
      if (s.parentId === null) continue;
      const list = index.get(s.parentId) ?? [];
      list.push(s);
      index.set(s.parentId, list);
    }
    for (const list of index.values()) list.sort((a, b) => a.start - b.start);
    childIndex.set(segments, index);
  }
  return index;
}

/** The parts of a segment's span not covered by its children, as [start, end) ranges. */
export function ownRanges(seg: Segment, segments: Segment[]): [number, number][] {
  const kids = childrenOf(segments).get(seg.id) ?? [];
  const ranges: [number, number][] = [];
  let at = seg.start;
  for (const k of kids) {
    if (k.start > at) ranges.push([at, k.start]);
    at = Math.max(at, k.end);
  }
  if (at < seg.end) ranges.push([at, seg.end]);
  return ranges;
}
