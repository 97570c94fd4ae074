// Exploring: health, stats, search, a node, its neighbours, nodes and links by id, a plan's text.
import { Type } from 'typebox';
import type { UnderstandingReport } from '../model.ts';
import { ApiNodeSchema, ApiRelationshipSchema, NodeIdSchema } from './graph.ts';

// GET /api/health
export const HealthResponseSchema = Type.Object({
  ok: Type.Boolean(),
  neo4j: Type.Object({
    address: Type.String(),
    version: Type.Union([Type.String(), Type.Null()]),
    reachable: Type.Boolean(),
  }),
});

// GET /api/stats — counts for the legend and the first page
export const StatsResponseSchema = Type.Object({
  labels: Type.Record(Type.String(), Type.Number()),
  relationshipTypes: Type.Record(Type.String(), Type.Number()),
  documents: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), file: Type.String() })),
});

// GET /api/search?q=…&labels=Agency,Measure&limit=20
export const SearchQuerySchema = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  labels: Type.Optional(Type.String({ maxLength: 200 })), // comma-separated
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
});
export const SearchHitSchema = Type.Object({
  node: ApiNodeSchema,
  label: Type.String(), // the node's main label (for grouping)
  score: Type.Number(),
  display: Type.String(), // name or title
  // matched words in `text`: [start, end) ranges
  highlight: Type.Object({ text: Type.String(), ranges: Type.Array(Type.Tuple([Type.Number(), Type.Number()])) }),
});
export const SearchResponseSchema = Type.Object({
  query: Type.String(), // the input as searched (simplified character by character)
  hits: Type.Array(SearchHitSchema),
  // present when the full-text index cannot answer yet: filling after a bulk load (how far), or missing
  indexing: Type.Optional(
    Type.Object({ state: Type.Union([Type.Literal('filling'), Type.Literal('missing')]), percent: Type.Number() }),
  ),
});

// GET /api/nodes/:id (id URL-encoded); GET /api/documents/:id/text
export const IdParamsSchema = Type.Object({ id: NodeIdSchema });
export const NodeResponseSchema = Type.Object({
  node: ApiNodeSchema,
  degree: Type.Record(Type.String(), Type.Number()), // relationship type → count
});

// GET /api/nodes/:id/neighbours?types=LEADS,SUPPORTS&direction=out|in|both&limit=25&perType=5
export const DIRECTIONS = ['out', 'in', 'both'] as const;
export const NeighbourQuerySchema = Type.Object({
  types: Type.Optional(Type.String({ maxLength: 500 })), // comma-separated
  direction: Type.Enum([...DIRECTIONS], { default: 'both' }),
  limit: Type.Integer({ minimum: 1, maximum: 2000, default: 100 }),
  perType: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
});

/** How many ids one request of /api/graph/nodes or /api/graph/links may name. */
export const MAX_IDS = 5000;
const IdListSchema = Type.Array(NodeIdSchema, { minItems: 1, maxItems: MAX_IDS });

// POST /api/graph/nodes {ids} → the nodes that exist, in the order asked
export const NodesRequestSchema = Type.Object({ ids: IdListSchema });
export const NodesResponseSchema = Type.Object({ nodes: Type.Array(ApiNodeSchema) });

// POST /api/graph/links {ids, among?} → GraphResponse: every relationship between two of `ids`, and
// with `among` also those between one of `ids` and one of `among`, with the nodes at their ends
export const LinksRequestSchema = Type.Object({
  ids: IdListSchema,
  among: Type.Optional(Type.Array(NodeIdSchema, { maxItems: MAX_IDS })),
});

// POST /api/graph/expand {id, types?, perType, exclude?} → the next batch of neighbours: per type up
// to perType of those not in `exclude` (the nodes on screen), and per type how many are left after it
export const ExpandRequestSchema = Type.Object({
  id: NodeIdSchema,
  types: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 40 })),
  perType: Type.Integer({ minimum: 1, maximum: 2000 }),
  exclude: Type.Optional(Type.Array(NodeIdSchema, { maxItems: MAX_IDS })),
});
export const ExpandResponseSchema = Type.Object({
  nodes: Type.Array(ApiNodeSchema),
  relationships: Type.Array(ApiRelationshipSchema),
  truncated: Type.Boolean(),
  remaining: Type.Record(Type.String(), Type.Number()),
});

// GET /api/documents/:id/text — the reader view
export const DocumentTextResponseSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  file: Type.String(),
  text: Type.String(),
  measures: Type.Array(
    Type.Object({
      id: Type.String(),
      path: Type.String(),
      number: Type.String(),
      title: Type.String(),
      start: Type.Number(),
      end: Type.Number(),
      depth: Type.Number(),
    }),
  ),
  mentions: Type.Array(
    Type.Object({
      nodeId: Type.String(),
      label: Type.String(),
      start: Type.Number(),
      end: Type.Number(),
      relType: Type.String(),
      relId: Type.String(),
    }),
  ),
  /** what the loader understood (null: loaded before reports existed); its shape is UnderstandingReport */
  report: Type.Union([Type.Unsafe<UnderstandingReport>(Type.Object({}, { additionalProperties: true })), Type.Null()]),
});
