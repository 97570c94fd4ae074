// Renderless: runs ForceAtlas2 in a web worker (graphology's supervisor) for a while whenever nodes
// or relationships are added, so the main thread stays free. Pinned nodes carry `fixed` and stay.
// Small graphs are laid out in place (the analyst sees it settle); big ones on a bare copy built in
// slices, with the positions copied to the drawn graph once at the end: one redraw of a big graph
// costs far more than an iteration, so the page never redraws it while the worker is busy.
// `onSettled` is called each time a run stops (the camera refits what it was showing). A graph the
// server laid out (every node `preset`, the overview) is not run at all: it is drawn as it came.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef } from 'react';
import type { SceneGraph } from '../graph/sync-graph.ts';

export const BIG_GRAPH = 2000;
/** User Timing marks around each layout run (read by bench/explorer.ts). */
export const LAYOUT_START_MARK = 'ftz:layout-start';
export const LAYOUT_STOP_MARK = 'ftz:layout-stop';
const SLICE = 4000;

/** How long the layout runs: longer for bigger graphs, within bounds. */
export function layoutDuration(order: number): number {
  return Math.min(8000, 1200 + order * 3);
}

const pause = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/** A graph with only what ForceAtlas2 reads, built a slice at a time so no task runs long. */
async function bareCopy(graph: SceneGraph, alive: () => boolean): Promise<Graph | null> {
  const copy = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  let n = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    copy.addNode(node, { x: attributes.x, y: attributes.y, fixed: attributes.fixed });
    if ((n += 1) % SLICE === 0) await pause();
    if (!alive()) return null;
  }
  for (const { edge, source, target } of graph.edgeEntries()) {
    copy.addDirectedEdgeWithKey(edge, source, target);
    if ((n += 1) % SLICE === 0) await pause();
    if (!alive()) return null;
  }
  return copy;
}

function copyPositions(from: Graph, to: SceneGraph): void {
  to.updateEachNodeAttributes(
    (node, attrs) =>
      from.hasNode(node)
        ? { ...attrs, x: from.getNodeAttribute(node, 'x'), y: from.getNodeAttribute(node, 'y') }
        : attrs,
    {
      attributes: ['x', 'y'],
    },
  );
}

export function LayoutController({ graph, onSettled }: { graph: SceneGraph; onSettled?: () => void }) {
  const settledRef = useRef(onSettled);
  useEffect(() => {
    settledRef.current = onSettled;
  });
  useEffect(() => {
    let layout: FA2Layout | null = null;
    let timers: number[] = [];
    let generation = 0;
    const clear = () => {
      timers.forEach((t) => window.clearTimeout(t));
      timers = [];
      layout?.kill();
      layout = null;
    };
    const run = async () => {
      const mine = (generation += 1);
      clear();
      if (graph.order === 0) return;
      if (graph.everyNode((_, a) => a.preset === true)) {
        // the server laid it out (the overview): nothing to run, the camera fits it now
        performance.mark(LAYOUT_START_MARK);
        performance.mark(LAYOUT_STOP_MARK);
        window.requestAnimationFrame(() => settledRef.current?.());
        return;
      }
      const big = graph.order > BIG_GRAPH;
      const target = big ? await bareCopy(graph, () => mine === generation) : graph;
      if (!target || mine !== generation) return;
      const settings = {
        ...forceAtlas2.inferSettings(target),
        barnesHutOptimize: target.order > 400,
        gravity: 1,
        slowDown: big ? 5 : 2,
      };
      const fa2 = new FA2Layout(target, { settings });
      layout = fa2;
      performance.mark(LAYOUT_START_MARK);
      fa2.start();
      timers.push(
        window.setTimeout(() => {
          fa2.stop();
          performance.mark(LAYOUT_STOP_MARK);
          if (target !== graph) copyPositions(target, graph);
          // a frame later, so sigma has drawn the final positions
          window.requestAnimationFrame(() => settledRef.current?.());
        }, layoutDuration(graph.order)),
      );
    };
    // a run starts 30 ms after the last node or relationship added; one timer for a whole batch of
    // additions (re-arming a timer per addition costs more than the additions themselves)
    let startTimer = 0;
    let lastAdded = 0;
    const wake = () => {
      const wait = lastAdded + 30 - performance.now();
      startTimer = wait > 0 ? window.setTimeout(wake, wait) : 0;
      if (wait <= 0) void run();
    };
    const schedule = () => {
      lastAdded = performance.now();
      if (startTimer === 0) startTimer = window.setTimeout(wake, 30);
    };
    graph.on('nodeAdded', schedule);
    graph.on('edgeAdded', schedule);
    schedule();
    return () => {
      generation += 1;
      window.clearTimeout(startTimer);
      graph.off('nodeAdded', schedule);
      graph.off('edgeAdded', schedule);
      clear();
    };
  }, [graph]);
  return null;
}
