// The graph as the API sends it: plain JSON nodes, relationships and graphs, and the error body.
// TypeBox schemas (JSON Schema at run time, TypeScript types through Static) — the routes validate
// and serialise with them, core/api-types.ts derives the types from them.
import { Type } from 'typebox';
import type { ApiRelType } from '../model.ts';

/** Any JSON value. The schema accepts anything (Neo4j values are made JSON by the query service);
 *  the static type says what the value is. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValueSchema = Type.Unsafe<JsonValue>({});
export const JsonRecordSchema = Type.Record(Type.String(), JsonValueSchema);

/** A node id (ours, e.g. "agency:岳阳市商务粮食局", or a Neo4j elementId for nodes without one). */
export const NodeIdSchema = Type.String({ minLength: 1, maxLength: 1000 });

export const ApiNodeSchema = Type.Object({
  id: Type.String(), // our stable id; falls back to the elementId for nodes without one
  labels: Type.Array(Type.String()),
  properties: JsonRecordSchema,
  /** where to draw it: the overview sends the layout it computed (query-service/explore/overview-layout.ts) */
  position: Type.Optional(Type.Object({ x: Type.Number(), y: Type.Number() })),
});

export const ApiRelationshipSchema = Type.Object({
  id: Type.String(), // Neo4j elementId (virtual ones start "virtual:")
  // a model type (REL_TYPES or VIRTUAL_REL_TYPES); serialised as the string the database holds
  type: Type.Unsafe<ApiRelType>(Type.String()),
  start: Type.String(), // ApiNode.id
  end: Type.String(), // ApiNode.id
  properties: JsonRecordSchema, // evidence, docId, start, end, method, …
});

export const ApiGraphSchema = Type.Object({
  nodes: Type.Array(ApiNodeSchema),
  relationships: Type.Array(ApiRelationshipSchema),
});

/** A graph answer; `truncated` when a limit or the row cap cut it. */
export const GraphResponseSchema = Type.Object({
  nodes: Type.Array(ApiNodeSchema),
  relationships: Type.Array(ApiRelationshipSchema),
  truncated: Type.Boolean(),
});

export const API_ERROR_CODES = [
  'BAD_REQUEST',
  'BAD_PARAMETER',
  'NOT_FOUND',
  'UNKNOWN_SAVED_QUERY',
  'READ_ONLY_QUERY', // a built-in saved query cannot be edited or deleted
  'WRITE_REFUSED',
  'TIMEOUT',
  'SEARCH_INDEXING', // the full-text index is still filling (after a bulk load) or missing
  'MEMORY_LIMIT', // the query needed more memory than one transaction may use
  'HOST_NOT_ALLOWED', // a Host header other than this machine's own name (DNS rebinding)
  'CYPHER_ERROR',
  'NEO4J_UNAVAILABLE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

/** Every error response: HTTP status + this body. */
export const ApiErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.Enum([...API_ERROR_CODES]),
    message: Type.String(),
    requestId: Type.Optional(Type.String()), // the server log's reqId
  }),
});
