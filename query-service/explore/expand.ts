// The next batch of a node's neighbours: per relationship type, up to `perType` neighbours that are
// not on screen yet (ordered by id, so batches follow one another), and how many are left after it.
// A repeated expand therefore brings new nodes, or says that all are shown.
import neo4j from 'neo4j-driver';
import { ParameterError } from '../../core/errors.ts';
import { REL_TYPES } from '../../core/model.ts';
import type { ApiNode, ExpandRequest, ExpandResponse } from '../../core/api-types.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';
import { labelFor, nodeById } from './nodes.ts';

// The label comes from the fixed list of model labels (never from input), so the id index is used.
const NEXT_BATCH = (label: string): string => `MATCH (n:${label} {id: $id})
MATCH (n)-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT m:SavedQuery AND m.id <> n.id AND NOT m.id IN $exclude
WITH type(r) AS t, r, m ORDER BY m.id
WITH t, collect([r, m]) AS pairs
UNWIND pairs[..$perType] AS pair
RETURN t, size(pairs) AS available, pair[0] AS r, pair[1] AS m`;

/** Per type: how many neighbours were left before this batch, minus those the batch brings. */
export function remainingAfter(rows: readonly { type: string; available: number }[]): Record<string, number> {
  const available = new Map<string, number>();
  const taken = new Map<string, number>();
  for (const row of rows) {
    available.set(row.type, row.available);
    taken.set(row.type, (taken.get(row.type) ?? 0) + 1);
  }
  const remaining: Record<string, number> = {};
  for (const [type, n] of available) remaining[type] = Math.max(0, n - (taken.get(type) ?? 0));
  return remaining;
}

export async function expandNext(ctx: ReadContext, req: ExpandRequest): Promise<ExpandResponse> {
  const types = req.types && req.types.length > 0 ? req.types : null;
  const unknown = types?.find((t) => !(REL_TYPES as readonly string[]).includes(t));
  if (unknown) throw new ParameterError(`unknown relationship type "${unknown}" (known: ${REL_TYPES.join(', ')})`);
  const perType = Math.max(1, Math.min(2000, Math.trunc(req.perType)));
  const start = await nodeById(ctx, req.id); // NotFoundError when the node is missing
  const result = await runRead(ctx, {
    cypher: NEXT_BATCH(labelFor(req.id)),
    params: { id: req.id, types, perType: neo4j.int(perType), exclude: req.exclude ?? [] },
    guard: false,
    rowCap: 100_000,
  });
  const rows = result.rows.map((row) => ({
    type: String(row['t']),
    available: Number(row['available']),
    node: row['m'] as unknown as ApiNode,
    relId: (row['r'] as unknown as { id: string }).id,
  }));
  const keepIds = new Set(rows.map((r) => r.node.id));
  const keepRels = new Set(rows.map((r) => r.relId));
  return {
    nodes: [start.node, ...result.graph.nodes.filter((n) => keepIds.has(n.id) && n.id !== req.id)],
    relationships: result.graph.relationships.filter((r) => keepRels.has(r.id)),
    truncated: false,
    remaining: remainingAfter(rows),
  };
}
