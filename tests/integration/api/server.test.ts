// The server around the routes: the built explorer with a fallback to index.html, JSON 404s for
// unknown API routes, the bearer token, refusing to listen beyond loopback without one — over real
// HTTP on a free port.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../core/errors.ts';
import { startServer } from '../../../web/server/server.ts';
import { seededDriver } from '../queries/seeded.ts';

let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = await seededDriver();
  dir = await mkdtemp(path.join(tmpdir(), 'ftz-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>FTZ Atlas</title><div id="root"></div>');
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log("explorer")');
});
afterAll(async () => {
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the server', () => {
  it('serves the explorer, falls back to index.html for client routes, and answers unknown API routes with JSON', async () => {
    const server = await startServer({ driver, staticDir: dir, host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('FTZ Atlas');
      const asset = await fetch(`${server.url}/assets/app.js`);
      expect(await asset.text()).toContain('explorer');
      const deep = await fetch(`${server.url}/queries/lead-bureaus-by-industry?x=1`);
      expect(deep.status).toBe(200);
      expect(deep.headers.get('content-type')).toContain('text/html');
      const missingAsset = await fetch(`${server.url}/assets/missing.js`);
      expect(missingAsset.status).toBe(404);
      const api = await fetch(`${server.url}/api/nope`);
      expect(api.status).toBe(404);
      expect(await api.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route GET /api/nope' } });
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('with a token, every /api request needs Authorization: Bearer', async () => {
    const server = await startServer({ driver, staticDir: dir, host: '127.0.0.1', port: 0, token: 's3cret-token' });
    try {
      const none = await fetch(`${server.url}/api/health`);
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
      const wrong = await fetch(`${server.url}/api/stats`, { headers: { Authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
      for (const sneaky of ['/%61pi/stats', '/API/stats', '//api/stats']) {
        expect((await fetch(`${server.url}${sneaky}`)).status, sneaky).toBe(401);
      }
      const right = await fetch(`${server.url}/api/stats`, { headers: { Authorization: 'Bearer s3cret-token' } });
      expect(right.status).toBe(200);
      const post = await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        body: JSON.stringify({ cypher: 'RETURN 1 AS x' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(post.status).toBe(401);
      expect((await fetch(`${server.url}/`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it.each(['0.0.0.0', '::', '192.168.1.20'])('refuses to listen on %s without FTZ_TOKEN', async (host) => {
    await expect(startServer({ driver, host, port: 0 })).rejects.toBeInstanceOf(UsageError);
    await expect(startServer({ driver, host, port: 0, token: '  ' })).rejects.toThrow(/FTZ_TOKEN/);
  });

  it('listens beyond loopback when a token is given', async () => {
    const server = await startServer({ driver, host: '0.0.0.0', port: 0, token: 'tok' });
    try {
      const port = new URL(server.url).port;
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { Authorization: 'Bearer tok' } });
      expect(res.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
