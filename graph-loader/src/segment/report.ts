// The structure half of a document's understanding report: numbered units per level, measures by
// kind, how many carry a responsible agency and a deadline, and why no structure was found. Pure.

import type { Segment } from '../extract/types.ts';

/** Segment styles that are not numbered units (labels, 一是 items, projects, tables, # headings). */
const NOT_UNITS = /^(label|enum|project|table|md-\d)$/;

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
