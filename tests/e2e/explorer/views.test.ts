// Answers an analyst can see (issue 12) in a real Chromium on the seeds: every saved query answers
// as a graph where its rows name nodes, queries on the selection chosen by what is selected, a
// results view made for reading, EXPLAIN shown as a plan. Screenshots go to tests/artifacts/e2e/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedQueryListResponse } from '../../../core/api-types.ts';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { idsInRows } from '../../../core/row-ids.ts';
import { createQueryService } from '../../../query-service/service.ts';
import { loadSeeds, resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { startExplorer } from '../app-server.ts';
import { READ_XLSX, type XlsxRead, python } from '../../integration/export/readers.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'tests', 'artifacts', 'e2e');
let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

async function searchAndChoose(p: Page, query: string, group: string, name?: string): Promise<void> {
  await p.getByTestId('search-input').fill(query);
  const options = p
    .locator('.search-group')
    .filter({ has: p.locator('h4', { hasText: group }) })
    .getByRole('option');
  const option = name ? options.filter({ hasText: name }).first() : options.first();
  await option.waitFor();
  await option.dispatchEvent('mousedown');
}

/** Downloads the shown table as XLSX and reads it back with Python: the UI's headers, the filtered rows. */
async function checkXlsx(filtered: number): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('result-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/^ftz-atlas-agency-workload-.*\.xlsx$/);
  const book = await python<XlsxRead>(READ_XLSX, await download.path());
  const headers = await page.getByTestId('result-table').locator('th').allTextContents();
  expect(book.rows[0].map(([, v]) => v)).toEqual(headers.map((h) => h.trim()));
  expect(book.rows).toHaveLength(filtered + 1);
  const first = await page.getByTestId('result-table').locator('tbody tr').first().locator('td').allTextContents();
  expect(book.rows[1].map(([, v]) => String(v))).toEqual(first);
}

const DONE = ['ok', 'empty', 'truncated', 'nothing-drawable', 'error', 'timeout'];

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  driver = testDriver();
  await resetDatabase(driver);
  await loadSeeds(driver);
  server = await startExplorer(driver);
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${server.url}/?lang=zh`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

describe('views in Chromium', () => {
  it('every saved query shows a non-empty graph where its rows name nodes', async () => {
    const list = (await (await fetch(`${server.url}/api/queries`)).json()) as SavedQueryListResponse;
    const service = createQueryService({ driver, queryTimeoutMs: 60_000 });
    expect(list.queries.length).toBeGreaterThanOrEqual(18);
    await page.locator('[data-tab="queries"]').click();
    let withNodes = 0;
    for (const q of list.queries) {
      const expected = await service.runQuery(q); // what the rows name, read beside the UI
      await page.locator(`[data-query="${q.name}"]`).click();
      await page.getByTestId('run-query').click();
      const result = page.getByTestId('result-view');
      await expect
        .poll(async () => DONE.includes((await result.getAttribute('data-state')) ?? ''), { timeout: 30_000 })
        .toBe(true);
      const state = await result.getAttribute('data-state');
      expect(['ok', 'empty', 'truncated'], `${q.name}: ${state}`).toContain(state);
      if (idsInRows(expected.rows).length > 0 || expected.graph.nodes.length > 0) {
        // the graph behind the rows is asked for when the graph view shows (POST /api/query/graph)
        await result.getByRole('button', { name: '图', exact: true }).click();
        await expect
          .poll(async () => Number(await result.getAttribute('data-nodes')), { timeout: 20_000, message: q.name })
          .toBeGreaterThan(0);
        await expect.poll(() => result.getByTestId('add-to-scene').count(), { timeout: 5000 }).toBe(1);
        withNodes++;
      }
    }
    expect(withNodes).toBeGreaterThanOrEqual(18);
    // lead bureaus (a table query) drawn and added to the scene
    await page.locator('[data-query="lead-bureaus-by-industry"]').click();
    await page.getByTestId('run-query').click();
    const result = page.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
    await result.getByRole('button', { name: '图', exact: true }).click();
    await result.getByTestId('add-to-scene').click();
    await page.waitForTimeout(2000);
    await shot('20-lead-bureaus-as-graph');
  }, 600_000); // 23 queries through the UI on a shared machine

  it('reads results: Chinese headers and description, ids hidden, filter, wide pane', async () => {
    await page.locator('[data-query="agency-workload"]').click();
    expect(await page.getByTestId('query-description').textContent()).toMatch(/单位/);
    await page.getByTestId('run-query').click();
    const result = page.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
    await result.getByRole('button', { name: '表', exact: true }).click();
    const headers = await page.getByTestId('result-table').locator('th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(expect.arrayContaining(['单位', '层级', '牵头']));
    expect(headers.join(' ')).not.toMatch(/agencyId|measureIds|agencyEn/);
    await page.getByTestId('result-wide').click();
    const box = await result.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(1200);
    const total = await page.getByTestId('result-table').locator('tbody tr').count();
    await page.getByTestId('result-filter').fill('岳阳');
    const filtered = await page.getByTestId('result-table').locator('tbody tr').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    for (const row of await page.getByTestId('result-table').locator('tbody tr').allTextContents())
      expect(row).toContain('岳阳');
    await checkXlsx(filtered);
    await page.getByTestId('result-table').locator('th', { hasText: '牵头' }).first().click();
    await shot('21-results-wide-filtered');
    await page.getByTestId('result-wide').click();
  });

  it('runs queries on the selection by what is selected (agency, then measure)', async () => {
    await searchAndChoose(page, '岳阳海关', '机构', '岳阳海关');
    await page.locator('[data-tab="details"]').click();
    const panel = page.getByTestId('run-on-node');
    await panel.waitFor();
    const offered = await panel
      .locator('[data-selection-query]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-selection-query')));
    expect(offered).toEqual(expect.arrayContaining(['agency-portfolio', 'agency-partners']));
    expect(offered).not.toContain('measure-context');
    await panel.locator('[data-selection-query="agency-partners"]').click();
    const result = panel.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
    expect(await result.getByTestId('result-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot('22-agency-partners-on-selection');
    // a measure is offered its context and the same reform elsewhere; an empty answer says so
    await searchAndChoose(page, '跨境电商', '措施');
    await page.locator('[data-tab="details"]').click();
    const measurePanel = page.getByTestId('run-on-node');
    await measurePanel.locator('[data-selection-query="similar-measures"]').click();
    const r2 = measurePanel.getByTestId('result-view');
    await expect
      .poll(async () => DONE.includes((await r2.getAttribute('data-state')) ?? ''), { timeout: 20_000 })
      .toBe(true);
    const state = await r2.getAttribute('data-state');
    expect(['ok', 'empty']).toContain(state);
    if (state === 'empty') expect(await r2.textContent()).toMatch(/没有返回结果/);
    await shot('23-measure-similar-on-selection');
  });

  it('shows EXPLAIN as a plan in the console', async () => {
    await page.locator('[data-tab="console"]').click();
    const editor = page.locator('.cm-content');
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('EXPLAIN MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a.name, count(m)');
    await page.keyboard.press('Control+Enter');
    const result = page.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 20_000 }).toBe('ok');
    const table = page.getByTestId('result-table');
    expect(await table.locator('th').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('执行算子')]),
    );
    expect(await table.textContent()).toMatch(/ProduceResults/);
    await shot('24-explain-plan');
  });
});
