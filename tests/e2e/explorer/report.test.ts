// The understanding report in the plan reader, in Chromium: the seeds and a dev-corpus document with
// tags the loader did not understand (corpus 18, a saved HTML page) are loaded; the reader shows the report beside the
// outline — header fields found or missing, units by level, the share with a lead — and clicking a
// not-understood span scrolls the text to it; the panel is a third of the window, resizable and
// expands to the reader's height. Screenshots: tests/artifacts/e2e/report-panel(-expanded).png.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnderstandingReport } from '../../../core/model.ts';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';
import { startExplorer } from '../app-server.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'tests', 'artifacts', 'e2e');
const DOC = join(PROJECT_ROOT, '../shared/corpus/18_guofa2018_39_cujin_jiuye_rawhtml.txt');

let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let stored: { id: string; title: string; report: UnderstandingReport };

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  driver = testDriver();
  await resetDatabase(driver);
  await loadSeeds(driver, [SEED_DIR, DOC]);
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.file ENDS WITH $file RETURN d.id AS id, d.title AS title, d.report AS report',
    { file: '18_guofa2018_39_cujin_jiuye_rawhtml.txt' },
  );
  const r = records[0];
  stored = { id: r.get('id'), title: r.get('title'), report: JSON.parse(r.get('report')) as UnderstandingReport };
  server = await startExplorer(driver);
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

describe('the understanding report in the plan reader', () => {
  it('shows the report beside the outline and scrolls the text to a not-understood span', async () => {
    await page.goto(server.url);
    await page.getByTestId('search-input').fill(stored.title);
    const option = page.locator('.search-group').getByRole('option').filter({ hasText: stored.title }).first();
    await option.waitFor();
    await option.dispatchEvent('mousedown');
    await page.locator('[data-tab="details"]').click();
    await page
      .getByRole('button', { name: /方案原文/ })
      .first()
      .click();
    const panel = page.getByTestId('understanding-report');
    await panel.waitFor();
    const found = stored.report.header.filter((h) => h.found).length;
    await expect.poll(() => panel.locator('.report-header li.found').count()).toBe(found);
    expect(await panel.locator('.report-header li.missing').count()).toBe(stored.report.header.length - found);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(`L1 ${stored.report.levels[0]}`);
    expect(text).toContain(`${stored.report.withLead}/${stored.report.measures}`);
    expect(text).toContain(`未能理解：${stored.report.notUnderstood.length} 处`);

    const first = stored.report.notUnderstood[0];
    const box = page.getByTestId('plan-reader').locator('.reader-text');
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
    await panel.locator('.report-unread button').first().click();
    await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // the span starts the anchored run of text (a mention inside it may cut the run short)
    const anchored = (await box.locator(`[data-anchor="unread:${first.start}"]`).textContent()) ?? '';
    expect(anchored.length).toBeGreaterThan(0);
    expect(anchored.startsWith(first.text) || first.text.startsWith(anchored)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'report-panel.png') });
  });

  it('is readable: a third of the window, resizable, expanding to the reader height; lists every span by kind', async () => {
    const panel = page.getByTestId('understanding-report');
    const height = async (): Promise<number> => (await panel.boundingBox())?.height ?? 0;
    const before = await height();
    expect(before).toBeGreaterThanOrEqual(250); // 35vh of a 900 px window, not 160 px
    expect(await panel.evaluate((el) => getComputedStyle(el).resize)).toBe('vertical');
    await page.getByTestId('report-expand').click();
    await expect.poll(height).toBeGreaterThan(before + 200);
    // every span not understood is listed under its kind (unresolved and unplaced agency names among
    // them; the unit tests cover every kind, this document has tags and unplaced names)
    const shown = stored.report.notUnderstood.slice(0, 200); // the panel lists the first 200
    expect(await panel.locator('.report-unread li').count()).toBe(shown.length);
    for (const kind of ['unresolved', 'unplaced', 'tag']) {
      const spans = shown.filter((u) => u.kind === kind);
      expect(await panel.locator(`.report-unread li[data-kind="${kind}"]`).count()).toBe(spans.length);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'report-panel-expanded.png') });
    await page.getByTestId('report-expand').click();
    await expect.poll(height).toBeLessThan(before + 1);
  });
});
