// The bulk path after the importer, in isolation: N generated plans built, written as CSV and imported
// once into `--keep DIR` (reused when DIR/csv.json exists), then for each variant a fresh server on a
// copy of that store runs the after-import work (schema, fix-ups, indexes online) timed, wall and the
// JVM's CPU seconds (per phase), with Neo4j's own index population lines (`--log`). Variants, alternating
// over `--rounds`: `plan` (bulk/fixups.ts as the load does it), `rows` (every fix-up by id). Each row
// also gives when the full-text index is online (search ready). Tried and dropped (7 December): the
// full-text index created before the fix-ups in a job of its own made search ready 0.3-0.6 s sooner
// and the load return 0.45-0.5 s later (1,000 plans, two rounds).
// `--probe [--ft-only]` times each statement alone instead (the JVM's CPU seconds each).
// `node bin/run-ts.js bench/post-import.ts 300 --keep DIR [--variants plan,rows] [--rounds 2]`
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../database/connection.ts';
import { readState } from '../database/server-state.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { afterImport } from '../graph-loader/src/db/bulk/bulk-load.ts';
import type { BulkPhases } from '../graph-loader/src/db/bulk/bulk-load.ts';
import { writeCsvFiles } from '../graph-loader/src/db/bulk/csv-files.ts';
import type { CsvFiles } from '../graph-loader/src/db/bulk/csv-files.ts';
import { planFixups } from '../graph-loader/src/db/bulk/fixups.ts';
import type { FixupPlan } from '../graph-loader/src/db/bulk/fixups.ts';
import { dropOrphans, setSharedCounts } from '../graph-loader/src/db/bulk/derived-image.ts';
import { importCsv } from '../graph-loader/src/db/bulk/import.ts';
import { benchImage, benchmarkPlans } from './bench-image.ts';
import { untilIndexesOnline } from './scale-load.ts';
import { processCpu } from './scale-http.ts';

