// Layout for exported pictures: a graphology graph of the subgraph, seeded deterministic start
// positions (the same export gives the same picture), ForceAtlas2, then noverlap so that nodes and
// their labels do not sit on each other. Sizes follow degree like the explorer's default.
import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ApiGraph } from '../../core/api-types.ts';

export interface Placed {
  x: number;
  y: number;
  size: number;
}
export type Layout = Map<string, Placed>;

export function layoutGraph(api: ApiGraph): Layout {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (const n of api.nodes) graph.mergeNode(n.id);
  for (const r of api.relationships) {
    if (graph.hasNode(r.start) && graph.hasNode(r.end)) graph.addDirectedEdgeWithKey(r.id, r.start, r.end);
  }
  const sizes = new Map<string, number>();
  graph.forEachNode((id) => sizes.set(id, Math.min(22, 4 + 2.2 * Math.sqrt(graph.degree(id)))));
  if (graph.order <= 2) {
    circular.assign(graph, { scale: 100 });
  } else {
    random.assign(graph, { scale: 1000, rng: seeded(graph.order * 7919 + graph.size) });
    graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', sizes.get(id)));
    const iterations = graph.order > 2000 ? 60 : graph.order > 500 ? 150 : 300;
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 300 },
    });
    noverlap.assign(graph, { maxIterations: 200, settings: { margin: 4, ratio: 1.2 } });
  }
  const layout: Layout = new Map();
  graph.forEachNode((id, attrs) => {
    layout.set(id, { x: Number(attrs['x'] ?? 0), y: Number(attrs['y'] ?? 0), size: sizes.get(id) ?? 4 });
  });
  return layout;
}

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
