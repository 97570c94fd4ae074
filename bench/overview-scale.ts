// The overview at scale, before and after side by side: generates the bench corpus (bench/generate),
// loads it into a bundled Neo4j step by step (100, 300, 1,000 plans: each size adds to the last) and,
// at each size, serves the same database with each given checkout (its own API code and web/dist,
// started as bench/scale-api.ts of that checkout) in turn, measuring `/api/overview` (first answer
// uncached, size, nodes, relationships) and the explorer in Chromium (first draw, layout, longest
// main-thread task, tasks over 200 ms), with the load average beside every number.
//
//   node bin/run-ts.js bench/overview-scale.ts --sizes 100,300 --roots /tmp/before,. [--data DIR]
//     [--rounds 2] [--screenshot docs/screenshots/overview-scale.png] [--load-only]
//
// --data keeps the database between runs (a later run with bigger sizes only adds plans); the
// checkouts need `web/dist` built (npx vite build --config vite.config.ts web).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import type { Browser } from '../tests/e2e/browser.ts';
import { drawAndLayout } from './explorer.ts';
import type { DrawMeasure } from './explorer.ts';
import { generateCorpus, withZones } from './generate/index.ts';
import { graphCounts, timedLoad } from './scale-load.ts';
import { startApi } from './scale-measure.ts';

const ROOT = resolve(import.meta.dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface OverviewSample {
  root: string;
  plans: number;
  bytes: number;
  nodes: number;
  relationships: number;
  firstMs: number; // first answer after the load (uncached)
  cachedMs: number;
  explorer: DrawMeasure | { error: string };
  loadAverage: number[];
}

async function sample(
  root: string,
  plans: number,
  connection: { uri: string; username: string; password: string },
  browser: Browser,
  screenshot: string | null,
): Promise<OverviewSample> {
  const api = await startApi(root, connection);
  try {
    const t0 = performance.now();
    const body = await (await fetch(`${api.url}/api/overview`)).text();
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    await (await fetch(`${api.url}/api/overview`)).text();
    const cachedMs = performance.now() - t1;
    const graph = JSON.parse(body) as { nodes: unknown[]; relationships: unknown[] };
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    const explorer = await drawAndLayout(page, `${api.url}/?o=overview&lang=zh`, log, 180_000).catch(
      (error: Error) => ({ error: error.message.split('\n')[0] }),
    );
    if (screenshot) {
      await mkdir(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
    }
    await page.close();
    return {
      root,
      plans,
      bytes: Buffer.byteLength(body),
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      firstMs,
      cachedMs,
      explorer,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
  } finally {
    await api.stop();
  }
}

function log(line: string): void {
  console.error(line);
}

function line(s: OverviewSample): string {
  const e = s.explorer;
  const ex =
    'error' in e
      ? `explorer error ${e.error}`
      : `first draw ${Math.round(e.draw)} ms, layout ${e.layoutMs === null ? '-' : Math.round(e.layoutMs)} ms, longest task ${Math.round(e.longestAll)} ms, tasks>200ms ${e.over200}`;
  return `overview ${s.plans} plans [${s.root}]: ${(s.bytes / 1024).toFixed(1)} KB, ${s.nodes} nodes, ${s.relationships} rels, first answer ${Math.round(s.firstMs)} ms, cached ${Math.round(s.cachedMs)} ms; ${ex}; load ${s.loadAverage.join(' ')}`;
}

async function main(): Promise<void> {
  const sizes = (arg('sizes') ?? '100,300').split(',').map(Number);
  const roots = process.argv.includes('--load-only') ? [] : (arg('roots') ?? '.').split(',').map((r) => resolve(r));
  const rounds = Number(arg('rounds') ?? '1');
  const shot = arg('screenshot');
  const keep = arg('data');
  const dataDir = keep ? resolve(keep) : await mkdtemp(join(tmpdir(), 'ftz-overview-scale-'));
  const plansDir = await mkdtemp(join(tmpdir(), 'ftz-overview-plans-'));
  const samples: OverviewSample[] = [];
  try {
    const max = Math.max(...sizes);
    const corpus = await generateCorpus({ root: ROOT, outDir: plansDir, count: max });
    const all = [...corpus.seeds, ...corpus.files];
    const server = await startBundledNeo4j({ dataDir, onProgress: log });
    const connection = { uri: server.uri, username: server.username, password: server.password };
    const driver = openDriver({ ...connection, database: 'neo4j' });
    const browser = await launchChromium();
    try {
      await applySchema(driver);
      const dicts = withZones(await loadDictionaries(join(ROOT, 'data/dictionaries')), corpus.zones);
      for (const size of sizes) {
        const have = (await graphCounts(driver)).documents;
        const step = await timedLoad(driver, all.slice(0, size), dicts);
        log(`overview-scale: ${size} plans (had ${have}): loaded ${step.loaded} in ${step.seconds.toFixed(1)} s`);
        for (let round = 0; round < rounds; round += 1)
          for (const root of roots) {
            const last = round === rounds - 1 && root === roots[roots.length - 1] && size === max;
            const s = await sample(root, size, connection, browser, last && shot ? resolve(shot) : null);
            samples.push(s);
            console.log(line(s));
          }
      }
    } finally {
      await browser.close();
      await driver.close();
      if (!keep) await stopBundledNeo4j(dataDir);
    }
    const out = join(ROOT, 'bench/results/overview-scale.json');
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify({ at: new Date().toISOString(), samples }, null, 2));
    log(`written ${out}`);
  } finally {
    await rm(plansDir, { recursive: true, force: true });
    if (!keep) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