const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Builds the image of `plans` generated plans, writes its CSV into `dir` and imports it into dir/store. */
async function prepare(plans: number, dir: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'ftz-post-import-'));
  try {
    const { files, dicts } = await benchmarkPlans(ROOT, join(work, 'plans'), plans);
    const image = await benchImage(files, dicts, work);
    dropOrphans(image);
    setSharedCounts(image);
    await mkdir(join(dir, 'csv'), { recursive: true });
    const csv = await writeCsvFiles(image, join(dir, 'csv'));
    await writeFile(join(dir, 'csv.json'), JSON.stringify(csv));
    await writeFile(join(dir, 'plan.json'), JSON.stringify(planFixups(image, csv.fixups)));
    await importCsv(join(dir, 'store'), work, csv);
    console.log(`prepared ${csv.nodeCount} nodes, ${csv.relationshipCount} relationships in ${dir}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A fresh server whose `neo4j` database is a copy of dir/store's. */
async function serverOn(dir: string): Promise<{ dataDir: string; driver: Driver; pid: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-post-import-server-'));
  const port = await freePort();
  await startBundledNeo4j({ dataDir, port });
  await stopBundledNeo4j(dataDir);
  for (const sub of ['databases/neo4j', 'transactions/neo4j']) {
    const to = join(dataDir, 'data', sub);
    await rm(to, { recursive: true, force: true });
    await cp(join(dir, 'store', sub), to, { recursive: true });
  }
  const server = await startBundledNeo4j({ dataDir, port });
  const state = await readState(dataDir);
  if (state.kind !== 'running') throw new Error('server not running');
  return { dataDir, driver: openDriver({ ...server, database: 'neo4j' }), pid: state.state.pid };
}

/** What the store holds, to compare variants: counts and a digest of the fixed-up properties. */
async function fingerprint(driver: Driver): Promise<string> {
  const session = driver.session();
  try {
    const r = await session.run(
      `MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS nodeKeys
       OPTIONAL MATCH ()-[r]->() WITH nodes, nodeKeys, count(r) AS rels, sum(size(keys(r))) AS relKeys
       RETURN nodes, nodeKeys, rels, relKeys`,
    );
    const hits = await session.run(
      `CALL db.index.fulltext.queryNodes('ftzSearch', '海关 OR 跨境电商 OR 市场监管') YIELD node, score
       RETURN count(node) AS n, sum(score) AS s`,
    );
    const row = r.records[0]?.toObject() ?? {};
    const hit = hits.records[0]?.toObject() ?? {};
    return `${JSON.stringify(row)} search ${String(hit.n)} ${Number(hit.s).toFixed(3)}`;
  } finally {
    await session.close();
  }
}

async function variant(name: string, dir: string, csv: CsvFiles, plan: FixupPlan): Promise<void> {
  const { dataDir, driver, pid } = await serverOn(dir);
  try {
    const phases = { schema: 0, derived: 0, indexes: 0 } as BulkPhases;
    const cpu = await processCpu(pid);
    const started = performance.now();
    const cpus: Record<string, number> = {};
    let seen = JSON.stringify(phases);
    let mark = cpu;
    const sample = setInterval(() => {
      const now = JSON.stringify(phases);
      if (now === seen) return;
      const before = JSON.parse(seen) as Record<string, number>;
      const after = JSON.parse(now) as Record<string, number>;
      seen = now;
      void processCpu(pid).then((c) => {
        for (const k of Object.keys(after)) if (after[k] !== before[k]) cpus[k] = (cpus[k] ?? 0) + c - mark;
        mark = c;
      });
    }, 50);
    await afterImport(driver, name === 'rows' ? { labelWide: [], rows: csv.fixups } : plan, phases);
    const wall = (performance.now() - started) / 1000;
    clearInterval(sample);
    const searchReady = wall + (await untilIndexesOnline(driver));
    const used = (await processCpu(pid)) - cpu;
    const { stdout } = await run('grep', ['-iE', 'population|populat', join(dataDir, 'logs', 'debug.log')]).catch(
      () => ({ stdout: '' }),
    );
    const lines = stdout.split('\n').filter((l) => /completed|took|Time/i.test(l));
    console.log(
      `${name}: ${wall.toFixed(2)} s wall, search ready ${searchReady.toFixed(2)} s, JVM ${used.toFixed(2)} CPU-s (schema ${phases.schema.toFixed(2)}, ` +
        `derived ${phases.derived.toFixed(2)}, indexes ${phases.indexes.toFixed(2)}); load ${load()}`,
    );
    console.log(
      `  JVM CPU-s by phase ${Object.entries(cpus)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(', ')}`,
    );
    if (process.argv.includes('--log')) for (const l of lines) console.log(`  ${l.slice(0, 300)}`);
    console.log(`  ${await fingerprint(driver)}`);
    await cp(join(dataDir, 'logs', 'debug.log'), join(dir, `debug-${name}.log`)).catch(() => {});
  } finally {
    await driver.close();
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const plans = Number(process.argv[2] ?? 300);
  const dir = resolve(arg('--keep') ?? join(tmpdir(), `ftz-post-import-${plans}`));
  console.log(`load average ${load()}`);
  if (!(await stat(join(dir, 'csv.json')).catch(() => null))) await prepare(plans, dir);
  const csv = JSON.parse(await readFile(join(dir, 'csv.json'), 'utf8')) as CsvFiles;
  const plan = JSON.parse(await readFile(join(dir, 'plan.json'), 'utf8')) as FixupPlan;
  console.log(`label-wide ${JSON.stringify(plan.labelWide)}, ${plan.rows.length} of ${csv.fixups.length} by id`);
  if (process.argv.includes('--probe')) return probe(dir, plan);
  const variants = (arg('--variants') ?? 'plan').split(',');
  const rounds = Number(arg('--rounds') ?? 1);
  for (let round = 0; round < rounds; round++) for (const name of variants) await variant(name, dir, csv, plan);
}

await main();

/** `--probe`: each statement of the after-import work alone, timed (wall, JVM CPU), on a fresh copy. */
export async function probe(dir: string, plan: FixupPlan): Promise<void> {
  const { dataDir, driver, pid } = await serverOn(dir);
  const session = driver.session();
  const time = async (label: string, cypher: string, params: Record<string, unknown> = {}): Promise<void> => {
    const cpu = await processCpu(pid);
    const started = performance.now();
    await session.run(cypher, params);
    const wall = (performance.now() - started) / 1000;
    console.log(`  ${label}: ${wall.toFixed(2)} s wall, JVM ${((await processCpu(pid)) - cpu).toFixed(2)} CPU-s`);
  };
  try {
    await time('warm: count nodes', 'MATCH (n) RETURN count(n)');
    const ftOnly = process.argv.includes('--ft-only');
    for (const { label, key, value } of ftOnly ? [] : plan.labelWide)
      await time(
        `${label}.${key}`,
        `MATCH (n:${label}) WHERE n.${key} IS NULL CALL (n) { SET n.${key} = $value } IN TRANSACTIONS OF 10000 ROWS`,
        { value },
      );
    const { splitStatements, SCHEMA_FILE } = await import('../graph-loader/src/db/schema.ts');
    const all = splitStatements(await readFile(SCHEMA_FILE, 'utf8'));
    if (ftOnly) all.splice(0, all.length, ...all.filter((x) => x.startsWith('CREATE FULLTEXT')));
    for (const s of all.filter((x) => x.startsWith('CREATE CONSTRAINT'))) await time(s.slice(18, 40), s);
    const tx = session.beginTransaction();
    const cpu = await processCpu(pid);
    const started = performance.now();
    for (const s of all.filter((x) => x.startsWith('CREATE INDEX'))) await tx.run(s);
    await tx.commit();
    await session.run('CALL db.awaitIndexes(600)');
    console.log(
      `  range indexes, one tx: ${((performance.now() - started) / 1000).toFixed(2)} s wall, JVM ${((await processCpu(pid)) - cpu).toFixed(2)} CPU-s`,
    );
    const rows = plan.rows.filter((r) => r.node).map((r) => ({ id: r.node, props: { [r.key]: r.value } }));
    if (!ftOnly)
      await time(
        `${rows.length} rows by id (Policy)`,
        'UNWIND $rows AS row MATCH (n:Policy {id: row.id}) SET n += row.props',
        {
          rows,
        },
      );
    const ft = all.find((x) => x.startsWith('CREATE FULLTEXT')) as string;
    await time('ftzSearch create', ft);
    await time('ftzSearch await', 'CALL db.awaitIndexes(600)');
    await time('ftzSearch refresh', 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  } finally {
    await session.close();
    await driver.close();
    await cp(join(dataDir, 'logs', 'debug.log'), join(dir, 'debug-probe.log')).catch(() => {});
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
}
