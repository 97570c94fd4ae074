// Bounded answers (issue 11): a ~500 MB answer is cut at the byte budget while the process's memory
// stays flat; a query that collects 10⁸ values is refused by Neo4j's per-transaction memory limit
// within the timeout, as a 4xx; a timeout after rows have come answers with those rows; user errors
// are 4xx with the server's words; every server error is logged with the request id the body names.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiError, QueryResult } from '../../../core/api-types.ts';
import { DEFAULT_BYTE_BUDGET } from '../../../query-service/query/run-read.ts';
import neo4j from 'neo4j-driver';
import { freePort } from '../../../database/server.ts';
import { buildServer } from '../../../web/server/server.ts';
import { seededDriver } from '../queries/seeded.ts';

let driver: Driver;
let app: FastifyInstance;
const MEMORY_TIMEOUT_MS = 90_000;

beforeAll(async () => {
  driver = await seededDriver();
  app = await buildServer({ driver, queryTimeoutMs: MEMORY_TIMEOUT_MS, logger: false });
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const cypher = (app: FastifyInstance, text: string, params: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: '/api/cypher', payload: { cypher: text, params } });

/** Peak resident memory while `work` runs, sampled every 20 ms, above the RSS before it. */
async function rssGrowth<T>(work: () => Promise<T>): Promise<{ value: T; growthMiB: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growthMiB: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

describe('bounded answers', () => {
  it('a ~500 MB answer is cut at the byte budget, with truncated and the reason, and memory stays flat', async () => {
    // 5,000 rows (the row cap) of 8,000 ten-letter strings: ~104 KB of JSON each, ~520 MB in all
    const big = 'UNWIND range(1, 5000) AS i RETURN i, [x IN range(1, 8000) | "abcdefghij"] AS big';
    const { value: res, growthMiB } = await rssGrowth(() => cypher(app, big));
    expect(res.statusCode).toBe(200);
    const body = res.json() as QueryResult;
    expect(body.truncated).toBe(true);
    expect(body.truncatedReason).toBe('bytes');
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(5000);
    expect(res.payload.length).toBeLessThanOrEqual(DEFAULT_BYTE_BUDGET + 4096);
    expect(res.payload.length).toBeGreaterThan(DEFAULT_BYTE_BUDGET - 2 * 104_000);
    expect(growthMiB).toBeLessThan(100);
  });

  it('a small budget cuts nodes and their graph together', async () => {
    const small = await buildServer({ driver, byteBudget: 20_000, logger: false });
    try {
      const res = await cypher(small, 'MATCH (m:Measure) RETURN m');
      const body = res.json() as QueryResult;
      expect(body.truncatedReason).toBe('bytes');
      expect(res.payload.length).toBeLessThanOrEqual(20_000 + 1024);
      expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(
        body.rows.map((r) => (r['m'] as { id: string }).id).sort(),
      );
    } finally {
      await small.close();
    }
  });

  it('collecting 10⁸ values is refused by the memory limit within the timeout, as a 4xx', async () => {
    const started = performance.now();
    const res = await cypher(app, 'UNWIND range(1, 100000000) AS x RETURN collect(x) AS xs');
    const elapsed = performance.now() - started;
    expect(res.statusCode).toBe(422);
    const body = res.json() as ApiError;
    expect(body.error.code).toBe('MEMORY_LIMIT');
    expect(body.error.message).toMatch(/memory/);
    expect(elapsed).toBeLessThan(MEMORY_TIMEOUT_MS);
  }, 150_000);

  it('a timeout after rows have come answers with those rows, marked', async () => {
    const quick = await buildServer({ driver, queryTimeoutMs: 3000, logger: false });
    try {
      const res = await cypher(
        quick,
        'UNWIND range(1, 2000000000) AS i WITH i WHERE i <= 150 OR i % 50000000 = 0 RETURN i',
      );
      expect(res.statusCode).toBe(200);
      const body = res.json() as QueryResult;
      expect(body.truncatedReason).toBe('timeout');
      expect(body.rows.slice(0, 100).map((r) => r['i'])).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
    } finally {
      await quick.close();
    }
  });
});

describe('user errors are 4xx with the server message', () => {
  it.each([
    ['a syntax error', 'RETURN 1 +', {}, /Invalid input/],
    ['an unknown function', 'RETURN nosuch(1)', {}, /nosuch/i],
    ['a missing parameter', 'RETURN $x AS x', {}, /Expected parameter\(s\): x/],
    ['division by zero', 'RETURN 1 / 0 AS x', {}, /by zero/],
    ['a bad temporal value', "RETURN date('not a date') AS d", {}, /date/i],
    [
      'all-pairs shortestPath (start = end)',
      'MATCH (a:Agency), (b:Agency) MATCH p = shortestPath((a)-[*]-(b)) RETURN count(p)',
      {},
      /shortest path/i,
    ],
  ])('%s', async (_name, text, params, message) => {
    const res = await cypher(app, text, params);
    expect(res.statusCode).toBe(400);
    const body = res.json() as ApiError;
    expect(body.error.code).toBe('CYPHER_ERROR');
    expect(body.error.message).toMatch(message);
    expect(body.error.message).not.toMatch(/\n/);
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
  });
});

describe('server errors are logged with the request id the body names', () => {
  it('Neo4j gone: a 5xx whose requestId is in an error line of the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done): void {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    // a driver to a port where nothing listens, retrying for one second only
    const { username, password } = inject('neo4j');
    const gone = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`, neo4j.auth.basic(username, password), {
      maxTransactionRetryTime: 1000,
    });
    const broken = await buildServer({ driver: gone, logger: { level: 'info', stream } });
    try {
      const res = await cypher(broken, 'RETURN 1 AS x');
      expect(res.statusCode).toBeGreaterThanOrEqual(500);
      const body = res.json() as ApiError;
      expect(body.error.requestId).toEqual(expect.any(String));
      const logged = lines.map((l) => JSON.parse(l) as { level: number; reqId?: string; err?: { stack?: string } });
      const entry = logged.find((l) => l.reqId === body.error.requestId && l.level >= 50);
      expect(entry?.err?.stack).toEqual(expect.any(String));
      if (body.error.code === 'INTERNAL') expect(body.error.message).toContain(body.error.requestId);
    } finally {
      await broken.close();
      await gone.close();
    }
  });
});
