// SIMILAR_TO and copy groups at load time against the real Neo4j. Two seed plans that carry the same
// reform (the Haidian cluster's and the Yueyang area's IP-pledge financing measures) are linked once, in
// the canonical direction, with score and method; a reload keeps it single, a changed plan finds it
// again, and a plan added later finds the same edges as a load of all three at once (from the groups'
// vectors kept on their canonical members). Five plans that state one measure word for word make one
// group: four COPY_OF to one canonical member, not ten pairs; a sixth plan loaded later joins it; when
// the canonical member's plan drops the measure, the other members stay linked to a new canonical one.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIMILARITY_METHOD, SIMILARITY_THRESHOLD } from '../../../graph-loader/src/similar/index.ts';
import { createQueryService } from '../../../query-service/service.ts';
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

describe('SIMILAR_TO for a plan added later (groups restored from the store)', () => {
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

  it('loading the later plan on its own finds the edges a load of all three finds', async () => {
    const together = await loadSeeds(driver, [join(dir, 'first'), join(dir, 'later')]);
    expect(together.loaded).toBe(3);
    const expected = await similarEdges(driver);
    expect(expected.map((e) => [e.from, e.to])).toContainEqual(IP_PLEDGE);
    await resetDatabase(driver);
    expect((await loadSeeds(driver, [join(dir, 'first')])).loaded).toBe(2);
    const { records } = await driver.executeQuery(
      'MATCH (m:Measure) WHERE m.copyGroup IS NOT NULL AND NOT (m)-[:COPY_OF]->() ' +
        'RETURN count(m) AS canonical, count(m.similarityVectors) AS withVector',
    );
    expect(Number(records[0]?.get('canonical'))).toBeGreaterThan(0);
    expect(Number(records[0]?.get('withVector'))).toBe(Number(records[0]?.get('canonical')));
    expect((await loadSeeds(driver, [join(dir, 'later')])).loaded).toBe(1);
    expect(await similarEdges(driver)).toEqual(expected);
  }, 600_000);
});

const SHARED =
  '推行企业开办全程网上办理，实现营业执照、公章刻制、发票申领和社保登记在一个工作日内办结，压缩企业开办时间。';
const OWN = [
  '建设跨境电子商务综合服务平台，为中小企业提供通关、物流、退税和结汇的一站式服务。',
  '设立知识产权质押融资风险补偿资金，对银行发放的知识产权质押贷款损失给予补偿。',
  '开通至东南亚主要港口的集装箱班轮航线，发展江海联运和铁水联运业务。',
  '建立外籍高层次人才出入境和停居留便利通道，为外籍人才办理工作许可和居留许可提供绿色通道。',
  '推进医疗器械注册人制度试点，允许研发机构委托具备条件的企业生产医疗器械。',
  '探索建立生态产品价值实现机制，开展碳排放权和排污权交易试点。',
];
const PLACES = ['甲', '乙', '丙', '丁', '戊', '己'];

/** A small plan of place i: the shared measure (or, `changed`, another text) and one of its own. */
const smallPlan = (i: number, changed = false): string =>
  `${PLACES[i]}市自由贸易试验区建设实施方案\n\n一、主要任务\n（一）${changed ? '完善海关特殊监管区域保税维修业务监管，支持开展高技术含量、高附加值产品的境内外维修。' : SHARED}\n（二）${OWN[i]}\n`;

interface Star {
  members: string[];
  canonical: string[];
  copies: number;
  pairs: number;
}

