// Saved-query latency under two JITs, side by side: the kept store of bench/cold-add.ts (DIR/store)
// copied twice, one server started with FTZ_NEO4J_JIT=c2 (HotSpot's tiered default) and one with c1
// (and FLAGS as FTZ_NEO4J_JVM_FLAGS), then every saved query run on both in turn (one warm-up, then
// `--runs`), p50/p95 each, and each server's CPU seconds per pass over all queries (`--passes`).
// `node bin/run-ts.js bench/jvm-queries.ts DIR [FLAGS] [--runs 10] [--passes 1]`
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../database/connection.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { createQueryService } from '../query-service/service.ts';
import type { QueryService } from '../query-service/service.ts';
import { neo4jPid } from './scale-load.ts';
import { percentile, processCpu } from './scale-http.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Side {
  name: string;
  dataDir: string;
  driver: Driver;
  service: QueryService;
  pid: number | null;
}

async function side(name: string, store: string, jit: string, flags: string): Promise<Side> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-jvm-queries-'));
  await cp(store, dataDir, { recursive: true });
  await rm(join(dataDir, 'server.json'), { force: true });
  process.env.FTZ_NEO4J_JIT = jit;
  process.env.FTZ_NEO4J_JVM_FLAGS = flags;
  const server = await startBundledNeo4j({ dataDir, port: await freePort() });
  const driver = openDriver({ ...server, database: 'neo4j' });
  const service = createQueryService({ driver, queriesDir: join(ROOT, 'cypher/queries') });
  return { name, dataDir, driver, service, pid: await neo4jPid(dataDir) };
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '.');
  const flags = process.argv[3]?.startsWith('--') ? '' : (process.argv[3] ?? '');
  const i = process.argv.indexOf('--runs');
  const runs = i < 0 ? 10 : Number(process.argv[i + 1]);
  const store = join(dir, 'store');
  const sides = [await side('c2', store, 'c2', ''), await side(`c1 ${flags}`.trim(), store, 'c1', flags)];
  try {
    const cpu0 = await Promise.all(sides.map((s) => processCpu(s.pid)));
    console.log(
      `uptime ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; columns: ${sides.map((s) => s.name).join(' | ')}`,
    );
    const names = (await sides[0]!.service.listQueries()).map((q) => q.name);
    const passes = Number(process.argv[process.argv.indexOf('--passes') + 1] ?? 1) || 1;
    for (let pass = 1; pass <= passes; pass++) {
      const cpuStart = await Promise.all(sides.map((s) => processCpu(s.pid)));
      for (const name of names) {
        const times = sides.map(() => [] as number[]);
        for (let r = 0; r <= runs; r++) {
          for (const [k, s] of sides.entries()) {
            const t0 = performance.now();
            await s.service.runSaved(name, {}).catch(() => undefined);
            if (r > 0) times[k]!.push(performance.now() - t0);
          }
        }
        const cols = times.map((t) => {
          t.sort((a, b) => a - b);
          return `p50 ${percentile(t, 50).toFixed(0).padStart(5)} p95 ${percentile(t, 95).toFixed(0).padStart(5)}`;
        });
        console.log(`${name.padEnd(28)} ${cols.join(' | ')}`);
      }
      const cpuEnd = await Promise.all(sides.map((s) => processCpu(s.pid)));
      console.log(
        `pass ${pass} server CPU s: ${sides.map((s, k) => `${s.name} ${(cpuEnd[k]! - cpuStart[k]!).toFixed(1)}`).join(' | ')}`,
      );
    }
    const cpu1 = await Promise.all(sides.map((s) => processCpu(s.pid)));
    console.log(`server CPU s: ${sides.map((s, k) => `${s.name} ${(cpu1[k]! - cpu0[k]!).toFixed(1)}`).join(' | ')}`);
    console.log(
      `uptime ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const s of sides) {
      await s.driver.close();
      await stopBundledNeo4j(s.dataDir);
      await rm(s.dataDir, { recursive: true, force: true });
    }
  }
}

await main();
