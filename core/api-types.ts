// The HTTP API's request and response types: the one file that the server (web/server) and the
// browser (web/src/api) share. Each type is derived from the route schema in core/api-schemas/
// (TypeBox: the same object validates requests and serialises responses), so there is no second,
// hand-kept copy. All values are plain JSON (Neo4j integers → numbers, temporals → ISO strings);
// nothing from neo4j-driver crosses this line. The browser imports types only (`import type`).
import type { Static } from 'typebox';
import type {
  ApiErrorSchema,
  ApiGraphSchema,
  ApiNodeSchema,
  ApiRelationshipSchema,
  GraphResponseSchema,
} from './api-schemas/graph.ts';
import type {
  DocumentTextResponseSchema,
  HealthResponseSchema,
  LinksRequestSchema,
  ExpandRequestSchema,
  ExpandResponseSchema,
  NeighbourQuerySchema,
  NodeResponseSchema,
  NodesRequestSchema,
  NodesResponseSchema,
  SearchHitSchema,
  SearchQuerySchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from './api-schemas/explore.ts';
import type {
  CypherRequestSchema,
  RowGraphRequestSchema,
  LookupResponseSchema,
  QueryResultSchema,
  RunRequestSchema,
  SavedQueryInfoSchema,
  SavedQueryInputSchema,
  SavedQueryListResponseSchema,
  SavedQueryParamInputSchema,
  SavedQueryParamSchema,
} from './api-schemas/queries.ts';
import type { ExportRequestSchema, ExportSourceSchema } from './api-schemas/export.ts';

export type { JsonValue } from './api-schemas/graph.ts';
export { API_ERROR_CODES } from './api-schemas/graph.ts';
export { DIRECTIONS, MAX_IDS } from './api-schemas/explore.ts';
export { PARAM_TYPES, ROW_GRAPH_MAX_IDS, VIEWS } from './api-schemas/queries.ts';
export { EXPORT_FORMATS } from './api-schemas/export.ts';

// the graph
export type ApiNode = Static<typeof ApiNodeSchema>;
export type ApiRelationship = Static<typeof ApiRelationshipSchema>;
export type ApiGraph = Static<typeof ApiGraphSchema>;
export type GraphResponse = Static<typeof GraphResponseSchema>;
export type ApiError = Static<typeof ApiErrorSchema>;
export type ApiErrorCode = ApiError['error']['code'];

// exploring
export type HealthResponse = Static<typeof HealthResponseSchema>;
export type StatsResponse = Static<typeof StatsResponseSchema>;
export type SearchQuery = Static<typeof SearchQuerySchema>;
export type SearchHit = Static<typeof SearchHitSchema>;
export type SearchResponse = Static<typeof SearchResponseSchema>;
export type NodeResponse = Static<typeof NodeResponseSchema>;
export type NeighbourQuery = Static<typeof NeighbourQuerySchema>;
export type Direction = NeighbourQuery['direction'];
export type NodesRequest = Static<typeof NodesRequestSchema>;
export type NodesResponse = Static<typeof NodesResponseSchema>;
export type LinksRequest = Static<typeof LinksRequestSchema>;
export type ExpandRequest = Static<typeof ExpandRequestSchema>;
export type ExpandResponse = Static<typeof ExpandResponseSchema>;
export type DocumentTextResponse = Static<typeof DocumentTextResponseSchema>;

// saved queries and ad-hoc Cypher
export type SavedQueryParam = Static<typeof SavedQueryParamSchema>;
export type SavedQueryParamInput = Static<typeof SavedQueryParamInputSchema>;
export type ParamType = SavedQueryParam['type'];
export type SavedQueryInfo = Static<typeof SavedQueryInfoSchema>;
export type SavedQueryListResponse = Static<typeof SavedQueryListResponseSchema>;
export type SavedQueryInput = Static<typeof SavedQueryInputSchema>;
export type LookupResponse = Static<typeof LookupResponseSchema>;
export type RunRequest = Static<typeof RunRequestSchema>;
export type CypherRequest = Static<typeof CypherRequestSchema>;
export type RowGraphRequest = Static<typeof RowGraphRequestSchema>;
export type QueryResult = Static<typeof QueryResultSchema>;
/** What cut a result: the row cap, the byte budget (FTZ_BYTE_BUDGET) or the timeout after rows had come. */
export type TruncationReason = QueryResult['truncatedReason'] & string;

// exports
export type ExportFormat = ExportRequest['format'];
export type ExportSource = Static<typeof ExportSourceSchema>;
export type ExportRequest = Static<typeof ExportRequestSchema>;
