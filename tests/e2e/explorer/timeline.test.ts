// The two cross-plan timelines in a real Chromium, on the seeds plus two development-corpus documents
// loaded beside them (the Shanghai FTZ regulation, which covers a zone but states no date, and the
// Hainan Free Trade Port law, dated but linked to no zone): deadlines (overdue and due within N months
// of an "as of" date, by zone and by lead agency, both languages) and diffusion (from a measure — one
// click beside "the same reform elsewhere" — and from a reform instrument). Every expected number is
// read from the graph with plain statements, not from the saved queries. Screenshots go to
// tests/artifacts/e2e/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';
import { addMonths } from '../../integration/queries/cases-timeline.ts';
import { startExplorer } from '../app-server.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'tests', 'artifacts', 'e2e');
const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus');
const SHANGHAI = join(CORPUS, '05_shanghai_zimaoqu_tiaoli_2014.txt');
const HAINAN = join(CORPUS, '07_hainan_ziyou_maoyigang_fa.txt');
const AS_OF = '2022-06-30';
const NEGATIVE_LIST = 'policy:instrument:负面清单';

let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject() as T);
}

/** The lane names of a measure set: its zones (APPLIES_TO, else its plan's COVERS), else its plan's title. */
async function laneNames(measureIds: string[]): Promise<string[]> {
  const found = await rows<{ id: string; applies: string[]; covers: string[]; plan: string }>(
    `MATCH (m:Measure) WHERE m.id IN $ids MATCH (d:Document {id: m.docId})
     RETURN m.id AS id, [(m)-[:APPLIES_TO]->(z:Zone) | z.name] AS applies, [(d)-[:COVERS]->(z:Zone) | z.name] AS covers,
       d.title AS plan`,
    { ids: measureIds },
  );
  const names = found.flatMap((m) => (m.applies.length > 0 ? m.applies : m.covers.length > 0 ? m.covers : [m.plan]));
  return [...new Set(names)].sort();
}

async function shownLanes(p: Page): Promise<string[]> {
  const names = await p
    .locator('[data-testid="timeline-chart"] [data-lane]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-lane') ?? ''));
  return names.sort();
}

