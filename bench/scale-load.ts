// The load half of the scale benchmark: a fresh load into the emptied database, adding plans to a
// loaded set, reloading unchanged, and what the load left: graph counts, store size, Neo4j's memory.
// Loads go through the loader's own entry point (loadPlans), as `ftz load` does.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import type { LoadReport } from '../graph-loader/src/db/load.ts';
import { clearGraph } from '../graph-loader/src/db/replace.ts';
import type { Dictionaries } from '../graph-loader/src/types.ts';

export interface LoadStep {
  plans: number; // files given
  seconds: number;
  loaded: number;
  unchanged: number;
  failed: number;
  measures: number;
  relationships: number; // written by this step
  plansPerSecond: number;
  relationshipsPerSecond: number;
  failures: string[];
  /** seconds per load phase (graph-loader/src/db/load-timing.ts) */
  phases: Record<string, number>;
  /** seconds per phase of the bulk importer's path (graph-loader/src/db/bulk/), when it was taken */
  bulk?: Record<string, number>;
  /** CPU seconds of this process (parse workers included; not Neo4j's nor the importer's) */
  cpuSeconds?: number;
}

function step(files: number, seconds: number, report: LoadReport, cpu: NodeJS.CpuUsage): LoadStep {
  return {
    ...(report.bulk
      ? { bulk: Object.fromEntries(Object.entries(report.bulk).map(([k, v]) => [k, Math.round(v * 100) / 100])) }
      : {}),
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    plans: files,
    seconds,
    loaded: report.loaded,
    unchanged: report.unchanged,
    failed: report.failed,
    measures: report.measures,
    relationships: report.relationships,
    plansPerSecond: report.loaded / seconds,
    relationshipsPerSecond: report.relationships / seconds,
    failures: report.files.flatMap((f) => (f.error ? [f.error] : [])).slice(0, 10),
    phases: Object.fromEntries(Object.entries(report.phases ?? {}).map(([k, v]) => [k, Math.round(v) / 1000])),
  };
}

/** FTZ_BENCH_BATCH (documents per write transaction) and FTZ_BENCH_WORKERS (parse threads), to compare. */
function loaderSettings(): { batchDocuments?: number; workers?: number } {
  const n = (v: string | undefined): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  const batchDocuments = n(process.env.FTZ_BENCH_BATCH);
  const workers = n(process.env.FTZ_BENCH_WORKERS);
  return { ...(batchDocuments ? { batchDocuments } : {}), ...(workers !== undefined ? { workers } : {}) };
}

/** FTZ_BENCH_BULK=never loads with transactions only (the bulk importer's "before"); =always imports
 *  whatever the number of plans; default: as `ftz load` chooses (db/bulk/choose.ts). */
function bulkMode(): 'auto' | 'always' | 'never' {
  const mode = process.env.FTZ_BENCH_BULK;
  return mode === 'never' || mode === 'always' ? mode : 'auto';
}

/** A load as `ftz load` makes it; `dataDir`: the bench's own bundled server (the bulk importer may
 *  replace its empty store). */
export async function timedLoad(
  driver: Driver,
  files: string[],
  dicts: Dictionaries,
  dataDir?: string,
): Promise<LoadStep> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await loadPlans(driver, files, {
    dicts,
    manifest: {},
    ...loaderSettings(),
    bulk: { mode: bulkMode(), ...(dataDir ? { dataDir } : {}) },
    onNotice: (line) => console.error(`bench scale: ${line}`),
  });
  return step(files.length, (performance.now() - started) / 1000, report, process.cpuUsage(cpu));
}

export async function freshLoad(
  driver: Driver,
  files: string[],
  dicts: Dictionaries,
  dataDir?: string,
): Promise<LoadStep> {
  await clearGraph(driver);
  return timedLoad(driver, files, dicts, dataDir);
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  documents: number;
  measures: number;
  agencies: number;
}

export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const session = driver.session();
  try {
    const res = await session.run(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (n:Document) RETURN count(n) AS documents }
       CALL () { MATCH (n:Measure) RETURN count(n) AS measures }
       CALL () { MATCH (n:Agency) RETURN count(n) AS agencies }
       RETURN nodes, relationships, documents, measures, agencies`,
    );
    const row = res.records[0];
    const num = (k: string): number => Number(row?.get(k) ?? 0);
    return {
      nodes: num('nodes'),
      relationships: num('relationships'),
      documents: num('documents'),
      measures: num('measures'),
      agencies: num('agencies'),
    };
  } finally {
    await session.close();
  }
}

/** Bytes on disk under a folder. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(path);
    else if (entry.isFile()) total += (await stat(path)).blocks * 512;
  }
  return total;
}

/** The pid of the bundled Neo4j from its state file (<dataDir>/server.json). */
export async function neo4jPid(dataDir: string): Promise<number | null> {
  try {
    const state = JSON.parse(await readFile(join(dataDir, 'server.json'), 'utf8')) as { pid?: unknown };
    return typeof state.pid === 'number' ? state.pid : null;
  } catch {
    return null;
  }
}

/** Seconds until every index is online (the full-text one may still fill after a bulk load). */
export async function untilIndexesOnline(driver: Driver): Promise<number> {
  const started = performance.now();
  const session = driver.session();
  try {
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: 600 });
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}
