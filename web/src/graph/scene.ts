// The scene store: pure operations on what is on screen. Every operation returns a new Scene (or the
// same one when nothing changed), so undo/redo is a history of values.
import type { ApiGraph, ApiNode, ApiRelationship } from '../../../core/api-types.ts';
import type { Scene, SceneOrigin } from './types.ts';

export function emptyScene(): Scene {
  return {
    nodes: new Map(),
    rels: new Map(),
    pinned: new Set(),
    origin: { kind: 'none' },
    originIds: [],
    revealed: false,
  };
}

/** A fresh scene from a graph (the overview, a saved query's result, a restored URL). */
export function sceneFromGraph(graph: ApiGraph, origin: SceneOrigin): Scene {
  const merged = mergeGraph(emptyScene(), graph);
  // an ad-hoc result has no origin to re-run: every node counts as added, so the URL lists them
  return { ...merged, origin, originIds: origin.kind === 'none' ? [] : [...merged.nodes.keys()] };
}

function sameNode(a: ApiNode, b: ApiNode): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Add a graph's nodes and relationships (relationships need both ends on screen afterwards). */
export function mergeGraph(scene: Scene, graph: ApiGraph): Scene {
  let nodes: Map<string, ApiNode> | null = null;
  for (const node of graph.nodes) {
    const known = scene.nodes.get(node.id);
    if (known && sameNode(known, node)) continue;
    nodes ??= new Map(scene.nodes);
    nodes.set(node.id, node);
  }
  const allNodes = nodes ?? scene.nodes;
  let rels: Map<string, ApiRelationship> | null = null;
  for (const rel of graph.relationships) {
    if (scene.rels.has(rel.id) || !allNodes.has(rel.start) || !allNodes.has(rel.end)) continue;
    rels ??= new Map(scene.rels);
    rels.set(rel.id, rel);
  }
  if (!nodes && !rels) return scene;
  return { ...scene, nodes: allNodes, rels: rels ?? scene.rels };
}

/** Remove nodes and every relationship that touches them. */
export function dismissNodes(scene: Scene, ids: Iterable<string>): Scene {
  const gone = new Set([...ids].filter((id) => scene.nodes.has(id)));
  if (gone.size === 0) return scene;
  const nodes = new Map([...scene.nodes].filter(([id]) => !gone.has(id)));
  const rels = new Map([...scene.rels].filter(([, r]) => !gone.has(r.start) && !gone.has(r.end)));
  const pinned = new Set([...scene.pinned].filter((id) => !gone.has(id)));
  return { ...scene, nodes, rels, pinned };
}

export function sceneDegrees(scene: Scene): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of scene.nodes.keys()) degree.set(id, 0);
  for (const rel of scene.rels.values()) {
    degree.set(rel.start, (degree.get(rel.start) ?? 0) + 1);
    degree.set(rel.end, (degree.get(rel.end) ?? 0) + 1);
  }
  return degree;
}

/** Remove the nodes that have no relationship on screen. */
export function dismissUnconnected(scene: Scene): Scene {
  const lonely = [...sceneDegrees(scene)].filter(([, d]) => d === 0).map(([id]) => id);
  return dismissNodes(scene, lonely);
}

export function togglePin(scene: Scene, id: string): Scene {
  if (!scene.nodes.has(id)) return scene;
  const pinned = new Set(scene.pinned);
  if (pinned.has(id)) pinned.delete(id);
  else pinned.add(id);
  return { ...scene, pinned };
}

export function sceneGraph(scene: Scene): ApiGraph {
  return { nodes: [...scene.nodes.values()], relationships: [...scene.rels.values()] };
}

/** Relationships of one node on screen, grouped by type, with the node at the other end. */
export function neighbourGroups(
  scene: Scene,
  id: string,
): { type: string; items: { rel: ApiRelationship; other: ApiNode; outgoing: boolean }[] }[] {
  const groups = new Map<string, { rel: ApiRelationship; other: ApiNode; outgoing: boolean }[]>();
  for (const rel of scene.rels.values()) {
    if (rel.start !== id && rel.end !== id) continue;
    const outgoing = rel.start === id;
    const other = scene.nodes.get(outgoing ? rel.end : rel.start);
    if (!other) continue;
    const list = groups.get(rel.type) ?? [];
    list.push({ rel, other, outgoing });
    groups.set(rel.type, list);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([type, items]) => ({ type, items }));
}
