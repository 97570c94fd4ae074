// The node ids a query's rows name (agencyId, measureIds, …): what the graph view of a table draws.
// Shared by the query service (which resolves them, query-service/query/row-graph.ts) and the
// explorer (which asks for that graph only when it shows it, POST /api/query/graph).
import type { Static } from 'typebox';
import type { ApiGraphSchema, JsonValue } from './api-schemas/graph.ts';
import { ROW_GRAPH_MAX_IDS } from './api-schemas/queries.ts';

type ApiGraph = Static<typeof ApiGraphSchema>;

/** at most this many ids are resolved from the rows (the first met win) */
export const ROW_ID_CAP = 1_500;
const ID_RE = /^(policy|zone|measure|agency|industry):\S/;

/** Whether a string is one of our node ids (a model label's prefix, then the key). */
export function isModelId(value: string): boolean {
  return ID_RE.test(value);
}

/** Our node ids named in the rows (strings and lists of strings, at any depth), in order met. */
export function idsInRows(rows: readonly Record<string, JsonValue>[], cap: number = ROW_ID_CAP): string[] {
  const found = new Set<string>();
  const visit = (value: JsonValue): void => {
    if (found.size >= cap || value === null) return;
    if (typeof value === 'string') {
      if (isModelId(value)) found.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v);
    }
  };
  for (const row of rows) for (const value of Object.values(row)) visit(value);
  return [...found];
}

/** The ids to ask a result's graph for: its own nodes first, then those its rows name. */
export function resultGraphIds(result: { rows: readonly Record<string, JsonValue>[]; graph: ApiGraph }): string[] {
  const ids = new Set(result.graph.nodes.map((n) => n.id));
  for (const id of idsInRows(result.rows)) ids.add(id);
  return [...ids].slice(0, ROW_GRAPH_MAX_IDS);
}

/** A result's own graph with the graph behind its rows added, each node and relationship once. */
export function mergeResultGraph(own: ApiGraph, rows: ApiGraph): ApiGraph {
  const nodes = new Map(own.nodes.map((n) => [n.id, n]));
  for (const n of rows.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const relationships = new Map(own.relationships.map((r) => [r.id, r]));
  for (const r of rows.relationships) if (!relationships.has(r.id)) relationships.set(r.id, r);
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
