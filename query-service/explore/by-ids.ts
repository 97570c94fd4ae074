// The explorer's reads by id: nodes by ids, and the links among ids. Fixed, parameterised Cypher:
// the labels come from the model (the prefix of each id, never the input as text), so every lookup
// is an index seek on the label's id.
import { NODE_LABELS, labelOfId } from '../../core/model.ts';
import type { NodeLabel } from '../../core/model.ts';
import type { ApiNode, GraphResponse, NodesResponse } from '../../core/api-types.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

/** The model labels of these ids (ids without a known prefix name no node of the model). */
function labelsOf(ids: readonly string[]): NodeLabel[] {
  const found = new Set<NodeLabel>();
  for (const id of ids) {
    try {
      found.add(labelOfId(id));
    } catch {
      // not an id of ours: no node has it
    }
  }
  return NODE_LABELS.filter((l) => found.has(l));
}

/** A subquery yielding `n` for each node whose id is in $ids (one index seek per label). */
function nodesOf(labels: NodeLabel[]): string {
  const parts = labels.map((label) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN n`);
  return `CALL () {\n  ${parts.join('\n  UNION\n  ')}\n}`;
}

export async function nodesByIds(ctx: ReadContext, ids: readonly string[]): Promise<NodesResponse> {
  const labels = labelsOf(ids);
  if (labels.length === 0) return { nodes: [] };
  const result = await runRead(ctx, { cypher: `${nodesOf(labels)}\nRETURN n`, params: { ids }, guard: false });
  const order = new Map(ids.map((id, i) => [id, i]));
  const nodes = result.rows.map((row) => row['n'] as unknown as ApiNode);
  return { nodes: nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)) };
}

export interface LinksRequest {
  ids: readonly string[];
  /** further nodes (those on screen): links between one of `ids` and one of these count too */
  among?: readonly string[];
}

/** Each relationship once: outgoing from one of `ids` to any target, or incoming from a node of
 *  `among` that is not itself in `ids` (that one is found from its start). */
const LINKS = (labels: NodeLabel[]): string => `${nodesOf(labels)}
CALL (n) {
  MATCH (n)-[r]->(m) WHERE m.id IN $targets RETURN r, m
  UNION
  MATCH (n)<-[r]-(m) WHERE m.id IN $amongOnly RETURN r, m
}
RETURN n, r, m`;

/** Every relationship between two of `ids`, and between one of `ids` and one of `among`, with the
 *  nodes at its ends; `truncated` when the row cap cut the answer. */
export async function links(ctx: ReadContext, req: LinksRequest): Promise<GraphResponse> {
  const labels = labelsOf(req.ids);
  if (labels.length === 0) return { nodes: [], relationships: [], truncated: false };
  const ids = new Set(req.ids);
  const amongOnly = [...new Set(req.among ?? [])].filter((id) => !ids.has(id));
  const result = await runRead(ctx, {
    cypher: LINKS(labels),
    params: { ids: [...ids], targets: [...ids, ...amongOnly], amongOnly },
    guard: false,
  });
  return { ...result.graph, truncated: result.truncated };
}
