// The query service: everything the API and the `ftz query` / `ftz export` commands do, over one
// driver. Reads go through query/run-read.ts (read transactions, guards, timeout, row cap); the
// only write is the user-query store (saved-queries/user-store.ts).
import type { Driver } from 'neo4j-driver';
import { simplifyCharacters } from '../core/chinese-script.ts';
import type {
  DocumentTextResponse,
  ExportRequest,
  ExpandRequest,
  ExpandResponse,
  GraphResponse,
  HealthResponse,
  JsonValue,
  LookupResponse,
  NodeResponse,
  NodesResponse,
  QueryResult,
  SavedQueryInfo,
  SavedQueryInput,
  SearchResponse,
  StatsResponse,
} from '../core/api-types.ts';
import { links, nodesByIds } from './explore/by-ids.ts';
import type { LinksRequest } from './explore/by-ids.ts';
import { cached } from './explore/cache.ts';
import { assertSearchable } from './explore/search-index.ts';
import { documentText } from './explore/documents.ts';
import { expandNext } from './explore/expand.ts';
import { neighbours, nodeById } from './explore/nodes.ts';
import type { NeighbourRequest } from './explore/nodes.ts';
import { overview } from './explore/overview.ts';
import { search } from './explore/search.ts';
import type { SearchRequest } from './explore/search.ts';
import { health, stats } from './explore/stats.ts';
import { exportGraph } from './export/index.ts';
import type { ExportFile } from './export/index.ts';
import { makeReadContext, runRead, verifyReadOnly } from './query/run-read.ts';
import type { ReadContext } from './query/run-read.ts';
import { rowGraph } from './query/row-graph-read.ts';
import { SAVED_QUERY_CONVERT } from './query/to-json.ts';
import { createLibrary, fromInput } from './saved-queries/library.ts';
import { assertLookupsReadOnly, lookupOptions } from './saved-queries/lookup.ts';
import { adHocParams, bindParams } from './saved-queries/params.ts';
import type { Simplify } from './saved-queries/params.ts';
import { userStore } from './saved-queries/user-store.ts';

export interface QueryServiceOptions {
  driver: Driver;
  database?: string;
  queryTimeoutMs?: number;
  rowCap?: number;
  /** JSON bytes one answer to a user's statement may take */
  byteBudget?: number;
  /** directory of the built-in .cypher files (default cypher/queries) */
  queriesDir?: string;
}

export interface QueryService {
  readonly ctx: ReadContext;
  readonly simplify: Simplify;
  health(): Promise<HealthResponse>;
  stats(): Promise<StatsResponse>;
  search(req: SearchRequest): Promise<SearchResponse>;
  node(id: string): Promise<NodeResponse>;
  neighbours(req: NeighbourRequest): Promise<GraphResponse>;
  /** the next batch of a node's neighbours not on screen, with the count left per type */
  expand(req: ExpandRequest): Promise<ExpandResponse>;
  nodesByIds(ids: readonly string[]): Promise<NodesResponse>;
  links(req: LinksRequest): Promise<GraphResponse>;
  overview(): Promise<GraphResponse>;
  documentText(id: string): Promise<DocumentTextResponse>;
  listQueries(): Promise<SavedQueryInfo[]>;
  getQuery(name: string): Promise<SavedQueryInfo>;
  saveQuery(input: SavedQueryInput): Promise<SavedQueryInfo>;
  updateQuery(name: string, input: SavedQueryInput): Promise<SavedQueryInfo>;
  deleteQuery(name: string): Promise<void>;
  /** runs a library entry (or a query read from a file) with bound parameters */
  runQuery(query: SavedQueryInfo, params?: Record<string, JsonValue>): Promise<QueryResult>;
  runSaved(name: string, params?: Record<string, JsonValue>): Promise<QueryResult>;
  runCypher(cypher: string, params?: Record<string, JsonValue>): Promise<QueryResult>;
  /** the graph behind a result (the nodes its rows name and the relationships among them), asked
   *  for apart from the rows when a graph is shown */
  rowGraph(ids: readonly string[]): Promise<GraphResponse>;
  lookup(name: string, param: string, other: Record<string, JsonValue>): Promise<LookupResponse>;
  export(req: ExportRequest): Promise<ExportFile>;
}

