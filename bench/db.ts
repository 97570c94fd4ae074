// Bench section `db`: Neo4j cold start (fresh data directory; the launcher is already built), start
// on an existing store, stop, and loading the seed plans into the warm Neo4j of the runner.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearGraph } from '../graph-loader/src/db/replace.ts';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import type { LoadReport } from '../graph-loader/src/db/load.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../graph-loader/src/read/manifest.ts';
import type { BenchContext, BenchRow } from './types.ts';

async function seconds<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await fn();
  return [(performance.now() - started) / 1000, value];
}

async function startStop(ctx: BenchContext): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-bench-db-'));
  try {
    const [cold] = await seconds(async () => startBundledNeo4j({ dataDir, port: await freePort() }));
    const [stop] = await seconds(() => stopBundledNeo4j(dataDir));
    const [warm] = await seconds(async () => startBundledNeo4j({ dataDir, port: await freePort() }));
    await stopBundledNeo4j(dataDir);
    ctx.log(`bench db: cold start ${cold.toFixed(1)} s, restart ${warm.toFixed(1)} s, stop ${stop.toFixed(1)} s`);
    return [
      {
        area: 'db',
        metric: 'Neo4j cold start (fresh data dir)',
        value: cold,
        unit: 's',
        target: '< 30 s',
        pass: cold < 30,
      },
      { area: 'db', metric: 'Neo4j start (existing store)', value: warm, unit: 's' },
      { area: 'db', metric: 'Neo4j clean stop', value: stop, unit: 's' },
    ];
  } finally {
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Clears the graph and loads the seeds `rounds` times; the runner has loaded them once already, so
 *  Neo4j's query caches are warm. Reports the median round. */
async function seedLoad(ctx: BenchContext, rounds = 3): Promise<BenchRow[]> {
  const plans = join(ctx.root, 'data', 'plans');
  const opts = {
    dicts: await loadDictionaries(join(ctx.root, 'data', 'dictionaries')),
    manifest: await readManifest(plans),
  };
  const runs: { s: number; report: LoadReport }[] = [];
  for (let i = 0; i < rounds; i++) {
    await clearGraph(ctx.driver);
    const [s, report] = await seconds(() => loadPlans(ctx.driver, [plans], opts));
    runs.push({ s, report });
  }
  runs.sort((a, b) => a.s - b.s);
  const median = runs[Math.floor(runs.length / 2)] ?? { s: Number.NaN, report: null };
  const [reload] = await seconds(() => loadPlans(ctx.driver, [plans], opts));
  const report = median.report;
  const relationships = report?.relationships ?? 0;
  ctx.log(
    `bench db: seed loads ${runs.map((r) => r.s.toFixed(2)).join(' / ')} s; ${report?.measures} measures, ${relationships} relationships`,
  );
  return [
    {
      area: 'db',
      metric: `load ${report?.loaded} seeds into warm Neo4j (parse + write, median of ${rounds})`,
      value: median.s,
      unit: 's',
      target: '< 5 s',
      pass: median.s < 5 && report?.failed === 0,
    },
    { area: 'db', metric: 'written relationships per second', value: relationships / median.s, unit: 'rel/s' },
    { area: 'db', metric: 'reload unchanged seeds (sha256 skip)', value: reload * 1000, unit: 'ms' },
  ];
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  return [...(await seedLoad(ctx)), ...(await startStop(ctx))];
}
