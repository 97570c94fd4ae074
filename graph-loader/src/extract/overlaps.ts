// The spans of a sorted list that overlap a range, without scanning the whole list for every range
// (a plan with thousands of clauses asks for each of its measures).

export type Range = [number, number];

export interface SortedRanges {
  ranges: readonly Range[];
  /** reach[i]: the largest end among ranges[0..i] */
  reach: number[];
}

/** Ranges sorted by start (as they are given), ready for overlapping(). */
export function sortedRanges(ranges: readonly Range[]): SortedRanges {
  const reach: number[] = [];
  for (const [i, [, e]] of ranges.entries()) reach.push(Math.max(e, i > 0 ? (reach[i - 1] as number) : e));
  return { ranges, reach };
}

/** The number of ranges whose start is below at. */
function startsBelow(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ranges[mid] as Range)[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** ranges.filter(([s, e]) => e > from && s < to), in the same order. */
export function overlapping({ ranges, reach }: SortedRanges, from: number, to: number): Range[] {
  const below = startsBelow(ranges, to);
  const first = startsBelow(ranges, Math.min(from, to));
  const before: Range[] = [];
  for (let i = first - 1; i >= 0 && (reach[i] as number) > from; i--) {
    const r = ranges[i] as Range;
    if (r[1] > from) before.push(r);
  }
  const after = ranges.slice(first, below).filter(([, e]) => e > from);
  return [...before.reverse(), ...after];
}
