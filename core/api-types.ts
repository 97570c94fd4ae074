// The HTTP API's request and response types: the one file that the server (web/server) and the
// browser (web/src/api) share. All values are plain JSON (Neo4j integers → numbers, temporals →
// ISO strings); nothing from neo4j-driver crosses this line.

import type { ApiRelType, NodeLabel } from './model.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface ApiNode {
  id: string; // our stable id (e.g. "agency:岳阳市商务粮食局"); falls back to the elementId for nodes without one
  labels: NodeLabel[] | string[];
  properties: Record<string, JsonValue>;
}

export interface ApiRelationship {
  id: string; // Neo4j elementId
  type: ApiRelType;
  start: string; // ApiNode.id
  end: string; // ApiNode.id
  properties: Record<string, JsonValue>; // evidence, docId, start, end, method, …
}

export interface ApiGraph {
  nodes: ApiNode[];
  relationships: ApiRelationship[];
}

/** Every error response: HTTP status + this body. */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_PARAMETER'
  | 'NOT_FOUND'
  | 'UNKNOWN_SAVED_QUERY'
  | 'READ_ONLY_QUERY' // a built-in saved query cannot be edited or deleted
  | 'WRITE_REFUSED'
  | 'TIMEOUT'
  | 'CYPHER_ERROR'
  | 'NEO4J_UNAVAILABLE'
  | 'UNAUTHORIZED'
  | 'INTERNAL';
export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

// GET /api/health
export interface HealthResponse {
  ok: boolean;
  neo4j: { address: string; version: string | null; reachable: boolean };
}

// GET /api/stats — counts for the legend and the first page
export interface StatsResponse {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  documents: { id: string; title: string; file: string }[];
}

// GET /api/search?q=…&labels=Agency,Measure&limit=20
export interface SearchHit {
  node: ApiNode;
  label: string; // the node's main label (for grouping)
  score: number;
  display: string; // name or title
  highlight: { text: string; ranges: [number, number][] }; // matched words in `text`
}
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

// GET /api/nodes/:id  (id URL-encoded)
export interface NodeResponse {
  node: ApiNode;
  degree: Record<string, number>; // relationship type → count
}

// GET /api/nodes/:id/neighbours?types=LEADS,SUPPORTS&direction=out|in|both&limit=25
// GET /api/overview
export interface GraphResponse extends ApiGraph {
  truncated: boolean;
}

// Saved queries (built-in from cypher/queries/*.cypher, user ones stored as :SavedQuery nodes)
export type ParamType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'string[]' | 'nodeId';
export interface SavedQueryParam {
  name: string;
  type: ParamType;
  default: JsonValue;
  description?: string;
  allowed?: JsonValue[]; // fixed choices
  lookup?: string; // Cypher (read-only) returning rows {value, label} for a picker
  dependsOn?: string[]; // parameters the lookup uses (dependent pickers)
  normalise?: 'simplified' | 'fulltext'; // server converts traditional input to simplified (fulltext: also escapes Lucene syntax)
}
export interface SavedQueryInfo {
  name: string; // file stem or user name: "lead-bureaus-by-industry"
  title: { zh: string; en: string };
  description: string;
  topic: string;
  params: SavedQueryParam[];
  view: 'graph' | 'table';
  cypher: string;
  builtIn: boolean;
}
export interface SavedQueryListResponse {
  queries: SavedQueryInfo[];
}
// POST /api/queries {SavedQueryInput}; PUT /api/queries/:name; DELETE /api/queries/:name
export interface SavedQueryInput {
  name: string;
  title: { zh: string; en: string };
  description?: string;
  topic?: string;
  params?: SavedQueryParam[];
  view?: 'graph' | 'table';
  cypher: string;
}
// GET /api/queries/:name/params/:param/options?other=values → picker options
export interface LookupResponse {
  options: { value: JsonValue; label: string }[];
}

// POST /api/queries/:name/run {params}; POST /api/cypher {cypher, params}
export interface RunRequest {
  params?: Record<string, JsonValue>;
}
export interface CypherRequest {
  cypher: string;
  params?: Record<string, JsonValue>;
}
export interface QueryResult {
  columns: string[];
  rows: Record<string, JsonValue>[];
  graph: ApiGraph; // nodes and relationships found anywhere in the rows, de-duplicated
  truncated: boolean; // the row cap cut the result
  total?: number; // every row the query yields (counted past the cap, up to a million): "rows.length of total shown"
  rowCap: number;
  elapsedMs: number;
}

// POST /api/export → the file (Content-Disposition names it)
export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'cypher', 'svg', 'png', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportSource =
  | { kind: 'saved'; name: string; params?: Record<string, JsonValue> }
  | { kind: 'cypher'; cypher: string; params?: Record<string, JsonValue> }
  | { kind: 'nodes'; ids: string[]; depth?: number };
export interface ExportRequest {
  source: ExportSource;
  format: ExportFormat;
  options?: { background?: string; scale?: number; title?: string; lang?: 'zh' | 'en' };
}

// GET /api/documents/:id/text — the reader view
export interface DocumentTextResponse {
  id: string;
  title: string;
  file: string;
  text: string;
  measures: { id: string; path: string; number: string; title: string; start: number; end: number; depth: number }[];
  mentions: { nodeId: string; label: string; start: number; end: number; relType: string; relId: string }[];
}
