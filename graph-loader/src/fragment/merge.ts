// Merging fragments: nodes by id (labels and aliases unioned, the first non-empty value of every other
// property kept — the one rule, which the writer applies too), relationships by (type, start node, end
// node, evidence start offset) — except an agency's role, which is ONE relationship per (type, agency,
// measure, document) carrying every span that supports it: the scalar evidence/start/end/method of the
// first span (what everything downstream reads) and parallel arrays evidences/starts/ends/methods of
// all of them (Neo4j stores no nested maps).

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

/** The relationship types that are one per (type, start, end, document), with all their spans. */
export const ROLE_TYPES: ReadonlySet<string> = new Set(['LEADS', 'SUPPORTS', 'INVOLVED_IN']);

export function relKey(r: GraphRelationship): string {
  if (ROLE_TYPES.has(r.type)) return `${r.type}|${r.start}|${r.end}|${r.properties.docId}`;
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

/** A copy of the span list `k`, or a list of the first span's value. */
function spanList<T extends string | number>(p: Props, k: string, first: T): T[] {
  return Array.isArray(p[k]) ? [...(p[k] as T[])] : [first];
}

/** The spans of a role relationship as parallel arrays (a first relationship starts them). */
function withSpans(r: GraphRelationship): GraphRelationship {
  const p = r.properties;
  const spans = {
    evidences: spanList(p, 'evidences', p.evidence),
    starts: spanList(p, 'starts', p.start),
    ends: spanList(p, 'ends', p.end),
    methods: spanList<string>(p, 'methods', p.method),
  };
  return { ...r, properties: { ...p, ...spans } };
}

/** Adds the spans of `more` to `into` (each span once, in order of appearance). */
function addSpans(into: GraphRelationship, more: GraphRelationship): void {
  const p = into.properties;
  const starts = p['starts'] as number[];
  const ends = p['ends'] as number[];
  const m = withSpans(more).properties;
  (m['starts'] as number[]).forEach((start, i) => {
    const end = (m['ends'] as number[])[i];
    if (starts.some((s, j) => s === start && ends[j] === end)) return;
    starts.push(start);
    ends.push(end);
    (p['evidences'] as string[]).push((m['evidences'] as string[])[i]);
    (p['methods'] as string[]).push((m['methods'] as string[])[i]);
  });
}

/** One fragment from many: duplicates merged, order of first appearance kept. */
export function mergeFragments(fragments: Fragment[]): Fragment {
  const rels = new Map<string, GraphRelationship>();
  for (const f of fragments) {
    for (const r of f.relationships) {
      const key = relKey(r);
      const cur = rels.get(key);
      if (!ROLE_TYPES.has(r.type)) {
        if (!cur) rels.set(key, r);
      } else if (!cur) rels.set(key, withSpans(r));
      else addSpans(cur, r);
    }
  }
  return { nodes: mergeNodes(fragments.flatMap((f) => f.nodes)), relationships: [...rels.values()] };
}
