// Plain fetch functions, one per endpoint of the API (core/api-types.ts). The explorer sends no
// Cypher of its own: `runCypher` is the console's, for the analyst's Cypher only.
import type {
  ApiGraph,
  CypherRequest,
  Direction,
  DocumentTextResponse,
  ExpandRequest,
  ExpandResponse,
  ExportRequest,
  GraphResponse,
  HealthResponse,
  JsonValue,
  LinksRequest,
  LookupResponse,
  NodeResponse,
  NodesRequest,
  NodesResponse,
  QueryResult,
  RowGraphRequest,
  SavedQueryInput,
  SavedQueryListResponse,
  SearchResponse,
  StatsResponse,
} from '../../../core/api-types.ts';
import { getJson, request, sendJson } from './http.ts';

const enc = encodeURIComponent;

export const fetchHealth = (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', signal);
export const fetchStats = (signal?: AbortSignal) => getJson<StatsResponse>('/api/stats', signal);
export const fetchOverview = (signal?: AbortSignal) => getJson<GraphResponse>('/api/overview', signal);

export function fetchSearch(q: string, labels: string[], limit: number, signal?: AbortSignal): Promise<SearchResponse> {
  const params = new URLSearchParams({ q, limit: String(limit) });
  if (labels.length > 0) params.set('labels', labels.join(','));
  return getJson<SearchResponse>(`/api/search?${params}`, signal);
}

export const fetchNode = (id: string, signal?: AbortSignal) => getJson<NodeResponse>(`/api/nodes/${enc(id)}`, signal);

export interface NeighbourQuery {
  types: string[];
  direction: Direction;
  limit: number;
}
export function fetchNeighbours(id: string, query: NeighbourQuery, signal?: AbortSignal): Promise<GraphResponse> {
  const params = new URLSearchParams({ direction: query.direction, limit: String(query.limit) });
  if (query.types.length > 0) params.set('types', query.types.join(','));
  return getJson<GraphResponse>(`/api/nodes/${enc(id)}/neighbours?${params}`, signal);
}

export const fetchSavedQueries = (signal?: AbortSignal) => getJson<SavedQueryListResponse>('/api/queries', signal);

export function fetchLookup(
  name: string,
  param: string,
  other: Record<string, JsonValue>,
  signal?: AbortSignal,
): Promise<LookupResponse> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(other))
    params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  const qs = params.toString();
  return getJson<LookupResponse>(`/api/queries/${enc(name)}/params/${enc(param)}/options${qs ? `?${qs}` : ''}`, signal);
}

export const runSavedQuery = (name: string, params: Record<string, JsonValue>, signal?: AbortSignal) =>
  sendJson<QueryResult>('POST', `/api/queries/${enc(name)}/run`, { params }, signal);

/** The graph behind a result's rows (core/row-ids.ts), asked for when the result is shown as a graph. */
export const fetchRowGraph = (ids: string[], signal?: AbortSignal) =>
  sendJson<GraphResponse>('POST', '/api/query/graph', { ids } satisfies RowGraphRequest, signal);

export const runCypher = (body: CypherRequest, signal?: AbortSignal) =>
  sendJson<QueryResult>('POST', '/api/cypher', body, signal);

export const createSavedQuery = (input: SavedQueryInput) => sendJson<unknown>('POST', '/api/queries', input);
export const updateSavedQuery = (name: string, input: SavedQueryInput) =>
  sendJson<unknown>('PUT', `/api/queries/${enc(name)}`, input);
export const deleteSavedQuery = (name: string) => sendJson<unknown>('DELETE', `/api/queries/${enc(name)}`);

export const fetchDocumentText = (id: string, signal?: AbortSignal) =>
  getJson<DocumentTextResponse>(`/api/documents/${enc(id)}/text`, signal);

/** The file name from Content-Disposition (RFC 5987 filename* first), if the server sent one. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      return star[1].trim();
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : null;
}

export async function fetchExport(body: ExportRequest): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await request('/api/export', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  return {
    blob: await response.blob(),
    fileName: fileNameFromDisposition(response.headers.get('content-disposition')),
  };
}

/** Nodes by id (those that exist, in the order asked). */
export const fetchNodesByIds = (ids: string[], signal?: AbortSignal) =>
  sendJson<NodesResponse>('POST', '/api/graph/nodes', { ids } satisfies NodesRequest, signal);

/** The relationships among some node ids, and with `among` also those to the nodes of `among`. */
export const fetchLinks = (body: LinksRequest, signal?: AbortSignal) =>
  sendJson<GraphResponse>('POST', '/api/graph/links', body, signal);

/** The graph of some node ids: the nodes and every relationship among them (restore, reveal). */
export async function fetchNodesAmong(ids: string[], signal?: AbortSignal): Promise<ApiGraph> {
  return fetchLinks({ ids }, signal);
}

/** Some nodes with their relationships to the nodes already on screen (adding a search hit, restoring). */
export async function fetchLinksOf(ids: string[], among: string[], signal?: AbortSignal): Promise<ApiGraph> {
  const [found, linked] = await Promise.all([fetchNodesByIds(ids, signal), fetchLinks({ ids, among }, signal)]);
  return { nodes: [...found.nodes, ...linked.nodes], relationships: linked.relationships };
}

/** The next batch of a node's neighbours that are not in `exclude` (the nodes on screen). */
export const fetchExpand = (body: ExpandRequest, signal?: AbortSignal) =>
  sendJson<ExpandResponse>('POST', '/api/graph/expand', body, signal);
