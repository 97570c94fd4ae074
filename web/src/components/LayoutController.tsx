// Renderless: runs ForceAtlas2 in a web worker (graphology's supervisor) for a while whenever nodes
// or relationships are added, so the main thread stays free. Pinned nodes carry `fixed` and stay.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect } from 'react';
import type { SceneGraph } from '../graph/sync-graph.ts';

/** How long the layout runs: longer for bigger graphs, within bounds. */
export function layoutDuration(order: number): number {
  return Math.min(8000, 1200 + order * 3);
}

export function LayoutController({ graph }: { graph: SceneGraph }) {
  useEffect(() => {
    let layout: FA2Layout | null = null;
    let stopTimer = 0;
    let startTimer = 0;
    const run = () => {
      if (graph.order === 0) return;
      layout?.kill();
      const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400, adjustSizes: false, gravity: 1, slowDown: 2 };
      layout = new FA2Layout(graph, { settings });
      layout.start();
      window.clearTimeout(stopTimer);
      stopTimer = window.setTimeout(() => layout?.stop(), layoutDuration(graph.order));
    };
    const schedule = () => {
      window.clearTimeout(startTimer);
      startTimer = window.setTimeout(run, 30);
    };
    graph.on('nodeAdded', schedule);
    graph.on('edgeAdded', schedule);
    schedule();
    return () => {
      window.clearTimeout(startTimer);
      window.clearTimeout(stopTimer);
      graph.off('nodeAdded', schedule);
      graph.off('edgeAdded', schedule);
      layout?.kill();
    };
  }, [graph]);
  return null;
}
