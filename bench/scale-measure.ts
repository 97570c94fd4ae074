// One size of the scale benchmark, measured with the plans loaded: the API in a process of its own
// (saved queries, overview, search through HTTP; its memory), the overview and search computed
// without the cache (in this process, as bench/queries.ts does), and the explorer's first draw and
// longest main-thread task in Chromium.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { overview } from '../query-service/explore/overview.ts';
import { search } from '../query-service/explore/search.ts';
import { createQueryService } from '../query-service/service.ts';
import type { Browser } from '../tests/e2e/browser.ts';
import { drawAndLayout } from './explorer.ts';
import type { DrawMeasure } from './explorer.ts';
import { percentile, processMemory, savedQueries, timeEndpoint } from './scale-http.ts';
import type { HttpBudget, QueryTiming, Timing } from './scale-http.ts';

export const SEARCH_TERM = '跨境电商';

export interface ApiMeasure {
  queries: QueryTiming[];
  overview: Timing & { firstMs: number; nodes: number; relationships: number };
  search: Timing & { firstMs: number };
  uncached: {
    overview: { p50: number; p95: number; runs: number };
    search: { p50: number; p95: number; runs: number };
  };
  apiMemory: { rssMiB: number; peakMiB: number } | null;
  explorer: DrawMeasure | { error: string };
}

interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startApi(root: string, connection: { uri: string; username: string; password: string }) {
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin/run-ts.js'), join(root, 'bench/scale-api.ts')], {
    cwd: root,
    env: {
      ...process.env,
      FTZ_BENCH_URI: connection.uri,
      FTZ_BENCH_USER: connection.username,
      FTZ_BENCH_PASSWORD: connection.password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench API process exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { url: string }).url),
    );
  });
  const api: ApiProcess = {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
  return api;
}

async function uncachedTimes(run: () => Promise<unknown>, runs: number, budgetMs: number) {
  await run(); // warm-up
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs && (times.length < 2 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}

async function uncached(driver: Driver, budget: HttpBudget) {
  const service = createQueryService({ driver });
  return {
    overview: await uncachedTimes(() => overview(service.ctx), budget.maxRuns, budget.budgetMs),
    search: await uncachedTimes(
      () => search(service.ctx, service.simplify, { q: SEARCH_TERM, limit: 20 }),
      budget.maxRuns,
      budget.budgetMs,
    ),
  };
}

async function explorer(browser: Browser, url: string, log: (l: string) => void, screenshot: string) {
  const page = await browser.context.newPage();
  try {
    const drawn = await drawAndLayout(page, `${url}/?o=overview`, log, 180_000);
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    log(`bench scale: the overview as drawn: ${screenshot}`);
    return drawn;
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  } finally {
    await page.close();
  }
}

export interface MeasureInput {
  root: string;
  driver: Driver;
  connection: { uri: string; username: string; password: string };
  browser: Browser;
  budget: HttpBudget;
  log: (line: string) => void;
  /** where the overview's screenshot goes (a PNG) */
  screenshot: string;
}

export async function measureApi(input: MeasureInput): Promise<ApiMeasure> {
  const { budget, log } = input;
  const api = await startApi(input.root, input.connection);
  try {
    const queries = await savedQueries(api.url, budget, log);
    const ov = await timeEndpoint(`${api.url}/api/overview`, undefined, budget);
    const graph = JSON.parse(ov.first.body) as { nodes?: unknown[]; relationships?: unknown[]; truncated?: boolean };
    const q = encodeURIComponent(SEARCH_TERM);
    const se = await timeEndpoint(`${api.url}/api/search?q=${q}&limit=20`, undefined, budget);
    log(
      `bench scale: overview ${graph.nodes?.length} nodes, ${graph.relationships?.length} relationships, ${ov.first.bytes} bytes, ${ov.first.ms.toFixed(0)} ms uncached`,
    );
    const ex = await explorer(input.browser, api.url, log, input.screenshot);
    const apiMemory = await processMemory(api.pid);
    return {
      queries,
      overview: {
        ...ov.timing,
        firstMs: ov.first.ms,
        nodes: graph.nodes?.length ?? 0,
        relationships: graph.relationships?.length ?? 0,
        ...(typeof graph.truncated === 'boolean' ? { truncated: graph.truncated } : {}),
      },
      search: { ...se.timing, firstMs: se.first.ms },
      uncached: await uncached(input.driver, budget),
      apiMemory,
      explorer: ex,
    };
  } finally {
    await api.stop();
  }
}
