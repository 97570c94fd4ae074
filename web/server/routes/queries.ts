// Saved queries (list, save, update, delete, run, picker options) and ad-hoc Cypher.
import type { FastifyInstance } from 'fastify';
import type {
  CypherRequest,
  JsonValue,
  RunRequest,
  SavedQueryInput,
  SavedQueryListResponse,
  SavedQueryParam,
} from '../../../core/api-types.ts';
import { parseParamText } from '../../../query-service/saved-queries/params.ts';
import type { QueryService } from '../../../query-service/service.ts';

const nameParams = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

const paramsObject = { type: 'object', additionalProperties: true } as const;

const paramSchema = {
  type: 'object',
  required: ['name', 'type'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 64 },
    type: { type: 'string', enum: ['string', 'integer', 'float', 'boolean', 'date', 'string[]', 'nodeId'] },
    default: {},
    description: { type: 'string', maxLength: 1000 },
    allowed: { type: 'array', maxItems: 500 },
    lookup: { type: 'string', maxLength: 20_000 },
    dependsOn: { type: 'array', items: { type: 'string' } },
    normalise: { type: 'string', enum: ['simplified', 'fulltext'] },
  },
} as const;

const inputSchema = {
  type: 'object',
  required: ['name', 'title', 'cypher'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 64 },
    title: {
      type: 'object',
      required: ['zh', 'en'],
      properties: { zh: { type: 'string', maxLength: 200 }, en: { type: 'string', maxLength: 200 } },
    },
    description: { type: 'string', maxLength: 5000 },
    topic: { type: 'string', maxLength: 100 },
    params: { type: 'array', items: paramSchema, maxItems: 50 },
    view: { type: 'string', enum: ['graph', 'table'] },
    cypher: { type: 'string', minLength: 1, maxLength: 100_000 },
  },
} as const;

const runBody = { type: 'object', properties: { params: paramsObject } } as const;
const cypherBody = {
  type: 'object',
  required: ['cypher'],
  properties: { cypher: { type: 'string', minLength: 1, maxLength: 100_000 }, params: paramsObject },
} as const;
const optionParams = {
  type: 'object',
  required: ['name', 'param'],
  properties: { name: { type: 'string', maxLength: 64 }, param: { type: 'string', maxLength: 64 } },
} as const;

export function queryRoutes(app: FastifyInstance, service: QueryService): void {
  libraryRoutes(app, service);
  app.post<{ Params: { name: string }; Body: RunRequest }>(
    '/api/queries/:name/run',
    { schema: { params: nameParams, body: runBody } },
    async (request) => service.runSaved(request.params.name, request.body?.params ?? {}),
  );
  app.get<{ Params: { name: string; param: string }; Querystring: Record<string, string> }>(
    '/api/queries/:name/params/:param/options',
    { schema: { params: optionParams } },
    async (request) => {
      const query = await service.getQuery(request.params.name);
      return service.lookup(request.params.name, request.params.param, typedQuery(query.params, request.query));
    },
  );
  app.post<{ Body: CypherRequest }>('/api/cypher', { schema: { body: cypherBody } }, async (request) =>
    service.runCypher(request.body.cypher, request.body.params ?? {}),
  );
}

/** List, save, update and delete (user queries only; built-ins are read-only). */
function libraryRoutes(app: FastifyInstance, service: QueryService): void {
  app.get('/api/queries', async (): Promise<SavedQueryListResponse> => ({ queries: await service.listQueries() }));
  app.post<{ Body: SavedQueryInput }>('/api/queries', { schema: { body: inputSchema } }, async (request, reply) =>
    reply.status(201).send(await service.saveQuery(request.body)),
  );
  app.put<{ Params: { name: string }; Body: SavedQueryInput }>(
    '/api/queries/:name',
    { schema: { params: nameParams, body: inputSchema } },
    async (request) => service.updateQuery(request.params.name, request.body),
  );
  app.delete<{ Params: { name: string } }>(
    '/api/queries/:name',
    { schema: { params: nameParams } },
    async (request, reply) => {
      await service.deleteQuery(request.params.name);
      return reply.status(204).send();
    },
  );
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
