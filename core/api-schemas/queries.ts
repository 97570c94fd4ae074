// Saved queries (built-in from cypher/queries/*.cypher, user ones stored as :SavedQuery nodes) and
// the analyst's ad-hoc Cypher.
import { Type } from 'typebox';
import { ApiGraphSchema, JsonRecordSchema, JsonValueSchema, NodeIdSchema } from './graph.ts';

export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'string[]', 'nodeId'] as const;

const paramFields = {
  name: Type.String({ minLength: 1, maxLength: 64 }),
  type: Type.Enum([...PARAM_TYPES]),
  description: Type.Optional(Type.String({ maxLength: 1000 })),
  descriptionZh: Type.Optional(Type.String({ maxLength: 1000 })), // the description in Chinese (built-in queries)
  allowed: Type.Optional(Type.Array(JsonValueSchema, { maxItems: 500 })), // fixed choices
  lookup: Type.Optional(Type.String({ maxLength: 20_000 })), // read-only Cypher returning rows {value, label} for a picker
  dependsOn: Type.Optional(Type.Array(Type.String())), // parameters the lookup uses (dependent pickers)
  // the server converts traditional input to simplified (fulltext: also escapes Lucene syntax)
  normalise: Type.Optional(Type.Enum(['simplified', 'fulltext'])),
};
/** A parameter as the library holds it: always with a default (null when none was given). */
export const SavedQueryParamSchema = Type.Object({ ...paramFields, default: JsonValueSchema });
/** A parameter as a user sends it: the default may be left out. */
export const SavedQueryParamInputSchema = Type.Object({ ...paramFields, default: Type.Optional(JsonValueSchema) });

const titleSchema = Type.Object({ zh: Type.String({ maxLength: 200 }), en: Type.String({ maxLength: 200 }) });
/** preferred views: timeline reads rows with a date (cypher/README.md, "Timeline view") */
export const VIEWS = ['graph', 'table', 'timeline'] as const;

export const SavedQueryInfoSchema = Type.Object({
  name: Type.String(), // file stem or user name: "lead-bureaus-by-industry"
  title: titleSchema,
  description: Type.String(),
  descriptionZh: Type.Optional(Type.String()), // the description in Chinese (built-in queries)
  // the query runs on a selected node of this label (or one of labels joined by |), which fills this parameter
  selection: Type.Optional(Type.Object({ label: Type.String(), param: Type.String() })),
  topic: Type.String(),
  params: Type.Array(SavedQueryParamSchema),
  view: Type.Enum([...VIEWS]),
  cypher: Type.String(),
  builtIn: Type.Boolean(),
});
// GET /api/queries
export const SavedQueryListResponseSchema = Type.Object({ queries: Type.Array(SavedQueryInfoSchema) });

// POST /api/queries {SavedQueryInput}; PUT /api/queries/:name; DELETE /api/queries/:name
export const SavedQueryInputSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 64 }),
  title: titleSchema,
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  topic: Type.Optional(Type.String({ maxLength: 100 })),
  params: Type.Optional(Type.Array(SavedQueryParamInputSchema, { maxItems: 50 })),
  view: Type.Optional(Type.Enum([...VIEWS])),
  cypher: Type.String({ minLength: 1, maxLength: 100_000 }),
});
export const NameParamsSchema = Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }) });

// GET /api/queries/:name/params/:param/options?other=values → picker options
export const OptionParamsSchema = Type.Object({
  name: Type.String({ maxLength: 64 }),
  param: Type.String({ maxLength: 64 }),
});
export const OptionQuerySchema = Type.Record(Type.String(), Type.String());
export const LookupResponseSchema = Type.Object({
  options: Type.Array(Type.Object({ value: JsonValueSchema, label: Type.String() })),
});

// POST /api/queries/:name/run {params}; POST /api/cypher {cypher, params}
export const RunRequestSchema = Type.Object({ params: Type.Optional(JsonRecordSchema) });
export const CypherRequestSchema = Type.Object({
  cypher: Type.String({ minLength: 1, maxLength: 100_000 }),
  params: Type.Optional(JsonRecordSchema),
});
export const QueryResultSchema = Type.Object({
  columns: Type.Array(Type.String()),
  rows: Type.Array(JsonRecordSchema),
  // nodes and relationships the rows hold as values, de-duplicated; the nodes the rows name by id
  // and the relationships among them come apart, from POST /api/query/graph
  graph: ApiGraphSchema,
  truncated: Type.Boolean(), // the row cap, the byte budget or the timeout cut the result
  /** present when truncated: the row cap, the byte budget (FTZ_BYTE_BUDGET) or the timeout after rows had come */
  truncatedReason: Type.Optional(Type.Union([Type.Literal('rows'), Type.Literal('bytes'), Type.Literal('timeout')])),
  /** every row the statement yields when the row cap cut it (counted past the cap, up to a million) */
  total: Type.Optional(Type.Number()),
  plan: Type.Optional(Type.Boolean()), // the rows are the EXPLAIN/PROFILE plan (one operator a row)
  rowCap: Type.Number(),
  elapsedMs: Type.Number(),
});

/** POST /api/query/graph {ids} → GraphResponse: the graph behind a result, asked for when it is shown.
 *  `ids` are the result's node ids and those its rows name (core/row-ids.ts); past ROW_ID_CAP the
 *  answer is `truncated`. */
export const ROW_GRAPH_MAX_IDS = 5_000;
export const RowGraphRequestSchema = Type.Object({
  ids: Type.Array(NodeIdSchema, { maxItems: ROW_GRAPH_MAX_IDS }),
});
