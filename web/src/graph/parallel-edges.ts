// Parallel relationships between the same two nodes (in either direction) are drawn apart as curves
// with spread-out curvatures; a single relationship stays straight.

export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
}

export const BASE_CURVATURE = 0.35;

/** Curvature per edge key: 0 for a lone edge, symmetric values around 0 for a bundle. */
export function parallelCurvatures(edges: readonly EdgeEnds[], base = BASE_CURVATURE): Map<string, number> {
  const bundles = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const pair =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    const list = bundles.get(pair) ?? [];
    list.push(edge);
    bundles.set(pair, list);
  }
  const result = new Map<string, number>();
  for (const list of bundles.values()) {
    const n = list.length;
    list.forEach((edge, i) => {
      if (n === 1) return result.set(edge.key, 0);
      // offsets around the middle: an odd bundle keeps one straight edge, an even one has none
      const offset = i - (n - 1) / 2;
      const sign = edge.source < edge.target ? 1 : -1; // curves are drawn relative to source→target
      const value = (base * offset * 2) / Math.max(1, n - 1);
      return result.set(edge.key, value === 0 ? 0 : sign * value);
    });
  }
  return result;
}
