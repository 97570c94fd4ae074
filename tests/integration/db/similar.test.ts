// SIMILAR_TO at load time against the real Neo4j: two seed plans that carry the same reform (the
// Haidian cluster's and the Yueyang area's IP-pledge financing measures) are loaded and the edge is
// found — once, in its canonical direction, with score and method; a reload keeps it single, and a
// changed plan finds it again after its measures were replaced. A plan added later is compared with
// the term vectors stored beside the documents (or, when they are missing or stale, with their
// measures) and finds the same edges as a load of all three at once.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIMILARITY_METHOD, SIMILARITY_THRESHOLD } from '../../../graph-loader/src/similar/index.ts';
import { loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const HAIDIAN = '002_bb333e7070ab7c6d.txt';
const YUEYANG = '003_f31d9fd870de6b80.txt';
const ZHENGZHOU = '000_6dd3a853ebbe6fc4.txt';
const IP_PLEDGE = [
  'measure:中国（北京）自由贸易试验区科技创新片区海淀组团实施方案#3.2.2',
  'measure:中国（湖南）自由贸易试验区岳阳片区实施方案（征求意见稿）#4.88',
];

interface Edge {
  from: string;
  to: string;
  score: number;
  method: string;
  fromDoc: string;
  toDoc: string;
}

async function similarEdges(driver: Driver): Promise<Edge[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Measure)-[r:SIMILAR_TO]->(b:Measure) ' +
      'RETURN a.id AS from, b.id AS to, r.score AS score, r.method AS method, a.docId AS fromDoc, b.docId AS toDoc ' +
      'ORDER BY from, to',
  );
  return records.map((r) => ({
    from: String(r.get('from')),
    to: String(r.get('to')),
    score: Number(r.get('score')),
    method: String(r.get('method')),
    fromDoc: String(r.get('fromDoc')),
    toDoc: String(r.get('toDoc')),
  }));
}

describe('SIMILAR_TO at load time', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    dir = await mkdtemp(join(tmpdir(), 'ftz-similar-test-'));
    for (const name of [HAIDIAN, YUEYANG]) await copyFile(join(SEED_DIR, name), join(dir, name));
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('links the same reform in two plans, once, from the smaller id, with score and method', async () => {
    const report = await loadSeeds(driver, [dir]);
    expect(report.failed).toBe(0);
    const edges = await similarEdges(driver);
    expect(edges.map((e) => [e.from, e.to])).toContainEqual(IP_PLEDGE);
    for (const e of edges) {
      expect(e.from < e.to).toBe(true);
      expect(e.fromDoc).not.toBe(e.toDoc);
      expect(e.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
      expect(e.score).toBeLessThanOrEqual(1);
      expect(e.method).toBe(SIMILARITY_METHOD);
    }
    const { records } = await driver.executeQuery(
      'MATCH (:Measure {id: $a})-[r:SIMILAR_TO]-(:Measure {id: $b}) RETURN count(r) AS n',
      { a: IP_PLEDGE[0], b: IP_PLEDGE[1] },
    );
    expect(Number(records[0]?.get('n'))).toBe(1);
  });

  it('keeps the edges single on reload, and finds them again when a plan changed', async () => {
    await loadSeeds(driver, [dir]);
    const first = await similarEdges(driver);
    const again = await loadSeeds(driver, [dir]);
    expect(again.files.map((f) => f.status)).toEqual(['unchanged', 'unchanged']);
    expect(await similarEdges(driver)).toEqual(first);

    const edited = join(dir, YUEYANG);
    const text = await readFile(edited, 'utf8');
    await writeFile(edited, `${text}\n（附）本方案由岳阳片区管委会负责解释。\n`);
    const changed = await loadSeeds(driver, [dir]);
    expect(changed.files.map((f) => f.status)).toEqual(['unchanged', 'loaded']);
    expect(await similarEdges(driver)).toEqual(first);
  });
});

describe('SIMILAR_TO for a plan added later (stored term vectors)', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    dir = await mkdtemp(join(tmpdir(), 'ftz-similar-added-'));
    await mkdir(join(dir, 'first'));
    await mkdir(join(dir, 'later'));
    for (const name of [YUEYANG, ZHENGZHOU]) await copyFile(join(SEED_DIR, name), join(dir, 'first', name));
    await copyFile(join(SEED_DIR, HAIDIAN), join(dir, 'later', HAIDIAN));
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  let expected: Edge[] = [];
  it('a load of all three at once links the later plan to the first ones', async () => {
    const together = await loadSeeds(driver, [join(dir, 'first'), join(dir, 'later')]);
    expect(together.loaded).toBe(3);
    expected = await similarEdges(driver);
    expect(expected.map((e) => [e.from, e.to])).toContainEqual(IP_PLEDGE);
  }, 600_000);

  const stale: [string, string][] = [
    ['stored vectors', 'RETURN 0'],
    ['vectors missing', 'MATCH (d:Document) REMOVE d.similarityVectors, d.similarityKey'],
    ['vectors stale', "MATCH (d:Document) SET d.similarityKey = 'stale'"],
  ];
  it.each(stale)(
    'loading the later plan on its own finds the same edges (%s)',
    async (_label, damage) => {
      expect(expected.length).toBeGreaterThan(0);
      expect((await loadSeeds(driver, [join(dir, 'first')])).loaded).toBe(2);
      const { records } = await driver.executeQuery(
        'MATCH (d:Document) RETURN count(d) AS docs, count(d.similarityVectors) AS stored',
      );
      expect(Number(records[0]?.get('stored'))).toBe(Number(records[0]?.get('docs')));
      await driver.executeQuery(damage);
      expect((await loadSeeds(driver, [join(dir, 'later')])).loaded).toBe(1);
      expect(await similarEdges(driver)).toEqual(expected);
      const after = await driver.executeQuery(
        'MATCH (d:Document) WHERE d.similarityKey STARTS WITH d.sha256 RETURN count(d) AS n',
      );
      expect(Number(after.records[0]?.get('n'))).toBe(3);
    },
    600_000,
  );
});
