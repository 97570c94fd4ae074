// A node by id with its degree per relationship type, and its neighbours (types, direction, a total
// limit and an optional cap per type so one expansion never floods the screen).
import neo4j from 'neo4j-driver';
import { NotFoundError, ParameterError } from '../../core/errors.ts';
import { REL_TYPES, labelOfId } from '../../core/model.ts';
import type { NodeLabel } from '../../core/model.ts';
import type { ApiNode, GraphResponse, NodeResponse } from '../../core/api-types.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

// The label is chosen from the fixed list of model labels (never from input) so the id index is used.
const NODE_BY_LABEL = (label: NodeLabel): string => `MATCH (n:${label} {id: $id})
RETURN n, COLLECT { MATCH (n)-[r]-() WITH type(r) AS t, count(*) AS c RETURN [t, c] } AS degree`;

const PATTERN = {
  out: '(n)-[r]->(m)',
  in: '(n)<-[r]-(m)',
  both: '(n)-[r]-(m)',
} as const;
export type Direction = keyof typeof PATTERN;

const NEIGHBOURS = (label: NodeLabel, direction: Direction): string => `MATCH (n:${label} {id: $id})
MATCH ${PATTERN[direction]}
WHERE ($types IS NULL OR type(r) IN $types) AND NOT m:SavedQuery
WITH n, type(r) AS t, r, m ORDER BY m.id
WITH n, t, collect([r, m])[..$perType] AS pairs
UNWIND pairs AS pair
RETURN n, pair[0] AS r, pair[1] AS m
LIMIT $limit`;

export interface NeighbourRequest {
  id: string;
  types?: string[];
  direction?: Direction;
  limit?: number;
  perType?: number;
}

export function labelFor(id: string): NodeLabel {
  try {
    return labelOfId(id);
  } catch {
    throw new NotFoundError(`no node with id "${id}"`);
  }
}

export async function nodeById(ctx: ReadContext, id: string): Promise<NodeResponse> {
  const result = await runRead(ctx, { cypher: NODE_BY_LABEL(labelFor(id)), params: { id }, guard: false });
  const row = result.rows[0];
  if (!row) throw new NotFoundError(`no node with id "${id}"`);
  const degree: Record<string, number> = {};
  for (const pair of row['degree'] as [string, number][]) degree[pair[0]] = pair[1];
  return { node: row['n'] as unknown as ApiNode, degree };
}

export async function neighbours(ctx: ReadContext, req: NeighbourRequest): Promise<GraphResponse> {
  const types = req.types && req.types.length > 0 ? req.types : null;
  const unknown = types?.find((t) => !(REL_TYPES as readonly string[]).includes(t));
  if (unknown) throw new ParameterError(`unknown relationship type "${unknown}" (known: ${REL_TYPES.join(', ')})`);
  const limit = clamp(req.limit ?? 100, 1, 2000);
  const perType = clamp(req.perType ?? limit, 1, 2000);
  const label = labelFor(req.id);
  const result = await runRead(ctx, {
    cypher: NEIGHBOURS(label, req.direction ?? 'both'),
    params: { id: req.id, types, perType: neo4j.int(perType), limit: neo4j.int(limit + 1) },
    guard: false,
  });
  if (result.rows.length === 0) await nodeById(ctx, req.id); // NotFoundError when the node is missing
  const truncated = result.rows.length > limit;
  const kept = truncated ? result.rows.slice(0, limit) : result.rows;
  const keepIds = new Set<string>([req.id]);
  const keepRels = new Set<string>();
  for (const row of kept) {
    keepIds.add((row['m'] as unknown as ApiNode).id);
    keepRels.add((row['r'] as unknown as { id: string }).id);
  }
  const nodes = result.graph.nodes.filter((n) => keepIds.has(n.id));
  const relationships = result.graph.relationships.filter((r) => keepRels.has(r.id));
  if (nodes.length === 0) nodes.push((await nodeById(ctx, req.id)).node);
  return { nodes, relationships, truncated };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}