async function openWideTimeline(result: ReturnType<Page['getByTestId']>): Promise<void> {
  await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
  await result.getByTestId('timeline-view').waitFor();
  await result.getByTestId('result-wide').click();
  await page.waitForTimeout(300); // the chart takes the overlay's width
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  driver = testDriver();
  await resetDatabase(driver);
  const report = await loadSeeds(driver, [SEED_DIR, SHANGHAI, HAINAN]);
  expect(report.failed).toBe(0);
  server = await startExplorer(driver);
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1600, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

describe('timelines in Chromium (seeds + two corpus documents)', () => {
  it('shows what is overdue and due within six months of an as-of date, by zone and by lead agency', async () => {
    const until = addMonths(AS_OF, 6);
    const due = await rows<{ id: string; dueDate: string; leads: string[] }>(
      `MATCH (m:Measure) WHERE m.dueDate IS NOT NULL AND m.dueDate <= $until
       RETURN m.id AS id, m.dueDate AS dueDate, [(a:Agency)-[:LEADS]->(m) | a.name] AS leads`,
      { until },
    );
    const overdue = due.filter((m) => m.dueDate < AS_OF).length;
    expect(overdue).toBeGreaterThan(0);
    await page.goto(`${server.url}/?lang=zh&o=none`);
    await page.locator('[data-tab="queries"]').click();
    await page.locator('[data-query="deadlines-due"]').click();
    await page.locator('[data-param="asOf"]').fill(AS_OF);
    await page.locator('[data-param="months"]').fill('6');
    await page.getByTestId('run-query').click();
    const result = page.getByTestId('result-view');
    await openWideTimeline(result);
    const summary = page.getByTestId('timeline-summary');
    expect(await summary.textContent()).toContain(
      `截至 ${AS_OF}：${overdue} 项逾期，${due.length - overdue} 项将于 ${until} 前到期`,
    );
    expect(await shownLanes(page)).toEqual(await laneNames(due.map((m) => m.id)));
    expect(await page.locator('.mark[data-status="overdue"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('timeline-as-of').textContent()).toContain(AS_OF);
    await shot('30-deadlines-by-zone');

    await page.locator('.timeline-bar [data-grouping="agency"]').click();
    const agencies = new Set(due.flatMap((m) => (m.leads.length > 0 ? m.leads : ['—'])));
    expect(agencies.size).toBeLessThanOrEqual(40); // all shown
    expect(await shownLanes(page)).toEqual([...agencies].sort());
    await shot('31-deadlines-by-agency');

    // a dot adds its measures (with the lane's agency) to the scene
    await page.locator('.mark[data-status="overdue"]').first().click();
    await page.getByTestId('result-wide').click();
    await expect.poll(() => page.getByTestId('scene-counts').textContent(), { timeout: 20_000 }).not.toMatch(/^0 /);

    await page.getByTestId('lang-switch').click();
    await page.getByTestId('result-wide').click();
    expect(await page.getByTestId('timeline-summary').textContent()).toContain(`As of ${AS_OF}: ${overdue} overdue`);
    await shot('32-deadlines-by-agency-en');
    await page.getByTestId('result-wide').click();
  });

  it('offers the diffusion of a measure one click beside the same reform elsewhere', async () => {
    // a Hainan law measure that carries a reform of a seed plan
    const [pair] = await rows<{ id: string }>(
      `MATCH (m:Measure)-[:SIMILAR_TO]-(o:Measure) WHERE m.docId = 'policy:中华人民共和国海南自由贸易港法'
         AND o.docId <> m.docId
       RETURN m.id AS id ORDER BY id LIMIT 1`,
    );
    expect(pair).toBeDefined();
    const measure = pair?.id ?? '';
    const group = await rows<{ id: string }>(
      `MATCH (n:Measure {id: $id}) OPTIONAL MATCH (n)-[:COPY_OF]->(top:Measure) WITH coalesce(top, n) AS c
       MATCH (c)-[:SIMILAR_TO*0..2]-(g:Measure) WITH DISTINCT g
       CALL (g) { RETURN g AS o UNION MATCH (o:Measure)-[:COPY_OF]->(g) RETURN o }
       RETURN DISTINCT o.id AS id`,
      { id: measure },
    );
    await page.goto(
      `${server.url}/?lang=zh&o=none&add=${encodeURIComponent(JSON.stringify([measure]))}&sel=${encodeURIComponent(measure)}`,
    );
    await page.locator('[data-tab="details"]').click();
    const panel = page.getByTestId('run-on-node');
    await panel.waitFor();
    const offered = await panel
      .locator('[data-selection-query]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-selection-query')));
    expect(offered).toEqual(expect.arrayContaining(['similar-measures', 'diffusion']));
    await panel.locator('[data-selection-query="diffusion"]').click();
    const result = panel.getByTestId('result-view');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    await shot('33-diffusion-of-a-measure-in-panel');
    await openWideTimeline(result);
    expect(await shownLanes(page)).toEqual(await laneNames(group.map((g) => g.id)));
    expect(await page.locator('.mark.source').count()).toBe(1);
    await shot('34-diffusion-of-a-measure');
    await result.getByTestId('result-wide').click();
  });

  it('shows which zones took up a reform instrument and when, undated plans apart', async () => {
    const adopters = await rows<{ id: string }>(
      'MATCH (m:Measure)-[:ADOPTS|CITES]->(:Policy {id: $id}) RETURN m.id AS id',
      { id: NEGATIVE_LIST },
    );
    const direct = await rows<{ zone: string }>('MATCH (z:Zone)-[:ADOPTS]->(:Policy {id: $id}) RETURN z.name AS zone', {
      id: NEGATIVE_LIST,
    });
    const expected = [
      ...new Set([...(await laneNames(adopters.map((a) => a.id))), ...direct.map((d) => d.zone)]),
    ].sort();
    expect(expected).toEqual(expect.arrayContaining(['上海自贸试验区', '中华人民共和国海南自由贸易港法']));
    await page.goto(
      `${server.url}/?lang=zh&o=none&add=${encodeURIComponent(JSON.stringify([NEGATIVE_LIST]))}&sel=${encodeURIComponent(NEGATIVE_LIST)}`,
    );
    await page.locator('[data-tab="details"]').click();
    const panel = page.getByTestId('run-on-node');
    await panel.locator('[data-selection-query="diffusion"]').click();
    const result = panel.getByTestId('result-view');
    await openWideTimeline(result);
    expect(await shownLanes(page)).toEqual(expected);
    const first = await rows<{ first: string }>(
      `MATCH (m:Measure)-[:ADOPTS]->(:Policy {id: $id}) MATCH (d:Document {id: m.docId}) WHERE d.issuedOn IS NOT NULL
       RETURN min(d.issuedOn) AS first`,
      { id: NEGATIVE_LIST },
    );
    expect(await page.getByTestId('timeline-summary').textContent()).toContain(`最早 ${first[0]?.first ?? ''}`);
    expect(await page.locator('.undated').count()).toBe(1); // the Shanghai regulation states no date
    await shot('35-diffusion-of-an-instrument');
  });
});
