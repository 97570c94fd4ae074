// `npm run bench`: starts a bundled Neo4j in a temp directory (or uses FTZ_BENCH_NEO4J_URI), loads the
// seeds, runs every section (bench/<area>.ts), prints one table and writes bench/results/bench.json.
// `npm run bench -- --plans N [--sizes 5,100,1000]` runs the scale benchmark instead (bench/scale.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rowsTable } from './rows-table.ts';
import { startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { openDriver } from '../database/connection.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../graph-loader/src/read/manifest.ts';
import type { BenchContext, BenchRow } from './types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECTIONS = ['extract', 'db', 'similar', 'queries', 'explorer', 'soak'];

async function runSection(name: string, ctx: BenchContext): Promise<BenchRow[]> {
  const file = join(ROOT, 'bench', `${name}.ts`);
  if (!existsSync(file)) return [];
  ctx.log(`bench: ${name}…`);
  const mod = (await import(pathToFileURL(file).href)) as { bench(ctx: BenchContext): Promise<BenchRow[]> };
  try {
    return await mod.bench(ctx);
  } catch (error) {
    ctx.log(`bench: ${name} failed: ${(error as Error).message}`);
    return [{ area: name, metric: 'section failed', value: 0, unit: '', pass: false }];
  }
}

/** `--plans N` and `--sizes a,b,…` (the scale benchmark), or null for the quick run. */
function scaleArgs(argv: string[]): { plans: number; sizes?: number[]; loadOnly: boolean } | null {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const plans = value('--plans');
  if (plans === undefined) return null;
  const n = Number(plans);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--plans needs a whole number of plans, not '${plans}'`);
  const sizes = value('--sizes')?.split(',').map(Number);
  if (sizes?.some((s) => !Number.isInteger(s) || s < 1 || s > n))
    throw new RangeError(`--sizes needs whole numbers up to --plans (${n})`);
  return { plans: n, ...(sizes ? { sizes } : {}), loadOnly: argv.includes('--load-only') };
}

async function main(): Promise<void> {
  const scale = scaleArgs(process.argv.slice(2));
  if (scale) {
    const { runScale } = await import('./scale.ts');
    await runScale({ root: ROOT, ...scale, log: (line) => console.error(line) });
    return;
  }
  // section names; flags (--soak-minutes N) are read by their sections
  const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !/^--[^=]+$/.test(all[i - 1] ?? ''));
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-bench-'));
  const log = (line: string): void => console.error(line);
  const server = await startBundledNeo4j({ dataDir, onProgress: log });
  const connection = { uri: server.uri, username: server.username, password: server.password };
  const driver = openDriver({ ...connection, database: 'neo4j' });
  const rows: BenchRow[] = [];
  try {
    await applySchema(driver);
    await loadPlans(driver, [join(ROOT, 'data/plans')], {
      dicts: await loadDictionaries(join(ROOT, 'data/dictionaries')),
      manifest: await readManifest(join(ROOT, 'data/plans')),
    });
    const ctx: BenchContext = { root: ROOT, driver, connection, dataDir, log };
    for (const name of SECTIONS.filter((s) => only.length === 0 || only.includes(s))) {
      rows.push(...(await runSection(name, ctx)));
    }
  } finally {
    await driver.close();
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(rowsTable(rows));
  const out = join(ROOT, 'bench/results/bench.json');
  await mkdir(join(ROOT, 'bench/results'), { recursive: true });
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  await writeFile(out, JSON.stringify({ at: new Date().toISOString(), machine, rows }, null, 2));
  console.log(`written ${out}`);
}

await main();
