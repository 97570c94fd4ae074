// Query latency and API throughput on the seed graph: p50/p95 of every built-in saved query over 50
// runs (after warm-up) through the query service; the overview and search computed without the cache;
// and requests per second of GET /api/overview and GET /api/search with autocannon (20 connections,
// 10 s) against the real HTTP server.
import autocannon from 'autocannon';
import { overview } from '../query-service/explore/overview.ts';
import { search } from '../query-service/explore/search.ts';
import { loadBuiltIns } from '../query-service/saved-queries/library.ts';
import { startServer } from '../web/server/server.ts';
import { createQueryService } from '../query-service/service.ts';
import type { BenchContext, BenchRow } from './types.ts';

const RUNS = 50;
const WARMUP = 3;
const P95_TARGET_MS = 50;
const RPS_TARGET = 500;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function queryLatency(ctx: BenchContext): Promise<BenchRow[]> {
  const service = createQueryService({ driver: ctx.driver });
  const rows: BenchRow[] = [];
  const all: number[] = [];
  for (const query of await loadBuiltIns()) {
    for (let i = 0; i < WARMUP; i++) await service.runQuery(query);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await service.runQuery(query);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    const p95 = percentile(times, 95);
    rows.push({ area: 'queries', metric: `${query.name} p50`, value: percentile(times, 50), unit: 'ms' });
    rows.push({
      area: 'queries',
      metric: `${query.name} p95`,
      value: p95,
      unit: 'ms',
      target: `< ${P95_TARGET_MS} ms`,
      pass: p95 < P95_TARGET_MS,
    });
    ctx.log(`bench: queries: ${query.name} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
  }
  all.sort((a, b) => a - b);
  rows.push({
    area: 'queries',
    metric: `all saved queries p95 (${all.length} runs)`,
    value: percentile(all, 95),
    unit: 'ms',
    target: `< ${P95_TARGET_MS} ms`,
    pass: percentile(all, 95) < P95_TARGET_MS,
  });
  return rows;
}

/** The overview and search as computed on a cache miss (the API serves repeats from a cache that is
 *  checked against the graph version). */
async function uncachedLatency(ctx: BenchContext): Promise<BenchRow[]> {
  const service = createQueryService({ driver: ctx.driver });
  const cases: [string, () => Promise<unknown>][] = [
    ['overview (uncached)', () => overview(service.ctx)],
    ['search 跨境电商 (uncached)', () => search(service.ctx, service.simplify, { q: '跨境电商', limit: 20 })],
  ];
  const rows: BenchRow[] = [];
  for (const [name, run] of cases) {
    for (let i = 0; i < WARMUP; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({ area: 'api', metric: `${name} p50`, value: percentile(times, 50), unit: 'ms' });
    rows.push({ area: 'api', metric: `${name} p95`, value: percentile(times, 95), unit: 'ms' });
  }
  return rows;
}

async function throughput(url: string): Promise<{ rps: number; errors: number; p99: number }> {
  const result = await autocannon({ url, connections: 20, duration: 10 });
  return {
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    p99: result.latency.p99,
  };
}

async function apiThroughput(ctx: BenchContext): Promise<BenchRow[]> {
  const server = await startServer({ driver: ctx.driver, host: '127.0.0.1', port: 0 });
  const rows: BenchRow[] = [];
  try {
    const endpoints: [string, string][] = [
      ['/api/overview', `${server.url}/api/overview`],
      ['/api/search?q=跨境电商', `${server.url}/api/search?q=${encodeURIComponent('跨境电商')}&limit=20`],
    ];
    for (const [name, url] of endpoints) {
      await fetch(url); // warm the planner and caches
      const r = await throughput(url);
      ctx.log(`bench: api: ${name} ${r.rps.toFixed(0)} req/s, ${r.errors} errors, p99 ${r.p99} ms`);
      rows.push({
        area: 'api',
        metric: `${name} throughput (20 connections, 10 s)`,
        value: r.rps,
        unit: 'req/s',
        target: `≥ ${RPS_TARGET} req/s`,
        pass: r.rps >= RPS_TARGET,
      });
      rows.push({
        area: 'api',
        metric: `${name} errors`,
        value: r.errors,
        unit: '',
        target: '0',
        pass: r.errors === 0,
      });
      rows.push({ area: 'api', metric: `${name} p99 latency`, value: r.p99, unit: 'ms' });
    }
  } finally {
    await server.close();
  }
  return rows;
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  return [...(await queryLatency(ctx)), ...(await uncachedLatency(ctx)), ...(await apiThroughput(ctx))];
}
