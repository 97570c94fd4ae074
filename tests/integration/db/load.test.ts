// loadPlans over real files: the five seeds, reloading (sha256 skip), replace-on-change of a file,
// removal of orphaned shared nodes, and files that cannot be read reported while the others load.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { loadPlans } from '../../../graph-loader/src/db/load.ts';
import { Neo4jUnavailableError } from '../../../core/errors.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../../graph-loader/src/read/manifest.ts';
import { DICTIONARY_DIR, loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';
import { counts } from './counts.ts';

const SEEDS = [
  '000_6dd3a853ebbe6fc4.txt',
  '001_b18cb7838db816cd.txt',
  '002_bb333e7070ab7c6d.txt',
  '003_f31d9fd870de6b80.txt',
  '004_2994b826daeb6449.txt',
];

async function copySeeds(names: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ftz-load-test-'));
  for (const name of names) await copyFile(join(SEED_DIR, name), join(dir, name));
  return dir;
}

async function relCountOf(driver: Driver, docId: string): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r {docId: $docId}]->() RETURN count(r) AS c', { docId });
  return Number(records[0]?.get('c'));
}

describe('loading plans', () => {
  let driver: Driver;
  const temp: string[] = [];

  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('loads the five seeds as five Documents, and a second load changes nothing', async () => {
    const first = await loadSeeds(driver);
    expect(first.files.map((f) => [f.file, f.status])).toEqual(SEEDS.map((s) => [`data/plans/${s}`, 'loaded']));
    expect(first.measures).toBeGreaterThan(300);
    const once = await counts(driver);
    expect(once.Document).toBe(5);
    const second = await loadSeeds(driver);
    expect(second.files.map((f) => f.status)).toEqual(SEEDS.map(() => 'unchanged'));
    expect(second.files.map((f) => f.measures)).toEqual(first.files.map((f) => f.measures));
    expect(await counts(driver)).toEqual(once);
  });

  it('reloads unchanged files when the dictionaries (or the pipeline code) changed since', async () => {
    const dir = await copySeeds([SEEDS[1] ?? '', SEEDS[2] ?? '']);
    temp.push(dir);
    await loadSeeds(driver, [dir]);
    const once = await counts(driver);
    const dicts = await loadDictionaries(DICTIONARY_DIR);
    const edited = {
      ...dicts,
      instruments: [...dicts.instruments, { name: '测试用改革工具', aliases: [], nameEn: 'test instrument' }],
    };
    const report = await loadPlans(driver, [dir], { dicts: edited, manifest: await readManifest(SEED_DIR) });
    expect(report.files.map((f) => f.status)).toEqual(['loaded', 'loaded']);
    expect(await counts(driver)).toEqual(once);
  });

  it('replaces a changed file, keeps the other documents and removes orphaned shared nodes', async () => {
    const dir = await copySeeds([SEEDS[0] ?? '', SEEDS[3] ?? '']);
    temp.push(dir);
    const first = await loadSeeds(driver, [dir]);
    const [jinshui, yueyang] = first.files;
    const jinshuiRels = await relCountOf(driver, jinshui?.docId ?? '');
    const agenciesBefore = (await counts(driver)).Agency ?? 0;
    // keep only the first fifth of the Yueyang plan: most of its measures and agencies go away
    const yueyangFile = join(dir, SEEDS[3] ?? '');
    const text = await readFile(yueyangFile, 'utf8');
    await writeFile(yueyangFile, text.slice(0, Math.floor(text.length / 5)));
    const second = await loadSeeds(driver, [dir]);
    expect(second.files.map((f) => f.status)).toEqual(['unchanged', 'loaded']);
    expect(second.files[1]?.measures).toBeLessThan(yueyang?.measures ?? 0);
    const { records } = await driver.executeQuery('MATCH (m:Measure {docId: $docId}) RETURN count(m) AS c', {
      docId: yueyang?.docId,
    });
    expect(Number(records[0]?.get('c'))).toBe(second.files[1]?.measures);
    expect(await relCountOf(driver, jinshui?.docId ?? '')).toBe(jinshuiRels);
    expect((await counts(driver)).Agency ?? 0).toBeLessThan(agenciesBefore);
    const orphans = await driver.executeQuery(
      'MATCH (n) WHERE NOT n:Document AND NOT n:Measure AND NOT (n)--() RETURN count(n) AS c',
    );
    expect(Number(orphans.records[0]?.get('c'))).toBe(0);
  });

  it.each([
    ['empty.txt', new Uint8Array(0)],
    ['binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    [
      'image.md',
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
      ]),
    ],
  ])('reports %s with its path and loads the other files', async (name, bytes) => {
    const dir = await copySeeds([SEEDS[2] ?? '', SEEDS[4] ?? '']);
    temp.push(dir);
    await writeFile(join(dir, name), bytes);
    const report = await loadSeeds(driver, [dir]);
    const bad = report.files.find((f) => f.file.endsWith(name));
    expect(bad?.status).toBe('failed');
    expect(bad?.error).toContain(name);
    expect(report.failed).toBe(1);
    expect(report.loaded).toBe(2);
    expect((await counts(driver)).Document).toBe(2);
  });

  it('stops with Neo4jUnavailableError when Neo4j refuses the credentials, instead of failing each file', async () => {
    const { uri } = inject('neo4j');
    const wrong = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    const dicts = await loadDictionaries(DICTIONARY_DIR);
    const loading = loadPlans(wrong, [SEED_DIR], { dicts, manifest: {} });
    await expect(loading).rejects.toBeInstanceOf(Neo4jUnavailableError);
    await wrong.close();
  });

  it('reports a path that does not exist', async () => {
    const missing = join(tmpdir(), 'ftz-no-such-plan.txt');
    const report = await loadSeeds(driver, [missing]);
    expect(report.files.map((f) => [f.status, f.error?.includes('ftz-no-such-plan.txt')])).toEqual([['failed', true]]);
  });
});
