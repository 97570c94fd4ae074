// The cross-plan views (issue 12, item 5) in a real Chromium, on the seeds plus two dev-corpus
// documents loaded beside them (05 Shanghai FTZ regulation and 14 Lingang city check plan, both
// covering 上海自贸试验区): zones side by side with differences marked, agencies across plans with
// their workload per plan and zone, both languages, names that add their node to the scene. The
// expected values are read beside the UI through the query service and plain Cypher. Screenshots
// go to tests/artifacts/e2e/ (cross-plan-*.png); with FTZ_DOC_SHOTS=1 to docs/screenshots/, the
// ones the README shows (so that an ordinary test run leaves the committed files alone).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { createQueryService } from '../../../query-service/service.ts';
import type { QueryService } from '../../../query-service/service.ts';
import { agenciesAcrossPlans } from '../../../web/src/graph/agency-plans.ts';
import { zoneMatrix } from '../../../web/src/graph/zone-matrix.ts';
import { loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';
import { startExplorer } from '../app-server.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

const SHOTS =
  process.env.FTZ_DOC_SHOTS === '1'
    ? join(PROJECT_ROOT, 'docs', 'screenshots')
    : join(PROJECT_ROOT, 'tests', 'artifacts', 'e2e', 'cross-plan');
const CORPUS = [
  '05_shanghai_zimaoqu_tiaoli_2014.txt',
  '14_huzimaolinguanwei2024_53_lingang_chengshi_tijian_fangan.txt',
].map((f) => join(PROJECT_ROOT, '../shared/corpus', f));
const ZONES = ['岳阳片区', '郑州片区', '上海自贸试验区'];

let driver: Driver;
let service: QueryService;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let zoneIds: string[];
let corpusPlans: string[];

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const sel = () => new URL(page.url()).searchParams.get('sel');

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  driver = testDriver();
  await resetDatabase(driver);
  const report = await loadSeeds(driver, [SEED_DIR, ...CORPUS]);
  expect(report.failed).toBe(0);
  const zones = await driver.executeQuery('UNWIND $names AS n MATCH (z:Zone {name: n}) RETURN z.id AS id', {
    names: ZONES,
  });
  zoneIds = zones.records.map((r) => r.get('id') as string);
  const plans = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.file ENDS WITH $a OR d.file ENDS WITH $b RETURN d.title AS title',
    { a: CORPUS[0].split('/').pop(), b: CORPUS[1].split('/').pop() },
  );
  corpusPlans = plans.records.map((r) => r.get('title') as string);
  service = createQueryService({ driver, queryTimeoutMs: 60_000 });
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

describe('cross-plan views in Chromium', () => {
  it('compares three zones side by side, marks the differences, adds a row to the scene', async () => {
    expect(zoneIds).toHaveLength(3);
    expect(corpusPlans).toHaveLength(2);
    const expected = zoneMatrix((await service.runSaved('zones-compare', { zones: zoneIds })).rows);
    await page.locator('[data-tab="compare"]').click();
    await page.locator('[data-view="zones"]').click();
    for (const id of zoneIds) await page.getByTestId('zone-add').selectOption(id);
    await page.getByTestId('zones-compare-run').click();
    const view = page.getByTestId('zones-compare-view');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    const matrix = page.getByTestId('zone-matrix');
    // one table per section, each headed by the zones in the order picked, with their kind
    const head = matrix.locator('table').first().locator('thead th');
    expect((await head.locator('button').allTextContents()).map((h) => h.trim())).toEqual(ZONES);
    expect(await head.locator('small').allTextContents()).toEqual(['片区', '片区', '自贸试验区']);
    // the measure counts, zone by zone, as the query service counts them
    const counts = (await matrix.locator('tbody[data-aspect="count"] tr').first().locator('td').allTextContents()).map(
      Number,
    );
    expect(counts).toEqual(expected.sections[0].rows[0].cells);
    expect(Math.min(...counts)).toBeGreaterThan(0); // the corpus documents give Shanghai measures
    // rows present in some zones only are highlighted: as many as the matrix has among the rows shown
    const shownPartial = await matrix.locator('tr.partial').count();
    expect(shownPartial).toBeGreaterThan(0);
    const industries = expected.sections.find((s) => s.aspect === 'industry');
    expect(industries?.rows.some((r) => r.partial)).toBe(true);
    await shot('zones-compare');
    // differences only: the rows equal everywhere go
    const before = await matrix.locator('tbody tr[data-differs]').count();
    await page.getByTestId('differences-only').check();
    const after = await matrix.locator('tbody tr[data-differs]').count();
    expect(after).toBeLessThanOrEqual(before);
    expect(await matrix.locator('tbody tr[data-differs="false"]').count()).toBe(0);
    await page.getByTestId('differences-only').uncheck();
    // an industry's name adds its node to the scene (and selects it)
    const first = industries?.rows[0];
    await matrix.locator('tbody[data-aspect="industry"] th[scope="row"] button').first().click();
    await expect.poll(sel, { timeout: 20_000 }).toBe(first?.itemId);
    // in English: sections and counts in English, the Chinese names kept
    await page.getByTestId('lang-switch').click();
    await expect
      .poll(() => matrix.locator('table[data-section="count"] th.section-title').textContent())
      .toMatch(/Measures/);
    expect(await matrix.locator('tbody[data-aspect="count"]').textContent()).toMatch(/All measures/);
    await shot('zones-compare-en');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('cross-plan-close').click();
    expect(await view.count()).toBe(0);
  });

  it('lists the agencies that appear in more than one plan, with their workload per plan and zone', async () => {
    const rows = (await service.runSaved('agencies-across-plans', { minPlans: 2 })).rows;
    const expected = agenciesAcrossPlans(rows);
    expect(expected.length).toBeGreaterThan(0);
    await page.locator('[data-view="agencies"]').click();
    await page.getByTestId('agencies-run').click();
    const view = page.getByTestId('agencies-view');
    await expect.poll(() => view.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    const table = page.getByTestId('agency-plans');
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers[0]).toBe('单位Agency'); // the UI's language, the other beneath
    expect(headers).toHaveLength(7);
    const agencies = await table.locator('tbody[data-agency]').evaluateAll((els) => els.map((e) => e.dataset.agency));
    expect(agencies).toEqual(expected.map((a) => a.agencyId));
    for (const a of expected) {
      const block = table.locator(`tbody[data-agency="${a.agencyId}"]`);
      expect(Number(await block.locator('td.plans').textContent())).toBe(a.plans.length);
      expect(a.plans.length).toBeGreaterThanOrEqual(2);
      const total = (await block.locator('tr.total td.num').allTextContents()).map((t) => (t === '—' ? 0 : Number(t)));
      expect(total).toEqual([a.leads, a.supports, a.involved]);
    }
    // a corpus document is one of the plans an agency spans
    const plansShown = (await table.locator('td.plan').allTextContents()).map((t) => t.trim());
    expect(plansShown.some((p) => corpusPlans.includes(p))).toBe(true);
    await shot('agencies-across-plans');
    // the agency's name adds it to the scene
    await table.getByTestId('agency-link').first().click();
    await expect.poll(sel, { timeout: 20_000 }).toBe(expected[0].agencyId);
    await page.getByTestId('lang-switch').click();
    expect((await table.locator('thead th').first().textContent())?.trim()).toBe('Agency单位');
    await shot('agencies-across-plans-en');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('cross-plan-close').click();
    await page.waitForTimeout(1500);
    await shot('cross-plan-added-to-scene');
  });
});