/** Timeout, row cap and byte budget from FTZ_QUERY_TIMEOUT_MS / FTZ_ROW_CAP / FTZ_BYTE_BUDGET. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  queryTimeoutMs?: number;
  rowCap?: number;
  byteBudget?: number;
} {
  const num = (v: string | undefined): number | undefined => {
    const n = Number(v);
    return v !== undefined && v.trim() !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  return {
    queryTimeoutMs: num(env['FTZ_QUERY_TIMEOUT_MS']),
    rowCap: num(env['FTZ_ROW_CAP']),
    byteBudget: num(env['FTZ_BYTE_BUDGET']),
  };
}

/** Traditional → simplified character by character: the very converter the loader normalises plans
 *  with, so a search and the stored text agree (乾隆 → 干隆 in both). */
export function simplify(text: string): string {
  return simplifyCharacters(text);
}

export function createQueryService(opts: QueryServiceOptions): QueryService {
  const ctx = makeReadContext({
    driver: opts.driver,
    database: opts.database,
    timeoutMs: opts.queryTimeoutMs,
    rowCap: opts.rowCap,
    byteBudget: opts.byteBudget,
  });
  const library = createLibrary(userStore(opts.driver, opts.database), opts.queriesDir);
  const runQuery = async (query: SavedQueryInfo, params: Record<string, JsonValue> = {}): Promise<QueryResult> => {
    await assertSearchable(ctx, query.cypher);
    return runRead(ctx, {
      cypher: query.cypher,
      params: bindParams(query, params, simplify),
      guard: true,
      convert: SAVED_QUERY_CONVERT,
    });
  };
  return {
    ctx,
    simplify,
    health: () => health(opts.driver),
    stats: () => cached(ctx, 'stats', () => stats(ctx)),
    search: (req) =>
      cached(
        ctx,
        `search:${JSON.stringify([req.q, req.labels ?? [], req.limit ?? null])}`,
        () => search(ctx, simplify, req),
        Date.now,
        (answer) => answer.indexing === undefined, // not kept while the index fills or is missing
      ),
    node: (id) => nodeById(ctx, id),
    neighbours: (req) => neighbours(ctx, req),
    expand: (req) => expandNext(ctx, req),
    nodesByIds: (ids) => nodesByIds(ctx, ids),
    links: (req) => links(ctx, req),
    overview: () => cached(ctx, 'overview', () => overview(ctx)),
    documentText: (id) => documentText(ctx, id),
    listQueries: () => library.list(),
    getQuery: (name) => library.get(name),
    saveQuery: async (input) => library.save(await checkedInput(ctx, input)),
    updateQuery: async (name, input) => library.update(name, await checkedInput(ctx, input)),
    deleteQuery: (name) => library.remove(name),
    runQuery,
    runSaved: async (name, params) => runQuery(await library.get(name), params),
    runCypher: (cypher, params = {}) => runRead(ctx, { cypher, params: adHocParams(params), guard: true }),
    rowGraph: (ids) => rowGraph(ctx, ids),
    lookup: async (name, param, other) => lookupOptions(ctx, await library.get(name), param, other, simplify),
    export: (req) => exportGraph({ ctx, simplify, getQuery: (name) => library.get(name) }, req),
  };
}

/** A user query must be read-only before it is stored — its Cypher and every picker's lookup: the
 *  guards run on them with the defaults (EXPLAIN only plans, it reads nothing). */
async function checkedInput(ctx: ReadContext, input: SavedQueryInput): Promise<SavedQueryInput> {
  const query = fromInput(input);
  await verifyReadOnly(ctx, query.cypher, bindParams(query, {}, simplify));
  await assertLookupsReadOnly(ctx, query, simplify);
  return input;
}
