// The search box while the full-text index cannot answer (after a bulk load it fills for a while; a
// store may have none): it says so in the analyst's language instead of spinning or failing, and
// finds again once the index is back. Real Chromium, the seeds.
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { SEARCH_INDEX } from '../../../query-service/explore/search.ts';
import { loadSeeds, resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { startExplorer } from '../app-server.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadSeeds(driver);
  server = await startExplorer(driver);
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await applySchema(driver);
  await browser?.close();
  await server?.close();
  await driver?.close();
});

describe('search box without a usable search index', () => {
  it('says the index is missing, then finds again once it is back', async () => {
    await page.goto(`${server.url}/?lang=zh`);
    await driver.executeQuery(`DROP INDEX ${SEARCH_INDEX}`);
    await page.getByTestId('search-input').fill('岳阳海关');
    const note = page.getByTestId('search-indexing');
    await note.waitFor();
    expect(await note.textContent()).toContain('全文索引');
    expect(await page.locator('.search-group').count()).toBe(0);
    await applySchema(driver);
    await page.getByTestId('search-input').fill('海关');
    await page.getByTestId('search-results').locator('mark').first().waitFor();
    expect(await page.getByTestId('search-indexing').count()).toBe(0);
  });
});
