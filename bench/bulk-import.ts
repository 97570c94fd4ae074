// The bulk path against the transactional path, side by side: N generated plans (seeds first) loaded
// into two empty bundled servers of their own, one through `neo4j-admin database import`
// (graph-loader/src/db/bulk/, forced) and one with transactions (--no-bulk); prints both times, the
// bulk phases and whether the two graphs are identical (bench/graph-lines.ts). `--bulk-only` skips
// the transactional load. `cpu`: this process's CPU seconds (parse workers included); `cpuWithNeo4j`:
// with the importer's JVM and the server's (the server that runs at the end, and any stopped one).
// `node bin/run-ts.js bench/bulk-import.ts 300 [--bulk-only]`
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import type { LoadReport } from '../graph-loader/src/db/load.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import type { Dictionaries } from '../graph-loader/src/types.ts';
import { benchmarkPlans } from './bench-image.ts';
import { firstDifferences, graphLines, linesHash } from './graph-lines.ts';
import { neo4jPid } from './scale-load.ts';
import { processCpu } from './scale-http.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** This process, its reaped children and the running server of `dataDir`: CPU seconds so far. */
async function cpuSeconds(dataDir: string): Promise<number> {
  const pid = await neo4jPid(dataDir);
  return (await processCpu('self', true)) + (await processCpu(pid));
}

async function loadInto(files: string[], dicts: Dictionaries, bulk: boolean) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-bulk-bench-'));
  const server = await startBundledNeo4j({ dataDir, port: await freePort() });
  const driver = openDriver({ ...server, database: 'neo4j' });
  try {
    await applySchema(driver);
    const cpu = process.cpuUsage();
    const cpuBefore = await cpuSeconds(dataDir);
    const started = performance.now();
    const report: LoadReport = await loadPlans(driver, files, {
      dicts,
      manifest: {},
      bulk: { mode: bulk ? 'always' : 'never', dataDir },
      onNotice: (line) => console.error(line),
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const allCpu = (await cpuSeconds(dataDir)) - cpuBefore;
    const lines = await graphLines(driver, new Set());
    const phases = Object.fromEntries(Object.entries(report.phases ?? {}).map(([k, v]) => [k, Math.round(v) / 1000]));
    return { seconds, cpu: (used.user + used.system) / 1e6, allCpu, report, lines, phases };
  } finally {
    await driver.close();
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const plans = Number(process.argv[2] ?? 100);
  const bulkOnly = process.argv.includes('--bulk-only');
  const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-plans-'));
  try {
    const { files, dicts } = await benchmarkPlans(ROOT, dir, plans);
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const bulk = await loadInto(files, dicts, true);
    const row = (name: string, r: typeof bulk) => ({
      path: name,
      seconds: Math.round(r.seconds * 10) / 10,
      cpu: Math.round(r.cpu * 10) / 10,
      cpuWithNeo4j: Math.round(r.allCpu * 10) / 10,
      loaded: r.report.loaded,
      failed: r.report.failed,
      nodesAndRelationships: r.lines.length,
    });
    console.log(
      JSON.stringify({
        plans,
        loadAverageBefore: load,
        ...row('bulk', bulk),
        bulk: bulk.report.bulk,
        phases: bulk.phases,
      }),
    );
    if (bulkOnly) return;
    const tx = await loadInto(files, dicts, false);
    console.log(JSON.stringify({ plans, ...row('transactions', tx), phases: tx.phases }));
    const same = linesHash(bulk.lines) === linesHash(tx.lines);
    console.log(
      JSON.stringify({
        identical: same,
        loadAverageAfter: loadavg()
          .map((l) => l.toFixed(2))
          .join(' '),
      }),
    );
    if (!same) console.log(firstDifferences(bulk.lines, tx.lines).join('\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
