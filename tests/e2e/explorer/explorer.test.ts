// The explorer end to end: a real Neo4j holding the seeds, the production build served by the API
// server, and headless Chromium doing what an analyst does. Every step saves a screenshot into
// tests/artifacts/e2e/ (look at them).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { OVERVIEW_MAX_EDGES, OVERVIEW_MAX_NODES } from '../../../query-service/explore/overview-caps.ts';
import { loadSeeds, resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { startExplorer } from '../app-server.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'tests', 'artifacts', 'e2e');

let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
/** console lines of Chromium refusing something under the server's Content-Security-Policy */
const cspViolations: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Nodes on screen, read from the counter under the graph ("104 个节点，138 条关系"). */
async function sceneSize(p: Page = page): Promise<{ nodes: number; rels: number }> {
  const text = (await p.getByTestId('scene-counts').textContent()) ?? '';
  const [nodes, rels] = (text.match(/\d+/g) ?? ['0', '0']).map(Number);
  return { nodes, rels };
}

async function searchAndChoose(query: string, group: string, name?: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  const options = page
    .locator('.search-group')
    .filter({ has: page.locator('h4', { hasText: group }) })
    .getByRole('option');
  const option = name ? options.filter({ hasText: name }).first() : options.first();
  await option.waitFor();
  await option.dispatchEvent('mousedown');
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  driver = testDriver();
  await resetDatabase(driver);
  await loadSeeds(driver);
  server = await startExplorer(driver);
  browser = await launchChromium();
  page = await browser.context.newPage();
  browser.context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

describe('explorer in Chromium', () => {
  it('opens on the overview of zones, industries and lead agencies', async () => {
    await page.goto(`${server.url}/?lang=zh`);
    await expect.poll(async () => (await sceneSize()).nodes, { timeout: 90_000 }).toBeGreaterThan(20);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('ftz:first-draw').length)).toBe(1);
    const legend = await page.getByTestId('legend').textContent();
    expect(legend).toContain('片区');
    // bounded: the fixed caps hold on screen, and the server's layout is drawn as it came (no ForceAtlas2)
    const size = await sceneSize();
    expect(size.nodes).toBeLessThanOrEqual(OVERVIEW_MAX_NODES);
    expect(size.rels).toBeLessThanOrEqual(OVERVIEW_MAX_EDGES);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('ftz:layout-stop').length)).toBe(1);
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="graph-canvas"]') as unknown as {
        sigma: { getGraph(): { everyNode(f: (id: string, a: Record<string, unknown>) => boolean): boolean } };
      };
      const [start, stop] = ['ftz:layout-start', 'ftz:layout-stop'].map((m) => performance.getEntriesByName(m)[0]);
      return {
        preset: canvas.sigma.getGraph().everyNode((_, a) => a['preset'] === true),
        ran: stop.startTime - start.startTime,
      };
    });
    expect(drawn.preset).toBe(true);
    expect(drawn.ran).toBeLessThan(50);
    await shot('01-overview');
  });

  it('searches 跨境电商 and opens a measure', async () => {
    await page.getByTestId('search-input').fill('跨境电商');
    await page.getByTestId('search-results').locator('mark').first().waitFor();
    await shot('02-search-results');
    const groups = await page.locator('.search-group h4').allTextContents();
    expect(groups.some((g) => g.includes('措施'))).toBe(true);
    // traditional input finds the same measures (the server converts it)
    await page.getByTestId('search-input').fill('跨境電商');
    await expect
      .poll(async () => page.locator('.search-group h4').allTextContents())
      .toContainEqual(expect.stringContaining('措施'));
    await searchAndChoose('跨境电商', '措施');
    const details = page.getByTestId('details');
    await expect.poll(async () => (await details.locator('.sub').first().textContent()) ?? '').toContain('measure:');
    expect(await details.textContent()).toMatch(/跨境电/);
    await shot('03-measure-details');
  });

  it('expands an agency with a cap per relationship type', async () => {
    await searchAndChoose('岳阳海关', '机构', '岳阳海关');
    const details = page.getByTestId('details');
    await expect.poll(async () => (await details.locator('h2').textContent()) ?? '').toContain('岳阳海关');
    const before = await sceneSize();
    await page.getByTestId('expand-menu').locator('summary').click();
    await page.getByTestId('expand-run').click();
    await expect.poll(async () => (await sceneSize()).nodes, { timeout: 20_000 }).toBeGreaterThan(before.nodes);
    await expect
      .poll(async () => details.locator('.rel-group h4').allTextContents())
      .toContainEqual(expect.stringContaining('牵头'));
    await page.waitForTimeout(1500);
    await shot('04-agency-expanded');
  });

  it('runs the saved query of lead bureaus for 跨境电子商务 and finds 岳阳海关', async () => {
    await page.locator('[data-tab="queries"]').click();
    await page.locator('[data-query="lead-bureaus-by-industry"]').click();
    await page.getByTestId('run-query').click();
    const result = page.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
    await expect.poll(async () => (await page.getByTestId('result-table').textContent()) ?? '').toContain('岳阳海关');
    await shot('05-saved-query-table');
  });

  it('opens the evidence of a LEADS relationship and marks it in the plan text', async () => {
    await searchAndChoose('岳阳海关', '机构', '岳阳海关');
    await page.locator('[data-tab="details"]').click();
    const leads = page.locator('.evidence-item[data-rel-type="LEADS"]').first();
    await leads.waitFor();
    const evidence = ((await leads.locator('blockquote').textContent()) ?? '').trim();
    await leads.getByTestId('open-in-plan').click();
    const reader = page.getByTestId('plan-reader');
    await reader.locator('mark.evidence').first().waitFor();
    const marked = (await reader.locator('mark.evidence').allTextContents()).join('');
    expect(marked.length).toBeGreaterThan(3);
    expect(evidence.replace(/\s/g, '')).toContain(marked.replace(/\s/g, '').slice(0, 20));
    await shot('06-evidence-in-plan');
  });

  it('exports the scene as GraphML that graphology reads back', async () => {
    const { nodes } = await sceneSize();
    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-format="graphml"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const file = await download.path();
    const graph = parseGraphml(Graph, await readFile(file, 'utf8'));
    expect(graph.order).toBe(nodes);
    await shot('07-export-menu');
    await page.getByTestId('export-menu').locator('summary').click();
  });

  it('refuses a write in the Cypher console with the server’s message (editor, Ctrl+Enter)', async () => {
    await page.locator('[data-tab="console"]').click();
    const editor = page.locator('.cm-content');
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (n:Agency {name: '假机构'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    const result = page.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 20_000 }).toBe('write-refused');
    expect(await result.textContent()).toMatch(/写入被拒绝/);
    await shot('08-console-write-refused');
  });

  it('switches the interface to English and shows English names beside Chinese', async () => {
    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => page.locator('[data-tab="details"]').textContent()).toBe('Details');
    await page.locator('[data-tab="details"]').click();
    await expect
      .poll(async () => (await page.getByTestId('details').locator('h2').textContent()) ?? '')
      .toContain('Yueyang');
    expect(page.url()).toContain('lang=en');
    await shot('09-english');
  });

  it('reopens a shared URL with the same scene, selection and language', async () => {
    const shared = page.url();
    const before = await sceneSize();
    const title = await page.getByTestId('details').locator('h2').textContent();
    const other = await browser.context.newPage();
    await other.goto(shared);
    await expect.poll(async () => (await sceneSize(other)).nodes, { timeout: 30_000 }).toBe(before.nodes);
    expect((await sceneSize(other)).rels).toBe(before.rels);
    await expect.poll(async () => other.getByTestId('details').locator('h2').textContent()).toBe(title);
    await other.waitForTimeout(2000);
    await other.screenshot({ path: join(ARTIFACTS, '10-shared-url.png') });
    await other.close();
  });

  it('names a zone in English (Zone.nameEn by the X片区 → X Area rule)', async () => {
    expect(page.url()).toContain('lang=en');
    await searchAndChoose('岳阳片区', 'Zone', '岳阳片区');
    await page.locator('[data-tab="details"]').click();
    await expect
      .poll(async () => (await page.getByTestId('details').locator('h2').textContent()) ?? '')
      .toContain('岳阳片区 · Yueyang Area');
    await shot('10-zone-english');
  });

  it('expands a node at once, before its counts have loaded', async () => {
    // the node's counts (GET /api/nodes/:id) arrive late, as on a busy server: Expand still expands
    const late = (url: URL): boolean => /^\/api\/nodes\/[^/]+$/.test(url.pathname);
    await page.route(late, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    try {
      await searchAndChoose('岳阳市商务粮食局', 'Agenc', '岳阳市商务粮食局');
      const before = await sceneSize();
      await page.getByTestId('expand-menu').locator('summary').click();
      await page.getByTestId('expand-run').click();
      await expect.poll(async () => (await sceneSize()).nodes, { timeout: 20_000 }).toBeGreaterThan(before.nodes);
    } finally {
      await page.unroute(late);
    }
  });

  it('ran every step above without a Content-Security-Policy violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
