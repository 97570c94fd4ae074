// `npm run bench -- --plans N`: the scale benchmark. Generates N realistic plans (bench/generate),
// starts an empty bundled Neo4j in a temp directory and, at each size (5, 100, 300, N), loads the
// plans fresh, measures queries, overview, search, memory and the explorer, then adds 10 plans and
// reloads unchanged. Prints the curves and writes bench/results/scale-<N>.json.
//
// Entry points into the project (re-point these when they move): graph-loader/src/db/{server,
// connection, schema, load, replace}.ts, graph-loader/src/read/dictionaries.ts, web/server/{server,
// service}.ts, web/server/explore/{overview,search}.ts, tests/e2e/{app-server,browser}.ts.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { buildExplorer } from '../tests/e2e/app-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { generateCorpus, withZones } from './generate/index.ts';
import type { Corpus } from './generate/index.ts';
import { processMemory } from './scale-http.ts';
import { measureApi } from './scale-measure.ts';
import type { ApiMeasure } from './scale-measure.ts';
import { folderBytes, freshLoad, graphCounts, neo4jPid, timedLoad, untilIndexesOnline } from './scale-load.ts';
import type { GraphCounts, LoadStep } from './scale-load.ts';
import { printScale } from './scale-report.ts';
import { agencyPlaces } from './agency-places.ts';
import type { AgencyPlaces } from './agency-places.ts';

export const ADDED = 10;
const BUDGET = { maxRuns: 20, minRuns: 3, budgetMs: 15_000 };

export interface SizeResult {
  plans: number;
  fresh: LoadStep;
  /** seconds from the fresh load's start until full-text search answers (the bulk path returns while
   *  ftzSearch still fills); the API, +10 and reload are measured after it */
  searchReady: number;
  counts: GraphCounts;
  /** issue 10 item 5: agencies shared by plans of different places (bench/agency-places.ts) */
  agencies: AgencyPlaces | { error: string };
  api: ApiMeasure | { error: string };
  add: LoadStep;
  reload: LoadStep;
  storeMiB: number;
  neo4jMemory: { rssMiB: number; peakMiB: number } | null;
  /** the machine's 1-minute load average before and after this size (the machine is shared) */
  loadAverage: [number, number];
}

export interface ScaleResult {
  at: string;
  plans: number;
  sizes: number[];
  machine: { cpus: number; memGiB: number; node: string };
  corpus: { generated: number; templates: number; bytes: number; seconds: number; extraZones: number };
  warmup?: LoadStep;
  results: SizeResult[];
}

/** 5 (the seeds), 100, 300 and N, those not above N. */
export function defaultSizes(plans: number, seeds: number): number[] {
  return [...new Set([seeds, 100, 300, plans])].filter((n) => n >= seeds && n <= plans).sort((a, b) => a - b);
}

interface Run {
  root: string;
  corpus: Corpus;
  driver: ReturnType<typeof openDriver>;
  connection: { uri: string; username: string; password: string };
  dataDir: string;
  dicts: Awaited<ReturnType<typeof loadDictionaries>>;
  browser: Awaited<ReturnType<typeof launchChromium>> | null;
  log: (line: string) => void;
}

async function measureSize(run: Run, size: number, added: string[]): Promise<SizeResult> {
  const { driver, dicts, log } = run;
  const loadBefore = loadavg()[0];
  const files = [...run.corpus.seeds, ...run.corpus.files.slice(0, size - run.corpus.seeds.length)];
  log(`bench scale: fresh load of ${files.length} plans…`);
  const fresh = await freshLoad(driver, files, dicts, run.dataDir);
  log(`bench scale: ${size} plans loaded in ${fresh.seconds.toFixed(1)} s (${fresh.failed} failed)`);
  const searchReady = fresh.seconds + (await untilIndexesOnline(driver));
  log(`bench scale: full-text search ready ${searchReady.toFixed(1)} s after the load started`);
  const counts = await graphCounts(driver);
  const agencies = await agencyPlaces(driver).catch((error: Error) => ({ error: error.message }));
  log(`bench scale: agencies linked from plans of two places: ${JSON.stringify(agencies)}`);
  const { browser } = run;
  const api =
    browser === null
      ? { error: 'not measured (--load-only)' }
      : await measureApi({
          ...run,
          browser,
          budget: BUDGET,
          screenshot: join(run.root, 'bench/results', `overview-${size}.png`),
        }).catch((error: Error) => ({ error: error.message }));
  const pid = await neo4jPid(run.dataDir);
  const neo4jMemory = pid ? await processMemory(pid) : null;
  const storeMiB = (await folderBytes(join(run.dataDir, 'data'))) / 2 ** 20;
  const add = await timedLoad(driver, added, dicts);
  const reload = await timedLoad(driver, [...files, ...added], dicts);
  log(`bench scale: +${ADDED} plans ${add.seconds.toFixed(2)} s, reload unchanged ${reload.seconds.toFixed(2)} s`);
  const loadAverage: [number, number] = [loadBefore, loadavg()[0]];
  return { plans: size, fresh, searchReady, counts, agencies, api, add, reload, storeMiB, neo4jMemory, loadAverage };
}

