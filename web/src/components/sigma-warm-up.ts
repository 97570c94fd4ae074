// The first load of the graph area, spread over tasks. With software WebGL (no GPU: SwiftShader)
// a program's pipelines are built when it first draws, and the frame that shows the drawing waits
// for them; drawing the first scene with every program new made one main-thread task of 200 ms or
// more. So sigma is built once the page has painted, first on a graph of one transparent node (its
// contexts and node programs, drawing and picking), then on two with a transparent arrow between them
// (the arrow programs, compiled on first use), each stage in a task and a frame of its own while the
// page still waits for its data; the scene graph replaces them before it is drawn.
import Graph from 'graphology';

const CLEAR = 'rgba(0,0,0,0)';

/** The warm-up graph of a stage: 'nodes' holds one node, 'edges' two nodes and an arrow. */
export function warmUpGraph(stage: 'nodes' | 'edges'): Graph {
  const warm = new Graph();
  warm.addNode('a', { x: 0, y: 0, size: 1, color: CLEAR });
  if (stage === 'edges') {
    warm.addNode('b', { x: 1, y: 1, size: 1, color: CLEAR });
    warm.addEdge('a', 'b', { size: 1, color: CLEAR });
  }
  return warm;
}

/** Runs each step in a task of its own after the next frame has been drawn (a frame request, then
 *  a timeout: the frame's own work is not lengthened). Returns a function that cancels the rest. */
export function eachAfterPaint(steps: readonly (() => void)[]): () => void {
  let frame = 0;
  let timer = 0;
  let next = 0;
  const schedule = () => {
    frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        steps[next]?.();
        next += 1;
        if (next < steps.length) schedule();
      }, 0);
    });
  };
  if (steps.length > 0) schedule();
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
