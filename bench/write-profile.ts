// Where a batch write's time goes inside Neo4j: loads N plans into a bundled Neo4j (kept in a data
// folder so a second run reuses it), then writes the next 10 plans' fragments as the loader's batch
// does (db/write.ts) in a transaction that is rolled back: once timed statement by statement, once
// under PROFILE (db hits and rows per operator, Eager and scans flagged).
// `node bin/run-ts.js bench/write-profile.ts [plans=100] [data folder]`
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver, Transaction } from 'neo4j-driver';
import { openDriver } from '../database/connection.ts';
import { startBundledNeo4j } from '../database/server.ts';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import { parsePool } from '../graph-loader/src/db/parse-pool.ts';
import { clearGraph } from '../graph-loader/src/db/replace.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { writeFragment } from '../graph-loader/src/db/write.ts';
import type { WriteOptions } from '../graph-loader/src/db/write.ts';
import { neo4jPid } from './scale-load.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import type { ParsedPlan } from '../graph-loader/src/parse-plan.ts';
import { generateCorpus, withZones } from './generate/index.ts';

const ROOT = resolve(import.meta.dirname, '..');

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function operators(plan: Plan, depth = 0): string[] {
  const details = String(plan.arguments.Details ?? '').slice(0, 110);
  const line = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}`;
  return [line, ...plan.children.flatMap((c) => operators(c, depth + 1))];
}

function totalHits(plan: Plan): number {
  return plan.dbHits + plan.children.reduce((s, c) => s + totalHits(c), 0);
}

/** A transaction whose statements are timed (and profiled when `profile`), printed as they run. */
function spy(tx: Transaction, profile: boolean, log: string[]): Transaction {
  const run = async (query: string, params?: Record<string, unknown>) => {
    const started = performance.now();
    const result = await tx.run(profile ? `PROFILE ${query}` : query, params);
    const ms = performance.now() - started;
    const rows = Array.isArray(params?.rows) ? params.rows.length : 0;
    const head = `${ms.toFixed(0).padStart(6)} ms ${String(rows).padStart(5)} rows  ${query.slice(0, 120)}`;
    log.push(head);
    const plan = result.summary.profile as unknown as Plan | false;
    if (profile && plan) log.push(`   total db hits ${totalHits(plan)}`, ...operators(plan).map((l) => `   ${l}`));
    return result;
  };
  return { run } as unknown as Transaction;
}

async function writeRolledBack(
  driver: Driver,
  plans: ParsedPlan[],
  profile: boolean,
  opts: WriteOptions = {},
): Promise<string[]> {
  const log: string[] = [];
  const session = driver.session();
  const tx = session.beginTransaction();
  const started = performance.now();
  try {
    await writeFragment(
      spy(tx, profile, log),
      {
        nodes: plans.flatMap((p) => p.fragment.nodes),
        relationships: plans.flatMap((p) => p.fragment.relationships),
      },
      opts,
    );
    log.push(`total ${(performance.now() - started).toFixed(0)} ms${profile ? ' (profiled)' : ''}`);
  } finally {
    await tx.rollback();
    await session.close();
  }
  return log;
}

/** utime + stime of a process in seconds (Linux /proc, ticks of 1/100 s). */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The variants alternated `rounds` times: median wall ms and Neo4j CPU ms of the rolled-back write. */
async function compare(
  driver: Driver,
  plans: ParsedPlan[],
  variants: [string, WriteOptions][],
  pid: number | null,
  rounds: number,
): Promise<void> {
  const runs = new Map<string, { ms: number[]; cpu: number[] }>(variants.map(([n]) => [n, { ms: [], cpu: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, opts] of round % 2 === 0 ? variants : [...variants].reverse()) {
      const cpu0 = pid ? await cpuSeconds(pid) : 0;
      const started = performance.now();
      await writeRolledBack(driver, plans, false, opts);
      const entry = runs.get(name) as { ms: number[]; cpu: number[] };
      entry.ms.push(performance.now() - started);
      entry.cpu.push(((pid ? await cpuSeconds(pid) : 0) - cpu0) * 1000);
    }
  }
  for (const [name, { ms, cpu }] of runs)
    console.log(
      `${name}: median ${median(ms).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms Neo4j CPU (${rounds} runs)`,
    );
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const dataDir = resolve(process.argv[3] ?? join(tmpdir(), `ftz-write-profile-${n}`));
  const plansDir = join(tmpdir(), `ftz-write-profile-plans-${n}`);
  await mkdir(dataDir, { recursive: true });
  const probe = await generateCorpus({ root: ROOT, outDir: plansDir, count: 0 });
  const corpus = await generateCorpus({ root: ROOT, outDir: plansDir, count: n - probe.seeds.length + 10 });
  const dicts = withZones(await loadDictionaries(join(ROOT, 'data/dictionaries')), corpus.zones);
  const server = await startBundledNeo4j({ dataDir, onProgress: console.log });
  const driver = openDriver({ ...server, database: 'neo4j' });
  try {
    await applySchema(driver);
    const files = [...corpus.seeds, ...corpus.files.slice(0, n - corpus.seeds.length)];
    const count = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
    if (Number(count.records[0]?.get('n')) < n) {
      await clearGraph(driver);
      const started = performance.now();
      const report = await loadPlans(driver, files, { dicts, manifest: {} });
      const s = (performance.now() - started) / 1000;
      console.log(`loaded ${report.loaded} plans in ${s.toFixed(1)} s; phases ${JSON.stringify(report.phases)}`);
    }
    const manifest = JSON.parse(await readFile(join(plansDir, 'manifest.json'), 'utf8')) as Record<string, never>;
    const pool = parsePool(dicts, 0);
    const extra = corpus.files.slice(-10);
    const plans = await Promise.all(
      extra.map(async (f) => {
        const name = f.split('/').pop() as string;
        const bytes = new Uint8Array(await readFile(f));
        return pool.parse({ bytes, file: f, ...(manifest[name] ? { manifest: manifest[name] } : {}) });
      }),
    );
    const variants: [string, WriteOptions][] = [
      ['merge', {}],
      ['create', { newMeasures: true }],
    ];
    if (process.env.FTZ_PROFILE === '1')
      for (const [name, opts] of variants) {
        console.log(`--- ${name}`);
        console.log((await writeRolledBack(driver, plans, false, opts)).join('\n'));
        console.log((await writeRolledBack(driver, plans, true, opts)).join('\n'));
      }
    await compare(driver, plans, variants, await neo4jPid(dataDir), Number(process.env.FTZ_ROUNDS ?? 8));
  } finally {
    await driver.close();
  }
  console.log(`Neo4j left running on ${server.uri} for ${dataDir} (stop: ftz db stop, or kill its pid)`);
}

await main();
