// Access control: on loopback the API is open; anywhere else a token is required at start-up and
// every /api request must carry `Authorization: Bearer <token>` (compared in constant time).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { UsageError } from '../../../core/errors.ts';
import { apiError } from './errors.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.trim().toLowerCase());
}

/** Refuses to listen beyond loopback without a token. */
export function assertTokenForHost(host: string, token: string | undefined): void {
  if (!isLoopback(host) && (token === undefined || token.trim() === '')) {
    throw new UsageError(`HOST=${host} exposes the API beyond this machine: set FTZ_TOKEN to an access token first`);
  }
}

export function installTokenCheck(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRequest(request.routeOptions.url, request.url)) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1].trim()), expected)) {
      await reply
        .status(401)
        .header('WWW-Authenticate', 'Bearer')
        .send(apiError('UNAUTHORIZED', 'this API needs Authorization: Bearer <FTZ_TOKEN>'));
    }
  });
}

/** An API request by the route it matched (percent-encoded paths such as /%61pi/… match API routes
 *  too) or, for unmatched paths, by its decoded path. */
export function isApiRequest(route: string | undefined, url: string): boolean {
  if (route !== undefined && route.startsWith('/api')) return true;
  const path = url.split('?')[0];
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a malformed escape: judge the raw path
  }
  return /^\/+api(?:\/|$)/i.test(decoded);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
