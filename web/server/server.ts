// The FTZ Atlas API server (fastify 5): the routes of core/api-schemas over the query service, the built
// explorer from web/dist with a fallback to index.html for client-side routes, errors as
// {error:{code,message}}, and a bearer token when the server listens beyond loopback.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { assertTokenForHost, installTokenCheck } from './http/auth.ts';
import { apiError, installErrorHandler } from './http/errors.ts';
import { exploreRoutes } from './routes/explore.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { queryRoutes } from './routes/queries.ts';
import { createQueryService, limitsFromEnv } from '../../query-service/service.ts';

export interface ServerOptions {
  driver: Driver;
  database?: string;
  staticDir?: string;
  token?: string;
  queryTimeoutMs?: number;
  rowCap?: number;
  /** fastify's logger (off by default; tests and the CLI print their own lines) */
  logger?: boolean;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  const env = limitsFromEnv();
  const service = createQueryService({
    driver: opts.driver,
    database: opts.database,
    queryTimeoutMs: opts.queryTimeoutMs ?? env.queryTimeoutMs,
    rowCap: opts.rowCap ?? env.rowCap,
  });
  installErrorHandler(app);
  if (opts.token !== undefined && opts.token.trim() !== '') installTokenCheck(app, opts.token.trim());
  exploreRoutes(app, service);
  graphRoutes(app, service);
  queryRoutes(app, service);
  exportRoutes(app, service);
  const staticDir =
    opts.staticDir && existsSync(path.join(opts.staticDir, 'index.html')) ? path.resolve(opts.staticDir) : null;
  if (staticDir) await app.register(fastifyStatic, { root: staticDir, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler(async (request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api') && !path.extname(request.url.split('?')[0]);
    if (staticDir && isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.status(404).send(apiError('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
  return app;
}

export async function startServer(
  opts: ServerOptions & { host: string; port: number },
): Promise<{ url: string; close(): Promise<void> }> {
  assertTokenForHost(opts.host, opts.token);
  const app = await buildServer(opts);
  await app.listen({ host: opts.host, port: opts.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
