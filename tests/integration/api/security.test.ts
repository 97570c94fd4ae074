// The HTTP edge (issue 11): on loopback only requests naming this machine and port in their Host
// header are served (DNS rebinding); every response carries the security headers; a saved query
// whose picker lookup writes is refused when it is saved.
import { request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../core/api-types.ts';
import { startServer } from '../../../web/server/server.ts';
import { isLocalHost } from '../../../web/server/http/security.ts';
import { seededDriver } from '../queries/seeded.ts';

let driver: Driver;
let server: { url: string; close(): Promise<void> };
let port: number;

beforeAll(async () => {
  driver = await seededDriver();
  server = await startServer({ driver, host: '127.0.0.1', port: 0, logger: false });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

/** A GET with a Host header of our choosing (fetch does not let one set it). */
function get(path: string, host: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header on loopback', () => {
  it.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST'])('serves %s with the port', async (name) => {
    expect((await get('/api/health', `${name}:${port}`)).status).toBe(200);
  });

  it.each([
    'evil.example',
    'evil.example:PORT',
    '127.0.0.1.nip.io:PORT',
    '127.0.0.1:1',
    'localhost',
    'localhost:PORT@evil',
  ])('refuses Host "%s"', async (host) => {
    const res = await get('/api/health', host.replace('PORT', String(port)));
    expect(res.status).toBe(403);
    expect((JSON.parse(res.body) as ApiError).error.code).toBe('HOST_NOT_ALLOWED');
    expect((await get('/', host.replace('PORT', String(port)))).status).toBe(403);
  });

  it('a missing port means 80', () => {
    expect(isLocalHost('localhost', 80)).toBe(true);
    expect(isLocalHost('localhost:80', 80)).toBe(true);
    expect(isLocalHost('localhost', 4173)).toBe(false);
    expect(isLocalHost(undefined, 80)).toBe(false);
  });
});

describe('security headers', () => {
  it.each(['/api/health', '/api/nope', '/api/nodes/nope', '/'])('on %s', async (path) => {
    const res = await get(path, `127.0.0.1:${port}`);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });
});

describe('saving a query', () => {
  const input = (lookup: string) => ({
    name: 'writing-lookup',
    title: { zh: '写入', en: 'writes' },
    cypher: 'MATCH (a:Agency {name: $agency}) RETURN a',
    params: [{ name: 'agency', type: 'string', default: '岳阳海关', lookup }],
  });
  const post = (body: unknown, method = 'POST', path = '/api/queries') =>
    fetch(`${server.url}${path}`, {
      method,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('refuses a picker lookup that writes, and stores nothing', async () => {
    for (const lookup of [
      "CREATE (x:Agency {name: 'x'}) RETURN x.name AS value",
      'MATCH (a:Agency) SET a.flag = true RETURN a.name AS value',
      "CALL db.createLabel('Hacked')",
    ]) {
      const res = await post(input(lookup));
      expect(res.status, lookup).toBe(403);
      const body = (await res.json()) as ApiError;
      expect(body.error.code).toBe('WRITE_REFUSED');
      expect(body.error.message).toContain('agency');
      const list = (await (await fetch(`${server.url}/api/queries`)).json()) as { queries: { name: string }[] };
      expect(list.queries.map((q) => q.name)).not.toContain('writing-lookup');
    }
  });

  it('accepts a reading lookup, and refuses a writing one on update too', async () => {
    const ok = await post(input('MATCH (a:Agency) RETURN a.name AS value LIMIT 5'));
    expect(ok.status).toBe(201);
    try {
      const bad = await post(
        input('MERGE (a:Agency {name: "x"}) RETURN a.name AS value'),
        'PUT',
        '/api/queries/writing-lookup',
      );
      expect(bad.status).toBe(403);
    } finally {
      await fetch(`${server.url}/api/queries/writing-lookup`, { method: 'DELETE' });
    }
  });
});
