// The subgraph an export writes: the nodes and relationships of a saved query, of ad-hoc Cypher, or
// of a set of node ids with their neighbourhood to a depth — with full properties (Document text
// included), the nodes a table-shaped answer names by id, and the relationships among all of them,
// so that a table still exports as a connected picture.
import { ParameterError } from '../../core/errors.ts';
import type {
  ApiGraph,
  ApiNode,
  ApiRelationship,
  ExportSource,
  JsonValue,
  QueryResult,
  SavedQueryInfo,
} from '../../core/api-types.ts';
import { runRead } from '../query/run-read.ts';
import { EXPORT_CONVERT } from '../query/to-json.ts';
import { adHocParams, bindParams } from '../saved-queries/params.ts';
import type { Simplify } from '../saved-queries/params.ts';
import type { ReadContext } from '../query/run-read.ts';

export const MAX_DEPTH = 3;

// Variable-length bounds cannot be parameters; the depth is an integer 0..MAX_DEPTH picked here.
// The nodes within that many steps; their relationships come from AMONG (the induced subgraph).
const AROUND: Record<number, string> = Object.fromEntries(
  [1, 2, 3].map((d) => [
    d,
    `MATCH (n) WHERE n.id IN $ids AND NOT n:SavedQuery
OPTIONAL MATCH (n)-[*..${d}]-(m) WHERE NOT m:SavedQuery
WITH collect(DISTINCT n) + collect(DISTINCT m) AS found
UNWIND found AS x
RETURN DISTINCT x AS n`,
  ]),
);
const AROUND_ZERO = `MATCH (n) WHERE n.id IN $ids AND NOT n:SavedQuery RETURN n`;

const AMONG = `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN r`;

/** What an export reads with: the read context, the saved-query lookup and the input converter —
 *  the few functions it needs, not the whole query service (which uses the exports). */
export interface ExportReads {
  ctx: ReadContext;
  getQuery(name: string): Promise<SavedQueryInfo>;
  simplify: Simplify;
}

export interface Subgraph extends ApiGraph {
  truncated: boolean;
}

export async function resolveSubgraph(service: ExportReads, source: ExportSource): Promise<Subgraph> {
  const ctx = service.ctx;
  let first: { graph: ApiGraph; rows?: QueryResult['rows']; truncated: boolean };
  checkSource(source);
  if (source.kind === 'saved') {
    const query = await service.getQuery(source.name);
    const params = bindParams(query, source.params ?? {}, service.simplify);
    first = await runRead(ctx, { cypher: query.cypher, params, guard: true, convert: EXPORT_CONVERT, rowGraph: true });
  } else if (source.kind === 'cypher') {
    const params = adHocParams(source.params ?? {});
    first = await runRead(ctx, { cypher: source.cypher, params, guard: true, convert: EXPORT_CONVERT, rowGraph: true });
  } else {
    first = await around(service, source.ids, source.depth ?? 1);
  }
  const named = await namedInRows(service, first.rows ?? [], first.graph);
  const ids = [...first.graph.nodes, ...named.nodes].map((n) => n.id);
  const among = await runRead(ctx, { cypher: AMONG, params: { ids }, guard: false, convert: EXPORT_CONVERT });
  return { ...mergeGraphs(first.graph, named, among.graph), truncated: first.truncated || among.truncated };
}

const ID_RE = /^(?:agency|zone|measure|policy|industry):./;

/** A table-shaped answer names its nodes by id (agencyId, measureIds …): those nodes join the export. */
async function namedInRows(service: ExportReads, rows: QueryResult['rows'], graph: ApiGraph): Promise<ApiGraph> {
  const have = new Set(graph.nodes.map((n) => n.id));
  const ids = new Set<string>();
  const visit = (v: JsonValue): void => {
    if (typeof v === 'string' && ID_RE.test(v) && !have.has(v)) ids.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
  };
  for (const row of rows) Object.values(row).forEach(visit);
  if (ids.size === 0) return { nodes: [], relationships: [] };
  const res = await runRead(service.ctx, {
    cypher: AROUND_ZERO,
    params: { ids: [...ids] },
    guard: false,
    convert: EXPORT_CONVERT,
  });
  return res.graph;
}

async function around(
  service: ExportReads,
  ids: string[],
  depth: number,
): Promise<{ graph: ApiGraph; truncated: boolean }> {
  if (ids.length === 0) throw new ParameterError('export needs at least one node id');
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new ParameterError(`depth must be an integer from 0 to ${MAX_DEPTH}, got ${depth}`);
  }
  const cypher = depth === 0 ? AROUND_ZERO : AROUND[depth];
  return runRead(service.ctx, { cypher, params: { ids }, guard: false, convert: EXPORT_CONVERT });
}

function checkSource(source: ExportSource): void {
  if (source.kind === 'saved' && typeof source.name !== 'string')
    throw new ParameterError('a saved-query export needs a name');
  if (source.kind === 'cypher' && typeof source.cypher !== 'string')
    throw new ParameterError('a Cypher export needs cypher');
  if (source.kind === 'nodes' && !Array.isArray(source.ids)) throw new ParameterError('a nodes export needs ids');
}

/** Union of graphs, de-duplicated by node id and relationship id. */
export function mergeGraphs(...graphs: ApiGraph[]): ApiGraph {
  const nodes = new Map<string, ApiNode>();
  const relationships = new Map<string, ApiRelationship>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const r of g.relationships) if (!relationships.has(r.id)) relationships.set(r.id, r);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
