// The measure hierarchy as an index: the text partitioned by innermost segment (binary search),
// then up the parent chain. Built once per segment list, so a lookup costs log n, not n. Pure.

import type { Segment } from '../types.ts';

interface Piece {
  start: number;
  end: number;
  seg: Segment;
}

interface SegmentIndex {
  pieces: Piece[]; // sorted, non-overlapping
  byId: Map<string, Segment>;
}

const cache = new WeakMap<readonly Segment[], SegmentIndex>();

/** Segments nest, so one sweep with a stack partitions the text by innermost segment. */
function build(segments: readonly Segment[]): SegmentIndex {
  const sorted = [...segments].sort((a, b) => a.start - b.start || a.depth - b.depth || b.end - a.end);
  const pieces: Piece[] = [];
  const stack: Segment[] = [];
  let cursor = 0;
  const closeUntil = (pos: number) => {
    while (stack.length > 0 && (stack[stack.length - 1] as Segment).end <= pos) {
      const top = stack.pop() as Segment;
      if (cursor < top.end) pieces.push({ start: cursor, end: top.end, seg: top });
      cursor = Math.max(cursor, top.end);
    }
  };
  for (const s of sorted) {
    closeUntil(s.start);
    const top = stack[stack.length - 1];
    if (top && cursor < s.start) pieces.push({ start: cursor, end: s.start, seg: top });
    cursor = Math.max(cursor, s.start);
    stack.push(s);
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return { pieces, byId: new Map(segments.map((s) => [s.id, s])) };
}

function indexOf(segments: readonly Segment[]): SegmentIndex {
  let idx = cache.get(segments);
  if (!idx) {
    idx = build(segments);
    cache.set(segments, idx);
  }
  return idx;
}

function deepestAt(idx: SegmentIndex, pos: number): Segment | null {
  let lo = 0;
  let hi = idx.pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((idx.pieces[mid] as Piece).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const p = idx.pieces[lo - 1];
  return p && pos < p.end ? p.seg : null;
}

/** A segment and its ancestors, innermost first. */
export function segmentChain(segments: readonly Segment[], seg: Segment | null): Segment[] {
  const idx = indexOf(segments);
  const chain: Segment[] = [];
  for (let s = seg; s && chain.length < 20; s = s.parentId ? (idx.byId.get(s.parentId) ?? null) : null) chain.push(s);
  return chain;
}

/** Segments that are measures (background sections are structure, not measures). */
export function isMeasure(s: Segment): boolean {
  return s.kind !== 'background';
}

/** The innermost segment containing [start, end) that passes `keep`. */
export function innermostSegment(
  segments: readonly Segment[],
  start: number,
  end: number,
  keep: (s: Segment) => boolean = () => true,
): Segment | null {
  const idx = indexOf(segments);
  for (const s of segmentChain(segments, deepestAt(idx, start))) {
    if (s.start <= start && end <= s.end && keep(s)) return s;
  }
  return null;
}

/** The innermost segment that acts for a span: a measure, or background text nested in a measure
 *  (a task's "核心发展思路"); null for top-level background (现状, 形势, 指导思想) and sections. */
export function innermostActing(segments: readonly Segment[], start: number, end: number): Segment | null {
  const inner = innermostSegment(segments, start, end);
  if (!inner || inner.kind === 'section') return null;
  if (isMeasure(inner)) return inner;
  return segmentChain(segments, inner).slice(1).some(isMeasure) ? inner : null;
}

/** The innermost measure containing the span, or null when the span lies in background text. */
export function innermostMeasure(segments: readonly Segment[], start: number, end: number): Segment | null {
  const inner = innermostSegment(segments, start, end);
  return inner && isMeasure(inner) ? inner : null;
}
