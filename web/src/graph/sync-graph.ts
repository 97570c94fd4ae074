// Scene → graphology graph. The canvas keeps one graph; syncGraph merges the scene into it so that
// nodes already on screen keep their positions and new nodes appear next to their neighbours.
import Graph from 'graphology';
import type { Lang } from '../i18n/i18n.ts';
import { ringAround } from './camera-view.ts';
import { parallelCurvatures } from './parallel-edges.ts';
import { sceneDegrees } from './scene.ts';
import { canvasLabel, labelColor, mainLabel, relColor } from '../../../core/display.ts';
import { nodeSize } from './node-size.ts';
import type { EdgeAttrs, NodeAttrs, Scene, SizeBy } from './types.ts';

export type SceneGraph = Graph<NodeAttrs, EdgeAttrs>;

export function createSceneGraph(): SceneGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed', allowSelfLoops: true });
}

/** A stable pseudo-random number in [0, 1) from a string (FNV-1a), so placement is reproducible. */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

function leadsCount(scene: Scene): Map<string, number> {
  const leads = new Map<string, number>();
  for (const rel of scene.rels.values()) {
    // LEADS_IN is the overview's summary of LEADS per zone: it carries the number of measures
    const n =
      rel.type === 'LEADS'
        ? 1
        : rel.type === 'LEADS_IN' && typeof rel.properties.measures === 'number'
          ? rel.properties.measures
          : 0;
    if (n > 0) leads.set(rel.start, (leads.get(rel.start) ?? 0) + n);
  }
  return leads;
}

/** Where a new node goes: near the centre of its placed neighbours, else on a wide circle. */
function placeNode(graph: SceneGraph, scene: Scene, id: string): { x: number; y: number } {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const rel of scene.rels.values()) {
    const other = rel.start === id ? rel.end : rel.end === id ? rel.start : null;
    if (other === null || !graph.hasNode(other)) continue;
    sx += graph.getNodeAttribute(other, 'x');
    sy += graph.getNodeAttribute(other, 'y');
    n += 1;
  }
  const angle = hashUnit(id) * 2 * Math.PI;
  if (n > 0) {
    const r = 8 + 12 * hashUnit(`${id}#r`);
    return { x: sx / n + r * Math.cos(angle), y: sy / n + r * Math.sin(angle) };
  }
  const radius = 40 + 60 * Math.sqrt(hashUnit(`${id}#c`)) * Math.sqrt(scene.nodes.size);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export interface SyncOptions {
  sizeBy: SizeBy;
  lang: Lang;
  /** the last expand: its new nodes go on a ring beside the parent instead of near all neighbours */
  anchor?: { parent: string; ids: readonly string[] } | null;
}

/** How far from its parent an expand's new nodes go: the median distance to the neighbours already
 *  placed, else a tenth of the graph's extent (at least 10 units). */
function ringRadius(graph: SceneGraph, scene: Scene, parent: string): number {
  const p = graph.getNodeAttributes(parent);
  const distances: number[] = [];
  for (const rel of scene.rels.values()) {
    const other = rel.start === parent ? rel.end : rel.end === parent ? rel.start : null;
    if (other === null || other === parent || !graph.hasNode(other)) continue;
    const o = graph.getNodeAttributes(other);
    distances.push(Math.hypot(o.x - p.x, o.y - p.y));
  }
  if (distances.length > 0) return Math.max(10, distances.sort((a, b) => a - b)[Math.floor(distances.length / 2)]!);
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  });
  return Math.max(10, (maxX - minX) / 10);
}

/** Ring positions beside the anchor's parent for its new nodes (those not drawn yet). */
function anchorPlaces(graph: SceneGraph, scene: Scene, options: SyncOptions): Map<string, { x: number; y: number }> {
  const anchor = options.anchor;
  if (!anchor || !graph.hasNode(anchor.parent)) return new Map();
  const fresh = anchor.ids.filter((id) => scene.nodes.has(id) && !graph.hasNode(id));
  if (fresh.length === 0) return new Map();
  const parent = graph.getNodeAttributes(anchor.parent);
  return ringAround(parent, fresh, ringRadius(graph, scene, anchor.parent), hashUnit(anchor.parent) * 2 * Math.PI);
}

/** Make `graph` show `scene`: drop what left, add what came (placed near neighbours), restyle all.
 *  Returns whether the structure changed (so the caller knows to run the layout). */
export function syncGraph(graph: SceneGraph, scene: Scene, options: SyncOptions): boolean {
  let changed = false;
  graph.forEachEdge((key) => {
    if (!scene.rels.has(key)) {
      graph.dropEdge(key);
      changed = true;
    }
  });
  graph.forEachNode((id) => {
    if (!scene.nodes.has(id)) {
      graph.dropNode(id);
      changed = true;
    }
  });
  const degree = sceneDegrees(scene);
  const leads = leadsCount(scene);
  const beside = anchorPlaces(graph, scene, options);
  for (const [id, node] of scene.nodes) {
    const kind = mainLabel(node);
    // placed by the server (the overview's layout): the layout does not run on a graph of those alone
    const preset = graph.hasNode(id) ? graph.getNodeAttribute(id, 'preset') === true : node.position !== undefined;
    const style = {
      size: nodeSize(options.sizeBy, degree.get(id) ?? 0, leads.get(id) ?? 0),
      color: labelColor(kind),
      label: canvasLabel(node, options.lang),
      kind,
      fixed: scene.pinned.has(id),
    };
    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, style);
    else {
      const at = node.position ?? beside.get(id) ?? placeNode(graph, scene, id);
      graph.addNode(id, { x: at.x, y: at.y, ...style, preset });
      changed = true;
    }
  }
  const curvature = parallelCurvatures(
    [...scene.rels.values()].map((r) => ({ key: r.id, source: r.start, target: r.end })),
  );
  for (const [key, rel] of scene.rels) {
    const c = curvature.get(key) ?? 0;
    const attrs: EdgeAttrs = {
      relType: rel.type,
      color: relColor(rel.type),
      size: rel.type === 'LEADS' || rel.type === 'LEADS_IN' ? 2 : 1,
      type: c === 0 ? 'arrow' : 'curvedArrow',
      curvature: c,
    };
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, attrs);
    else {
      graph.addDirectedEdgeWithKey(key, rel.start, rel.end, attrs);
      changed = true;
    }
  }
  return changed;
}

/** Counts for the legend: nodes per main label and relationships per type. */
export function sceneCounts(scene: Scene): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const node of scene.nodes.values()) {
    const label = mainLabel(node);
    labels[label] = (labels[label] ?? 0) + 1;
  }
  for (const rel of scene.rels.values()) types[rel.type] = (types[rel.type] ?? 0) + 1;
  return { labels, types };
}
