// Benchmark page (bench/explorer.ts builds it separately; not part of the app): a synthetic graph of
// N nodes and M relationships drawn by the explorer's own canvas and laid out by its ForceAtlas2
// worker controller, so the bench can watch the main thread while it runs.
import { createRoot } from 'react-dom/client';
import { GraphCanvas } from '../components/GraphCanvas.tsx';
import { LayoutController } from '../components/LayoutController.tsx';
import { LABEL_ORDER, labelColor } from '../../../core/display.ts';
import { createSceneGraph, hashUnit } from '../graph/sync-graph.ts';
import type { SceneGraph } from '../graph/sync-graph.ts';

export function syntheticGraph(nodes: number, edges: number): SceneGraph {
  const graph = createSceneGraph();
  for (let i = 0; i < nodes; i += 1) {
    const kind = LABEL_ORDER[i % LABEL_ORDER.length];
    const angle = hashUnit(`a${i}`) * 2 * Math.PI;
    const radius = Math.sqrt(hashUnit(`r${i}`)) * 1000;
    graph.addNode(`n${i}`, {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
      size: 3,
      color: labelColor(kind),
      label: `节点${i}`,
      kind,
      fixed: false,
    });
  }
  for (let j = 0; j < edges; j += 1) {
    const source = Math.floor(hashUnit(`s${j}`) * nodes);
    // mostly local links (a community structure), some long ones
    const near = hashUnit(`l${j}`) < 0.8;
    const target = near
      ? (source + 1 + Math.floor(hashUnit(`t${j}`) * 50)) % nodes
      : Math.floor(hashUnit(`t${j}`) * nodes);
    graph.addDirectedEdgeWithKey(`e${j}`, `n${source}`, `n${target}`, {
      relType: 'SUPPORTS',
      color: '#cbd5e1',
      size: 1,
      type: 'arrow',
      curvature: 0,
    });
  }
  return graph;
}

const params = new URLSearchParams(window.location.search);
const root = document.getElementById('root');
if (root) {
  const graph = syntheticGraph(Number(params.get('nodes') ?? 20000), Number(params.get('edges') ?? 60000));
  performance.mark('synthetic:built');
  createRoot(root).render(
    <GraphCanvas graph={graph}>{params.get('layout') !== '0' && <LayoutController graph={graph} />}</GraphCanvas>,
  );
}
