// Read routes for exploring: health, stats, search, a node, its neighbours, the overview, a plan's text.
import type { FastifyInstance } from 'fastify';
import type { Direction } from '../../../query-service/explore/nodes.ts';
import type { QueryService } from '../../../query-service/service.ts';

const csv = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 1000 } },
} as const;

const searchQuery = {
  type: 'object',
  required: ['q'],
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 200 },
    labels: { type: 'string', maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
  },
} as const;

const neighbourQuery = {
  type: 'object',
  properties: {
    types: { type: 'string', maxLength: 500 },
    direction: { type: 'string', enum: ['out', 'in', 'both'], default: 'both' },
    limit: { type: 'integer', minimum: 1, maximum: 2000, default: 100 },
    perType: { type: 'integer', minimum: 1, maximum: 2000 },
  },
} as const;

interface NeighbourQuery {
  types?: string;
  direction?: Direction;
  limit?: number;
  perType?: number;
}

export function exploreRoutes(app: FastifyInstance, service: QueryService): void {
  app.get('/api/health', async (_request, reply) => {
    const health = await service.health();
    return reply.status(health.ok ? 200 : 503).send(health); // 503: load balancers and scripts see it
  });
  app.get('/api/stats', async () => service.stats());
  overviewRoute(app, service);
  app.get<{ Querystring: { q: string; labels?: string; limit?: number } }>(
    '/api/search',
    { schema: { querystring: searchQuery } },
    async (request) =>
      service.search({ q: request.query.q, labels: csv(request.query.labels), limit: request.query.limit }),
  );
  app.get<{ Params: { id: string } }>('/api/nodes/:id', { schema: { params: idParams } }, async (request) =>
    service.node(request.params.id),
  );
  app.get<{ Params: { id: string }; Querystring: NeighbourQuery }>(
    '/api/nodes/:id/neighbours',
    { schema: { params: idParams, querystring: neighbourQuery } },
    async (request) => service.neighbours({ id: request.params.id, ...request.query, types: csv(request.query.types) }),
  );
  app.get<{ Params: { id: string } }>('/api/documents/:id/text', { schema: { params: idParams } }, async (request) =>
    service.documentText(request.params.id),
  );
}

/** The overview is the same for every visitor while the graph is unchanged (the service caches the
 *  object): its JSON text is kept too, keyed by that object. */
function overviewRoute(app: FastifyInstance, service: QueryService): void {
  const overviewText = new WeakMap<object, string>();
  app.get('/api/overview', async (_request, reply) => {
    const overview = await service.overview();
    let text = overviewText.get(overview);
    if (text === undefined) {
      text = JSON.stringify(overview);
      overviewText.set(overview, text);
    }
    return reply.type('application/json; charset=utf-8').send(text);
  });
}
