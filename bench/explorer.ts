// Explorer benchmarks in headless Chromium: navigation → first drawn overview on the seeds, a
// synthetic 20,000-node / 60,000-relationship graph drawn and laid out (ForceAtlas2 in a worker)
// while long main-thread tasks are recorded, and the first-load bundle size gzipped.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startServer } from '../web/server/server.ts';
import { buildExplorer, WEB_DIST } from '../tests/e2e/app-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import type { BenchContext, BenchRow } from './types.ts';

const SYNTHETIC = { nodes: 20_000, edges: 60_000 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** gzip size of what the first page load fetches: index.html, its entry script, CSS and preloads. */
export async function firstLoadGzip(dist: string): Promise<{ bytes: number; files: string[] }> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  let bytes = gzipSync(html).length;
  for (const file of files) bytes += gzipSync(await readFile(join(dist, file))).length;
  return { bytes, files };
}

async function firstDraw(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('ftz:first-draw').length > 0, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => performance.getEntriesByName('ftz:first-draw')[0].startTime);
}

async function buildSynthetic(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: join(import.meta.dirname, '../web/src/bench/synthetic-entry.tsx'),
        formats: ['es'],
        fileName: () => 'synthetic.js',
      },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const page =
    '<!doctype html><meta charset="utf-8"><body style="margin:0"><style>.graph-canvas{position:absolute;inset:0}</style><div id="root" style="position:relative;width:1400px;height:860px"></div><script type="module" src="/synthetic.js"></script>';
  await writeFile(join(outDir, 'index.html'), page);
}

function serveDir(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0] === '/synthetic.js' ? 'synthetic.js' : 'index.html';
    readFile(join(dir, name)).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    }),
  );
}

export interface DrawMeasure {
  draw: number; // navigation → first draw, ms
  layoutMs: number | null; // ForceAtlas2 in the worker, when the page lays out
  longest: number; // longest main-thread task while the worker lays out
  longestAll: number; // longest task anywhere (first draw and final redraw included)
  over200: number; // main-thread tasks over 200 ms
}

/** Opens `pageUrl`, waits for the first draw and the end of the layout, and records the long
 *  main-thread tasks: the longest while the worker lays out, and the longest anywhere (the first draw
 *  and the redraw with the final positions included). Used for the synthetic graph and, by the scale
 *  benchmark, for the overview of the loaded plans. */
export async function drawAndLayout(
  page: Page,
  pageUrl: string,
  log: (line: string) => void,
  timeoutMs = 120_000,
): Promise<DrawMeasure> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => performance.getEntriesByName('ftz:first-draw').length > 0, undefined, {
    timeout: timeoutMs,
  });
  const draw = await page.evaluate(() => performance.getEntriesByName('ftz:first-draw')[0].startTime);
  log(`bench: explorer: drawn after ${Math.round(draw)} ms; laying out…`);
  const laidOut = await page
    .waitForFunction(() => performance.getEntriesByName('ftz:layout-stop').length > 0, undefined, {
      timeout: timeoutMs,
    })
    .then(
      () => true,
      () => false,
    );
  await page.waitForTimeout(3_000); // the redraw with the final positions
  const r = await page.evaluate(() => ({
    start: performance.getEntriesByName('ftz:layout-start')[0]?.startTime ?? null,
    stop: performance.getEntriesByName('ftz:layout-stop')[0]?.startTime ?? null,
    tasks: (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
  }));
  const { start, stop } = r;
  const during =
    laidOut && start !== null && stop !== null
      ? r.tasks.filter((t) => t.start >= start && t.start + t.duration <= stop)
      : [];
  return {
    draw,
    layoutMs: laidOut && start !== null && stop !== null ? stop - start : null,
    longest: Math.max(0, ...during.map((t) => t.duration)),
    longestAll: Math.max(0, ...r.tasks.map((t) => t.duration)),
    over200: r.tasks.filter((t) => t.duration > 200).length,
  };
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await buildExplorer();
  const size = await firstLoadGzip(WEB_DIST);
  rows.push({
    area: 'explorer',
    metric: 'first-load bundle (gzip)',
    value: size.bytes / 1024,
    unit: 'KB',
    target: '< 500 KB',
    pass: size.bytes < 500 * 1024,
  });

  const app = await startServer({ driver: ctx.driver, staticDir: WEB_DIST, host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  const synthDir = await mkdtemp(join(tmpdir(), 'ftz-bench-synthetic-'));
  let synthServer: Server | null = null;
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const page = await browser.context.newPage();
      times.push(await firstDraw(page, `${app.url}/?o=overview`));
      await page.close();
    }
    ctx.log(`bench: explorer: first draw of the overview ${times.map(Math.round).join(', ')} ms`);
    rows.push({
      area: 'explorer',
      metric: 'navigation → first drawn overview (median of 3)',
      value: median(times),
      unit: 'ms',
      target: '< 2000 ms',
      pass: median(times) < 2000,
    });

    await buildSynthetic(synthDir);
    const served = await serveDir(synthDir);
    synthServer = served.server;
    const page = await browser.context.newPage();
    const s = await drawAndLayout(page, `${served.url}/?nodes=${SYNTHETIC.nodes}&edges=${SYNTHETIC.edges}`, ctx.log);
    await page.close();
    const label = `${SYNTHETIC.nodes / 1000}k nodes / ${SYNTHETIC.edges / 1000}k rels`;
    rows.push({ area: 'explorer', metric: `synthetic ${label}: navigation → first draw`, value: s.draw, unit: 'ms' });
    rows.push({
      area: 'explorer',
      metric: `synthetic ${label}: ForceAtlas2 in the worker`,
      value: s.layoutMs ?? Number.NaN,
      unit: 'ms',
    });
    rows.push({
      area: 'explorer',
      metric: `synthetic ${label}: longest main-thread task during layout`,
      value: s.longest,
      unit: 'ms',
      target: '< 200 ms',
      pass: s.longest < 200,
    });
    rows.push({
      area: 'explorer',
      metric: `synthetic ${label}: longest task incl. first draw and final redraw`,
      value: s.longestAll,
      unit: 'ms',
    });
  } finally {
    synthServer?.close();
    await browser.close();
    await app.close();
    await rm(synthDir, { recursive: true, force: true });
  }
  return rows;
}
