// The camera as the analyst left it, and the arithmetic of fitting nodes with their labels into the
// view. Pure: positions come in as viewport pixels at a reference camera (sigma's centre, ratio 1),
// so a camera at (centre Q, ratio r) shows a point P at C + (P − Q) / r, C the viewport's centre.

/** sigma's camera state without the angle (always 0 here): x, y in framed-graph units. */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** A node to fit: its position in reference pixels, its radius and its label's width in screen pixels. */
export interface FitPoint {
  x: number;
  y: number;
  size: number;
  labelWidth: number;
}

export interface FitOptions {
  width: number;
  height: number;
  /** free pixels kept on every side */
  padding: number;
  /** label height in pixels (labels sit right of the node, vertically centred) */
  labelHeight: number;
  /** gap between a node and its label */
  labelGap: number;
  minRatio: number;
  maxRatio: number;
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function sameView(a: CameraView | null, b: CameraView | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.ratio === b.ratio;
}

/** Rounded so the URL stays short and a tiny drift does not rewrite it. */
export function roundView(view: CameraView): CameraView {
  return { x: round(view.x, 4), y: round(view.y, 4), ratio: round(view.ratio, 4) };
}

export function encodeView(view: CameraView): string {
  const v = roundView(view);
  return `${v.x},${v.y},${v.ratio}`;
}

/** "x,y,ratio" → a view; null for anything malformed or out of range. */
export function decodeView(text: string | null): CameraView | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  if (ratio <= 0 || Math.abs(x) > 1e3 || Math.abs(y) > 1e3) return null;
  return { x, y, ratio };
}

/** The ratio and centre (in reference pixels) that show every point with its label inside the
 *  padded viewport; null when there is nothing to fit. */
export function fitPoints(points: readonly FitPoint[], o: FitOptions): { ratio: number; x: number; y: number } | null {
  if (points.length === 0) return null;
  const minX = Math.min(...points.map((p) => p.x));
  const minY = Math.min(...points.map((p) => p.y));
  const maxY = Math.max(...points.map((p) => p.y));
  const maxLeft = Math.max(...points.map((p) => p.size));
  const maxSize = Math.max(...points.map((p) => p.size));
  const floorW = o.width * 0.2; // a label wider than the view still leaves the nodes a fifth of it
  // horizontally each node's label must fit right of it, with the leftmost node's radius on the left
  let ratio = o.minRatio;
  for (const p of points) {
    const room = Math.max(floorW, o.width - 2 * o.padding - maxLeft - p.size - o.labelGap - p.labelWidth);
    ratio = Math.max(ratio, (p.x - minX) / room);
  }
  const roomY = Math.max(o.height * 0.2, o.height - 2 * o.padding - 2 * Math.max(maxSize, o.labelHeight / 2));
  ratio = Math.min(o.maxRatio, Math.max(ratio, (maxY - minY) / roomY));
  // the box of nodes and labels at that ratio, in screen pixels relative to the reference origin
  const left = Math.min(...points.map((p) => p.x / ratio - p.size));
  const right = Math.max(
    ...points.map((p) => p.x / ratio + p.size + (p.labelWidth > 0 ? o.labelGap + p.labelWidth : 0)),
  );
  const top = Math.min(...points.map((p) => p.y / ratio - Math.max(p.size, o.labelHeight / 2)));
  const bottom = Math.max(...points.map((p) => p.y / ratio + Math.max(p.size, o.labelHeight / 2)));
  return { ratio, x: ((left + right) / 2) * ratio, y: ((top + bottom) / 2) * ratio };
}

/** Where a point at reference pixels `p` lands on screen for a camera centred on `q` at `ratio`. */
export function screenPosition(
  p: { x: number; y: number },
  camera: { x: number; y: number; ratio: number },
  viewport: { width: number; height: number },
): { x: number; y: number } {
  return {
    x: viewport.width / 2 + (p.x - camera.x) / camera.ratio,
    y: viewport.height / 2 + (p.y - camera.y) / camera.ratio,
  };
}

/** New nodes of an expand placed on a ring around their parent, evenly spread from a stable angle. */
export function ringAround(
  parent: { x: number; y: number },
  ids: readonly string[],
  radius: number,
  start: number,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const n = ids.length;
  ids.forEach((id, i) => {
    const angle = start + (2 * Math.PI * i) / Math.max(1, n);
    const r = radius * (n > 12 && i % 2 === 1 ? 1.35 : 1); // two staggered rings when many
    out.set(id, { x: parent.x + r * Math.cos(angle), y: parent.y + r * Math.sin(angle) });
  });
  return out;
}
