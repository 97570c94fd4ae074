// The overview's layout, computed on the server once per graph version (the answer is cached with
// it), so the browser draws the first screen in place instead of running ForceAtlas2. Deterministic
// and cheap (no force simulation): the FTZs on a ring in the order of their provinces, their areas
// around them, industries inside the ring and agencies at the zones they lead in; then a pass that
// moves overlapping nodes apart.
import Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';

export interface LayoutNode {
  id: string;
  kind: string; // main label: Zone, Industry, Agency
  province?: string;
}
export interface LayoutEdge {
  type: string;
  start: string;
  end: string;
  weight: number;
}

const ITERATIONS = 150;

/** A stable number in [0, 1) from a string (FNV-1a). */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** The root of each zone: the top of its PART_OF chain (an FTZ), or itself. */
function zoneRoots(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, string> {
  const parent = new Map(edges.filter((e) => e.type === 'PART_OF').map((e) => [e.start, e.end]));
  const roots = new Map<string, string>();
  for (const n of nodes) {
    if (n.kind !== 'Zone') continue;
    let at = n.id;
    for (let hops = 0; parent.has(at) && hops < 8; hops += 1) at = parent.get(at)!;
    roots.set(n.id, at);
  }
  return roots;
}

type Point = [number, number];
const RING = 100; // the radius the FTZs sit on

/** Zones: the FTZs (roots) on a ring in the order of their provinces, each one's own zones on a
 *  small circle around it. */
function placeZones(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const roots = zoneRoots(nodes, edges);
  const province = new Map(nodes.map((n) => [n.id, n.province ?? '']));
  const hubs = [...new Set(roots.values())].sort(
    (a, b) => (province.get(a) ?? '').localeCompare(province.get(b) ?? '') || a.localeCompare(b),
  );
  const at = new Map<string, Point>();
  hubs.forEach((hub, i) => {
    const angle = (i / Math.max(1, hubs.length)) * 2 * Math.PI;
    at.set(hub, [RING * Math.cos(angle), RING * Math.sin(angle)]);
  });
  const members = new Map<string, string[]>();
  for (const [zone, root] of [...roots].sort((a, b) => a[0].localeCompare(b[0])))
    if (zone !== root) members.set(root, [...(members.get(root) ?? []), zone]);
  for (const [hub, zones] of members) {
    const [x, y] = at.get(hub)!;
    const r = 5 + 2.5 * Math.sqrt(zones.length);
    const turn = Math.atan2(y, x); // the first member faces outwards
    zones.forEach((zone, i) => {
      const angle = turn + (i / zones.length) * 2 * Math.PI;
      at.set(zone, [x + r * Math.cos(angle), y + r * Math.sin(angle)]);
    });
  }
  return at;
}

/** Industries and agencies by the weighted centre of the zones they are linked to: an agency of one
 *  FTZ beyond that FTZ on the ring; industries and agencies of many FTZs on two circles inside the
 *  ring, in the order of the angles of their centres (so their edges stay short and labels apart). */
function placeOthers(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], at: Map<string, Point>): void {
  const linked = new Map<string, { zone: string; weight: number }[]>();
  for (const e of edges) {
    if (e.type === 'PART_OF') continue;
    const [other, zone] = at.has(e.start) ? [e.end, e.start] : [e.start, e.end];
    linked.set(other, [...(linked.get(other) ?? []), { zone, weight: Math.log2(1 + e.weight) }]);
  }
  const inner: { id: string; angle: number }[] = [];
  for (const n of nodes) {
    if (at.has(n.id)) continue;
    const links = (linked.get(n.id) ?? []).filter((l) => at.has(l.zone));
    const total = links.reduce((s, l) => s + l.weight, 0) || 1;
    const cx = links.reduce((s, l) => s + at.get(l.zone)![0] * l.weight, 0) / total;
    const cy = links.reduce((s, l) => s + at.get(l.zone)![1] * l.weight, 0) / total;
    const angle = Math.atan2(cy, cx);
    if (n.kind === 'Industry' || Math.hypot(cx, cy) < 0.8 * RING) {
      inner.push({ id: n.id, angle });
      continue;
    }
    const turn = angle + (unit(n.id) - 0.5) * 0.12; // beside its FTZ, outside the ring
    const r = RING * (1.22 + 0.1 * unit(`${n.id}#r`));
    at.set(n.id, [r * Math.cos(turn), r * Math.sin(turn)]);
  }
  inner.sort((a, b) => a.angle - b.angle || a.id.localeCompare(b.id));
  const first = inner[0]?.angle ?? 0;
  inner.forEach(({ id }, i) => {
    const angle = first + (i / inner.length) * 2 * Math.PI;
    const r = RING * (i % 2 === 0 ? 0.55 : 0.38);
    at.set(id, [r * Math.cos(angle), r * Math.sin(angle)]);
  });
}

/** x, y for every node, rounded to one decimal (the answer stays small). */
export function overviewLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  sizes: ReadonlyMap<string, number>,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'directed', multi: true });
  const start = placeZones(nodes, edges);
  placeOthers(nodes, edges, start);
  for (const n of nodes) {
    const [x, y] = start.get(n.id) ?? [0, 0];
    graph.addNode(n.id, { x, y, size: sizes.get(n.id) ?? 4 });
  }
  // nodes apart by their drawn size (in ring units: the ring is drawn about 800 px across)
  if (graph.order > 1) noverlap.assign(graph, { maxIterations: ITERATIONS, settings: { margin: 1.5, ratio: 0.25 } });
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    out.set(id, { x: Math.round((a.x as number) * 10) / 10, y: Math.round((a.y as number) * 10) / 10 });
  });
  return out;
}