async function writeResult(root: string, result: ScaleResult): Promise<string> {
  const dir = join(root, 'bench/results');
  await mkdir(dir, { recursive: true });
  const out = join(dir, `scale-${result.plans}.json`);
  await writeFile(out, JSON.stringify(result, null, 2));
  return out;
}

async function generate(root: string, plans: number, outDir: string, log: (l: string) => void) {
  const started = performance.now();
  const probe = await generateCorpus({ root, outDir, count: 0 });
  const corpus = await generateCorpus({ root, outDir, count: plans - probe.seeds.length + ADDED });
  const seconds = (performance.now() - started) / 1000;
  log(
    `bench scale: generated ${corpus.files.length} plans (${(corpus.bytes / 2 ** 20).toFixed(1)} MB) in ${seconds.toFixed(1)} s`,
  );
  return { corpus, seconds };
}

export async function runScale(opts: {
  root: string;
  plans: number;
  sizes?: number[];
  /** only the load steps (fresh, +10, reload): no API, queries or explorer */
  loadOnly?: boolean;
  log: (l: string) => void;
}) {
  const loadOnly = opts.loadOnly ?? false;
  const { root, log } = opts;
  const plansDir = await mkdtemp(join(tmpdir(), 'ftz-bench-plans-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-bench-scale-'));
  try {
    const { corpus, seconds } = await generate(root, opts.plans, plansDir, log);
    const seeds = corpus.seeds.length;
    const sizes = (opts.sizes ?? defaultSizes(opts.plans, seeds)).filter((n) => n >= seeds);
    const server = await startBundledNeo4j({ dataDir, port: await freePort(), onProgress: log });
    const connection = { uri: server.uri, username: server.username, password: server.password };
    const driver = openDriver({ ...connection, database: 'neo4j' });
    if (!loadOnly) await buildExplorer();
    const browser = loadOnly ? null : await launchChromium();
    const result: ScaleResult = {
      at: new Date().toISOString(),
      plans: opts.plans,
      sizes,
      machine: { cpus: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      corpus: {
        generated: corpus.files.length,
        templates: corpus.templates,
        bytes: corpus.bytes,
        seconds,
        extraZones: corpus.zones.length,
      },
      results: [],
    };
    try {
      await applySchema(driver);
      const dicts = withZones(await loadDictionaries(join(root, 'data/dictionaries')), corpus.zones);
      const run: Run = { root, corpus, driver, connection, dataDir, dicts, browser, log };
      const added = corpus.files.slice(corpus.files.length - ADDED);
      // warm-up: the first load into a fresh JVM is mostly Neo4j compiling and planning
      result.warmup = await freshLoad(driver, corpus.seeds, dicts, dataDir);
      log(`bench scale: warm-up load of the seeds ${result.warmup.seconds.toFixed(1)} s`);
      for (const size of sizes) {
        result.results.push(await measureSize(run, size, added));
        log(`bench scale: written ${await writeResult(root, result)}`);
      }
    } finally {
      await browser?.close();
      await driver.close();
      await stopBundledNeo4j(dataDir);
    }
    printScale(result);
    console.log(`written ${await writeResult(root, result)}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(plansDir, { recursive: true, force: true });
  }
}
