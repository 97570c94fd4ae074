// What every response carries and what every request must show. Headers: a Content-Security-Policy
// fit for the built explorer (its own scripts only; inline styles for CodeMirror and React; blob:
// workers for the ForceAtlas2 layout; no framing), nosniff, X-Frame-Options, Referrer-Policy and the
// request id. On loopback, the Host header must name this machine (localhost, 127.0.0.1 or [::1]) with
// the server's port, so a page on another site cannot reach the API through DNS rebinding.
import type { FastifyInstance } from 'fastify';
import { apiError } from './errors.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(HEADERS)) if (!reply.hasHeader(name)) void reply.header(name, value);
    void reply.header('x-request-id', request.id);
    return payload;
  });
}

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a Host header names this machine on `port` (a missing port means 80). */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!match) return false;
  const [, name, given] = match;
  return LOCAL_NAMES.has(name) && Number(given ?? 80) === port;
}

/** Refuses (403) requests whose Host is not this machine's own name and port. */
export function installHostCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) return; // not listening (inject)
    if (isLocalHost(request.headers.host, address.port)) return;
    await reply
      .status(403)
      .send(
        apiError(
          'HOST_NOT_ALLOWED',
          `Host "${request.headers.host ?? ''}" is not this server: open it as http://127.0.0.1:${address.port}`,
        ),
      );
  });
}
