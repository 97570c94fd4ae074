// Merging fragments: nodes by id (labels and aliases unioned, the first non-empty value of every other
// property kept — the one rule, which the writer applies too), relationships by (type, start node, end
// node, evidence start offset).

import type { Fragment, GraphNode, GraphRelationship, PropValue, Props } from '../../../core/model.ts';

function isEmpty(v: PropValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function union(a: PropValue, b: PropValue): PropValue {
  if (
    Array.isArray(a) &&
    Array.isArray(b) &&
    a.every((x) => typeof x === 'string') &&
    b.every((x) => typeof x === 'string')
  ) {
    return [...new Set([...(a as string[]), ...(b as string[])])];
  }
  return a;
}

function mergeProps(into: Props, from: Props): Props {
  const out: Props = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const cur = out[k];
    if (isEmpty(cur)) out[k] = v;
    else if (k === 'aliases' && !isEmpty(v)) out[k] = union(cur, v);
  }
  if (Array.isArray(out.aliases) && typeof out.name === 'string') {
    out.aliases = (out.aliases as string[]).filter((a) => a !== out.name);
  }
  return out;
}

export function relKey(r: GraphRelationship): string {
  return `${r.type}|${r.start}|${r.end}|${r.properties.start}`;
}

/** THE merge rule of node properties, used by extraction (mergeFragments) and by the writer
 *  (db/write.ts) alike: one node per id, labels united, aliases united, and for every other property
 *  the first non-empty value kept; order of first appearance. */
export function mergeNodes(list: readonly GraphNode[]): GraphNode[] {
  const nodes = new Map<string, GraphNode>();
  for (const n of list) {
    const cur = nodes.get(n.id);
    if (!cur) nodes.set(n.id, { id: n.id, labels: [...n.labels], properties: { ...n.properties } });
    else {
      cur.labels = [...new Set([...cur.labels, ...n.labels])];
      cur.properties = mergeProps(cur.properties, n.properties);
    }
  }
  return [...nodes.values()];
}

/** One fragment from many: duplicates merged, order of first appearance kept. */
export function mergeFragments(fragments: Fragment[]): Fragment {
  const rels = new Map<string, GraphRelationship>();
  for (const f of fragments) {
    for (const r of f.relationships) {
      const key = relKey(r);
      if (!rels.has(key)) rels.set(key, r);
    }
  }
  return { nodes: mergeNodes(fragments.flatMap((f) => f.nodes)), relationships: [...rels.values()] };
}
