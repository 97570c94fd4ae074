// Read routes for exploring: health, stats, search, a node, its neighbours, the overview, a plan's text.
import {
  DocumentTextResponseSchema,
  HealthResponseSchema,
  IdParamsSchema,
  NeighbourQuerySchema,
  NodeResponseSchema,
  SearchQuerySchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from '../../../core/api-schemas/explore.ts';
import { GraphResponseSchema } from '../../../core/api-schemas/graph.ts';
import type { GraphResponse } from '../../../core/api-types.ts';
import type { QueryService } from '../../../query-service/service.ts';
import { csv } from './api.ts';
import type { ApiApp } from './api.ts';

export function exploreRoutes(app: ApiApp, service: QueryService): void {
  app.get('/api/health', { schema: { response: { 200: HealthResponseSchema } } }, async () => service.health());
  app.get('/api/stats', { schema: { response: { 200: StatsResponseSchema } } }, async () => service.stats());
  overviewRoute(app, service);
  app.get(
    '/api/search',
    { schema: { querystring: SearchQuerySchema, response: { 200: SearchResponseSchema } } },
    async (request) =>
      service.search({ q: request.query.q, labels: csv(request.query.labels), limit: request.query.limit }),
  );
  app.get(
    '/api/nodes/:id',
    { schema: { params: IdParamsSchema, response: { 200: NodeResponseSchema } } },
    async (request) => service.node(request.params.id),
  );
  app.get(
    '/api/nodes/:id/neighbours',
    {
      schema: { params: IdParamsSchema, querystring: NeighbourQuerySchema, response: { 200: GraphResponseSchema } },
    },
    async (request) => service.neighbours({ id: request.params.id, ...request.query, types: csv(request.query.types) }),
  );
  app.get(
    '/api/documents/:id/text',
    { schema: { params: IdParamsSchema, response: { 200: DocumentTextResponseSchema } } },
    async (request) => service.documentText(request.params.id),
  );
}

/** The overview is the same for every visitor while the graph is unchanged (the service caches the
 *  object): its JSON text is kept too, keyed by that object, and sent as is (fastify does not
 *  serialise a string payload again; the schema still documents the shape). */
function overviewRoute(app: ApiApp, service: QueryService): void {
  const overviewText = new WeakMap<object, string>();
  app.get('/api/overview', { schema: { response: { 200: GraphResponseSchema } } }, async (_request, reply) => {
    const overview = await service.overview();
    let text = overviewText.get(overview);
    if (text === undefined) {
      text = JSON.stringify(overview);
      overviewText.set(overview, text);
    }
    // a string with a JSON content type is sent as is: the type provider expects the object it stands for
    return reply.type('application/json; charset=utf-8').send(text as unknown as GraphResponse);
  });
}