/** The group of the shared measure: its members, canonical members, COPY_OF and SIMILAR_TO among them. */
async function star(driver: Driver): Promise<Star> {
  const { records } = await driver.executeQuery(
    `MATCH (m:Measure) WHERE m.text ENDS WITH $text AND m.path = '1.1'
     WITH collect(m) AS ms
     RETURN [m IN ms | m.id] AS members,
       [m IN ms WHERE NOT (m)-[:COPY_OF]->() | m.id] AS canonical,
       COUNT { MATCH (a:Measure)-[:COPY_OF]->(b:Measure) WHERE a IN ms AND b IN ms } AS copies,
       COUNT { MATCH (a:Measure)-[:SIMILAR_TO]-(b:Measure) WHERE a IN ms AND b IN ms } AS pairs`,
    { text: SHARED },
  );
  const r = records[0];
  return {
    members: (r?.get('members') as string[]).sort(),
    canonical: r?.get('canonical') as string[],
    copies: Number(r?.get('copies')),
    pairs: Number(r?.get('pairs')),
  };
}

describe('copy groups: measures stated word for word in several plans', () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    dir = await mkdtemp(join(tmpdir(), 'ftz-copy-groups-'));
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  const write = async (i: number, changed = false): Promise<string> => {
    const file = join(dir, `plan-${i}.txt`);
    await writeFile(file, smallPlan(i, changed));
    return file;
  };

  it('links five copies as a star, a sixth joins later, and the group outlives its canonical member', async () => {
    const five = await Promise.all([0, 1, 2, 3, 4].map((i) => write(i)));
    expect((await loadSeeds(driver, five)).loaded).toBe(5);
    const first = await star(driver);
    expect(first.members).toHaveLength(5);
    expect(first.canonical).toHaveLength(1);
    expect(first.copies).toBe(4); // not 10 pairs
    expect(first.pairs).toBe(0);
    const { records } = await driver.executeQuery(
      'MATCH (:Measure)-[r:COPY_OF]->(:Measure) RETURN min(r.score) AS low, collect(DISTINCT r.method) AS methods',
    );
    expect(Number(records[0]?.get('low'))).toBe(1);
    expect(records[0]?.get('methods')).toEqual([SIMILARITY_METHOD]);

    expect((await loadSeeds(driver, [await write(5)])).loaded).toBe(1);
    const joined = await star(driver);
    expect(joined.members).toHaveLength(6);
    expect(joined.canonical).toEqual(first.canonical);
    expect(joined.copies).toBe(5);
    // the saved queries follow the group: from any copy, the same measure in the five other plans
    const service = createQueryService({ driver });
    const copy = joined.members.find((m) => !joined.canonical.includes(m)) ?? '';
    const same = await service.runSaved('similar-measures', { measure: copy });
    const others = joined.members.filter((m) => m !== copy);
    expect(same.rows.filter((r) => r['relation'] === 'copy').map((r) => r['measureId'])).toEqual(
      expect.arrayContaining(others),
    );
    expect(same.rows.filter((r) => r['relation'] === 'copy')).toHaveLength(5);
    // a reform copied into many plans pages: the first rows of the whole answer, and how many there are
    expect(same.truncated).toBe(false);
    const page = await service.runSaved('similar-measures', { measure: copy, limit: 2 });
    expect(page.rows.map((r) => r['measureId'])).toEqual(same.rows.slice(0, 2).map((r) => r['measureId']));
    expect(page.truncated).toBe(true);
    expect(page.total).toBe(same.rows.length);
    const diffusion = await service.runSaved('diffusion', { node: copy });
    expect(new Set(diffusion.rows.map((r) => r['docId'])).size).toBe(6);

    const leaving = first.canonical[0] ?? '';
    const index = PLACES.findIndex((p) => leaving.startsWith(`measure:${p}市`));
    const reloaded = await loadSeeds(driver, [await write(index, true)]);
    expect(reloaded.loaded).toBe(1);
    const after = await star(driver);
    expect(after.members).toHaveLength(5);
    expect(after.members).not.toContain(leaving);
    expect(after.canonical).toEqual([after.members[0]]); // the smallest id takes the role
    expect(after.copies).toBe(4);
    const vector = await driver.executeQuery('MATCH (m:Measure {id: $id}) RETURN m.similarityVectors AS v', {
      id: after.members[0],
    });
    expect(vector.records[0]?.get('v')).toBeTypeOf('string');
  }, 600_000);
});
