// A briefing worth handing on (issue 12, item 7), in a real Chromium on the seeds: the analyst
// expands 岳阳海关, gives the HTML briefing a title and a question, downloads it, and the file opened
// in Chromium reads: the title, the question, a summary (who leads how many measures, in which zones,
// what falls due), the legend and headers in the chosen language (no raw LEADS in the Chinese page),
// the source documents (title, number, issuer, date), the measures table. Screenshots in docs/screenshots/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { loadSeeds, resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { startExplorer } from '../app-server.ts';
import { launchChromium } from '../browser.ts';
import type { Browser } from '../browser.ts';

const SHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');
let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let downloads: string;

const nodeCount = async (p: Page): Promise<number> =>
  Number(((await p.getByTestId('scene-counts').textContent()) ?? '0').match(/\d+/)?.[0] ?? 0);

/** Export the scene as an HTML briefing with this title and question; returns the saved file. */
async function exportBriefing(title: string, question: string, name: string): Promise<string> {
  const menu = page.getByTestId('export-menu');
  await menu.locator('summary').click();
  await page.getByTestId('export-title').fill(title);
  await page.getByTestId('export-question').fill(question);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    menu.locator('button[data-format="html"]').click(),
  ]);
  const file = join(downloads, name);
  await download.saveAs(file);
  return file;
}

interface BriefingView {
  title: string;
  h1: string;
  question: string;
  summary: string[];
  headings: string[];
  legend: string;
  sources: string[][];
  measureRows: number;
}

async function openBriefing(file: string, shotName: string): Promise<BriefingView> {
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 1280, height: 1000 });
  await view.goto(pathToFileURL(file).href);
  const read = await view.evaluate(() => {
    const text = (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? '';
    return {
      title: document.title,
      h1: text('h1'),
      question: text('[data-part="question"]'),
      summary: [...document.querySelectorAll('[data-part="summary"] li')].map((li) => li.textContent ?? ''),
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
      legend: [...document.querySelectorAll('.legend')].map((p) => p.textContent ?? '').join(' '),
      sources: [...document.querySelectorAll('[data-part="sources"] tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      ),
      measureRows: document.querySelectorAll('table:not([data-part]) tbody tr').length,
    };
  });
  await view.screenshot({ path: join(SHOTS, `${shotName}.png`) });
  // the legend, the sources and the cited policies: the end of the page
  await view.locator('[data-part="sources"]').scrollIntoViewIfNeeded();
  await view.screenshot({ path: join(SHOTS, `${shotName}-sources.png`) });
  await view.close();
  return read;
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  downloads = await mkdtemp(join(tmpdir(), 'ftz-briefing-'));
  driver = testDriver();
  await resetDatabase(driver);
  await loadSeeds(driver);
  server = await startExplorer(driver);
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

describe('the HTML briefing', () => {
  it('opens with the analyst’s title, question and summary, in Chinese words throughout', async () => {
    await page.goto(`${server.url}/?lang=zh`);
    await expect.poll(() => nodeCount(page), { timeout: 90_000 }).toBeGreaterThan(20);
    await page.getByTestId('search-input').fill('岳阳海关');
    const option = page.locator('.search-group').getByRole('option').filter({ hasText: '岳阳海关' }).first();
    await option.waitFor();
    await option.dispatchEvent('mousedown');
    await expect
      .poll(async () => (await page.getByTestId('details').locator('h2').textContent()) ?? '')
      .toContain('岳阳海关');
    const before = await nodeCount(page);
    await page.getByTestId('expand-menu').locator('summary').click();
    // the menu lists the relationship types once the node's degrees have come
    await expect
      .poll(() => page.getByTestId('expand-menu').locator('input[type="checkbox"]').count())
      .toBeGreaterThan(0);
    await page.getByTestId('expand-run').click();
    await expect.poll(() => nodeCount(page), { timeout: 20_000 }).toBeGreaterThan(before);

    const title = '岳阳海关的任务';
    const question = '岳阳海关牵头哪些措施，在哪些片区，何时到期？';
    const file = await exportBriefing(title, question, 'briefing-zh.html');
    const b = await openBriefing(file, 'briefing-zh');
    expect(b.title).toBe(title);
    expect(b.h1).toBe(title);
    expect(b.question).toContain(question);
    expect(b.summary.join('\n')).toMatch(/\d+ 份方案中的 \d+ 项措施/);
    expect(b.summary.join('\n')).toMatch(/牵头单位：[^\n]*岳阳海关（\d+ 项）/);
    expect(b.summary.join('\n')).toMatch(/所在片区：[^\n]*岳阳片区（\d+ 项）/);
    expect(b.summary.join('\n')).toMatch(/截至 \d{4}年\d{1,2}月\d{1,2}日：已到期 \d+ 项/);
    expect(b.headings.join(' ')).toMatch(/摘要.*关系图.*图例.*措施.*来源文件.*引用的政策文件/);
    expect(b.legend).toContain('牵头');
    expect(b.legend).toContain('片区');
    expect(b.legend).not.toMatch(/LEADS|PART_OF|SUPPORTS|Measure|Agency/);
    expect(b.measureRows).toBeGreaterThan(10);
    const yueyang = b.sources.find((row) => row[0]?.includes('岳阳片区实施方案'));
    expect(yueyang, JSON.stringify(b.sources)).toBeDefined();
    expect(yueyang?.[2]).toBe('岳阳市商务粮食局'); // issuer
    expect(yueyang?.[3]).toBe('2021年1月19日'); // issued on
    expect(Number(yueyang?.[4])).toBeGreaterThan(0); // measures of the briefing from it
  });

  it('speaks English when the interface does', async () => {
    await page.getByTestId('lang-switch').click();
    const file = await exportBriefing(
      'Yueyang Customs',
      'What does Yueyang Customs lead, and by when?',
      'briefing-en.html',
    );
    const b = await openBriefing(file, 'briefing-en');
    expect(b.h1).toBe('Yueyang Customs');
    expect(b.question).toContain('What does Yueyang Customs lead');
    expect(b.summary.join('\n')).toMatch(/Led by [^\n]*岳阳海关 \(Yueyang Customs\) \(\d+\)/);
    expect(b.summary.join('\n')).toMatch(/As of \d{1,2} [A-Z][a-z]{2} \d{4}: \d+ past due/);
    expect(b.headings.join(' ')).toMatch(/Summary.*Legend.*Measures.*Source documents/);
    expect(b.legend).toMatch(/leads/);
    expect(b.legend).not.toMatch(/LEADS|PART_OF/);
    expect(b.sources.some((row) => row[3] === '19 Jan 2021')).toBe(true);
  });
});
