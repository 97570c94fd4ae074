// Saved queries (list, save, update, delete, run, picker options) and ad-hoc Cypher.
import type { JsonValue, SavedQueryParam } from '../../../core/api-types.ts';
import {
  CypherRequestSchema,
  LookupResponseSchema,
  NameParamsSchema,
  OptionParamsSchema,
  OptionQuerySchema,
  QueryResultSchema,
  RowGraphRequestSchema,
  RunRequestSchema,
  SavedQueryInfoSchema,
  SavedQueryInputSchema,
  SavedQueryListResponseSchema,
} from '../../../core/api-schemas/queries.ts';
import { GraphResponseSchema } from '../../../core/api-schemas/graph.ts';
import { parseParamText } from '../../../query-service/saved-queries/params.ts';
import type { QueryService } from '../../../query-service/service.ts';
import type { ApiApp } from './api.ts';

const result = { response: { 200: QueryResultSchema } };

export function queryRoutes(app: ApiApp, service: QueryService): void {
  libraryRoutes(app, service);
  app.post(
    '/api/queries/:name/run',
    { schema: { params: NameParamsSchema, body: RunRequestSchema, ...result } },
    async (request) => service.runSaved(request.params.name, request.body?.params ?? {}),
  );
  app.get(
    '/api/queries/:name/params/:param/options',
    {
      schema: {
        params: OptionParamsSchema,
        querystring: OptionQuerySchema,
        response: { 200: LookupResponseSchema },
      },
    },
    async (request) => {
      const query = await service.getQuery(request.params.name);
      return service.lookup(request.params.name, request.params.param, typedQuery(query.params, request.query));
    },
  );
  // the graph behind a result (the explorer asks when it shows one): its nodes and those its rows name
  app.post(
    '/api/query/graph',
    { schema: { body: RowGraphRequestSchema, response: { 200: GraphResponseSchema } } },
    async (request) => service.rowGraph(request.body.ids),
  );
  // the analyst's own Cypher (the console); the explorer itself sends none
  app.post('/api/cypher', { schema: { body: CypherRequestSchema, ...result } }, async (request) =>
    service.runCypher(request.body.cypher, request.body.params ?? {}),
  );
}

/** List, save, update and delete (user queries only; built-ins are read-only). */
function libraryRoutes(app: ApiApp, service: QueryService): void {
  app.get('/api/queries', { schema: { response: { 200: SavedQueryListResponseSchema } } }, async () => ({
    queries: await service.listQueries(),
  }));
  app.post(
    '/api/queries',
    { schema: { body: SavedQueryInputSchema, response: { 201: SavedQueryInfoSchema } } },
    async (request, reply) => reply.status(201).send(await service.saveQuery(request.body)),
  );
  app.put(
    '/api/queries/:name',
    { schema: { params: NameParamsSchema, body: SavedQueryInputSchema, response: { 200: SavedQueryInfoSchema } } },
    async (request) => service.updateQuery(request.params.name, request.body),
  );
  app.delete('/api/queries/:name', { schema: { params: NameParamsSchema } }, async (request, reply) => {
    await service.deleteQuery(request.params.name);
    return reply.status(204).send();
  });
}

/** Query-string values of other parameters: text for text types, else JSON (as the explorer sends
 *  lists and numbers) or the CLI's k=v form. */
function typedQuery(params: SavedQueryParam[], query: Record<string, string>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, raw] of Object.entries(query)) {
    const param = params.find((p) => p.name === key);
    if (!param) continue;
    if (param.type === 'string' || param.type === 'date' || param.type === 'nodeId') {
      out[key] = raw;
      continue;
    }
    try {
      out[key] = JSON.parse(raw) as JsonValue;
    } catch {
      out[key] = parseParamText(param, raw);
    }
  }
  return out;
}
