// Bench section `soak`: N minutes (default 10; `--soak-minutes N`) of mixed API traffic — searches,
// saved queries, the overview, node and neighbour reads, ad-hoc Cypher, stats — at the measured
// capacity against the seeds, with the API in a process of its own. First 15 s without a rate limit
// measure the capacity (requests/s); the soak then runs at that rate. Reported: requests/s, errors
// (must be 0), p95 latency, and the API's RSS at start, middle and end (flat).
import autocannon from 'autocannon';
import type { Request as CannonRequest, Result } from 'autocannon';
import { startApi } from './scale-measure.ts';
import { percentile, processMemory } from './scale-http.ts';
import type { BenchContext, BenchRow } from './types.ts';

const CONNECTIONS = 16;
const CAPACITY_SECONDS = 15;
const SAMPLE_MS = 5_000;
const FLAT_MIB = 50;

export function soakMinutes(argv: string[]): number {
  const i = argv.indexOf('--soak-minutes');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--soak-minutes='))?.slice(15);
  if (raw === undefined) return 10;
  const n = Number(raw);
  if (!(n > 0)) throw new RangeError(`--soak-minutes needs a positive number, not '${raw}'`);
  return n;
}

const json = (body: unknown): Pick<CannonRequest, 'method' | 'headers' | 'body'> => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The request mix, with node ids and saved-query names taken from the running API. */
async function mix(base: string): Promise<CannonRequest[]> {
  const get = async <T>(path: string): Promise<T> => (await (await fetch(`${base}${path}`)).json()) as T;
  const { queries } = await get<{ queries: { name: string }[] }>('/api/queries');
  const { hits } = await get<{ hits: { node: { id: string } }[] }>(`/api/search?q=${encodeURIComponent('海关')}`);
  const ids = hits.slice(0, 3).map((h) => encodeURIComponent(h.node.id));
  const q = (text: string): string => `/api/search?q=${encodeURIComponent(text)}&limit=20`;
  return [
    { method: 'GET', path: q('跨境电商') },
    ...queries.slice(0, 4).map((s) => ({ path: `/api/queries/${s.name}/run`, ...json({ params: {} }) })),
    { method: 'GET', path: '/api/overview' },
    ...ids.map((id) => ({ method: 'GET' as const, path: `/api/nodes/${id}` })),
    ...ids.map((id) => ({ method: 'GET' as const, path: `/api/nodes/${id}/neighbours?limit=25` })),
    { method: 'GET', path: q('岳阳海关') },
    {
      path: '/api/cypher',
      ...json({
        cypher:
          'MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a.name AS agency, count(m) AS n ORDER BY n DESC LIMIT $k',
        params: { k: 20 },
      }),
    },
    { method: 'GET', path: '/api/stats' },
  ];
}

interface Run {
  result: Result;
  latencies: number[];
}

function cannon(base: string, requests: CannonRequest[], seconds: number, rate?: number): Promise<Run> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const opts = {
      url: base,
      connections: CONNECTIONS,
      duration: seconds,
      requests,
      ...(rate ? { overallRate: rate } : {}),
    };
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

const errorsOf = (r: Result): number => r.errors + r.timeouts + r.non2xx;

/** Each request of the mix twice, one at a time: a fresh Neo4j plans every statement on first use, and
 *  sixteen connections planning at once on a busy machine hit the query timeout. */
async function warmUp(base: string, requests: CannonRequest[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const r of requests) {
      const headers = Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k, String(v)]));
      const init = { method: r.method ?? 'GET', headers, ...(r.body ? { body: String(r.body) } : {}) };
      await fetch(`${base}${r.path ?? '/'}`, init)
        .then((res) => res.arrayBuffer())
        .catch(() => undefined);
    }
  }
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const minutes = soakMinutes(process.argv.slice(2));
  const api = await startApi(ctx.root, ctx.connection);
  const samples: { at: number; rss: number }[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    const requests = await mix(api.url);
    await warmUp(api.url, requests);
    const capacity = await cannon(api.url, requests, CAPACITY_SECONDS);
    // capacity: answers served (2xx) per second, not requests that timed out
    const rate = Math.max(1, Math.floor(capacity.result['2xx'] / CAPACITY_SECONDS));
    ctx.log(`bench soak: capacity ${rate} req/s (${errorsOf(capacity.result)} errors); soaking ${minutes} min at it`);
    const started = Date.now();
    const sample = async (): Promise<void> => {
      const mem = await processMemory(api.pid);
      if (mem) samples.push({ at: (Date.now() - started) / 1000, rss: mem.rssMiB });
    };
    await sample();
    timer = setInterval(() => void sample(), SAMPLE_MS);
    const soak = await cannon(api.url, requests, Math.round(minutes * 60), rate);
    clearInterval(timer);
    await sample();
    return report(ctx, minutes, rate, soak, samples);
  } finally {
    clearInterval(timer);
    await api.stop();
  }
}

function report(ctx: BenchContext, minutes: number, rate: number, soak: Run, samples: { at: number; rss: number }[]) {
  const sorted = [...soak.latencies].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  const errors = errorsOf(soak.result);
  const rss = (f: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(f * (samples.length - 1)))]?.rss ?? NaN;
  const [start, middle, end] = [rss(0), rss(0.5), rss(1)];
  const peak = Math.max(...samples.map((s) => s.rss));
  ctx.log(
    `bench soak: ${soak.result.requests.average.toFixed(0)} req/s, ${soak.result.requests.total} requests, ${errors} errors, ` +
      `p95 ${p95.toFixed(0)} ms; API RSS ${start.toFixed(0)} / ${middle.toFixed(0)} / ${end.toFixed(0)} MiB (peak ${peak.toFixed(0)})`,
  );
  const area = 'soak';
  return [
    {
      area,
      metric: `mixed API traffic for ${minutes} min at capacity ${rate} req/s`,
      value: soak.result.requests.average,
      unit: 'req/s',
    },
    { area, metric: 'errors (connection, timeout, non-2xx)', value: errors, unit: '', target: '0', pass: errors === 0 },
    { area, metric: 'p95 latency', value: p95, unit: 'ms' },
    { area, metric: 'API RSS at start', value: start, unit: 'MiB' },
    { area, metric: 'API RSS at the middle', value: middle, unit: 'MiB' },
    {
      area,
      metric: 'API RSS at the end (flat: end − start)',
      value: end,
      unit: 'MiB',
      target: `< start + ${FLAT_MIB} MiB`,
      pass: end - start < FLAT_MIB,
    },
    { area, metric: 'API RSS peak', value: peak, unit: 'MiB' },
  ];
}
