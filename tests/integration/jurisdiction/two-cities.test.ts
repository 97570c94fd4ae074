// Agency identity across plans, in the real Neo4j: two plans of different cities that both name 市商务局
// give two bodies; a body named twice for one measure and role is one relationship with both spans.
// The plans are files loaded as `ftz load` loads them: the two cities' plans share their title
// (跨境电商发展方案) and differ by issuer, so they are two Documents (document identity, issue 11).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPlans } from '../../../graph-loader/src/db/load.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import type { Dictionaries } from '../../../graph-loader/src/types.ts';
import { resetDatabase, testDriver } from '../../setup/neo4j.ts';

const plan = (city: string, what: string): string =>
  `${city}人民政府办公室关于印发${what}方案的通知\n\n一、主要任务\n` +
  '（一）发展跨境电商。建设跨境电商公共服务平台。（牵头单位：市商务局）完善跨境电商统计。（牵头单位：市商务局）\n' +
  '（二）完善物流。建设海外仓。（牵头单位：市商务局；责任单位：市财政局）\n';

describe('agency identity across plans', () => {
  let driver: Driver;
  let dicts: Dictionaries;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    dicts = await loadDictionaries('data/dictionaries');
    dir = await mkdtemp(join(tmpdir(), 'ftz-two-cities-'));
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function load(city: string, file: string, what = '跨境电商发展'): Promise<void> {
    const path = join(dir, file);
    await writeFile(path, plan(city, what));
    const report = await loadPlans(driver, [path], { dicts, manifest: {} });
    expect(report.files.map((f) => f.status)).toEqual(['loaded']);
  }

  it('two cities that both name 市商务局 give two bodies, each with its city', async () => {
    // one title, two issuers: two Documents
    await load('中山市', 'zhongshan.txt');
    await load('岳阳市', 'yueyang.txt');
    const session = driver.session();
    try {
      const docs = await session.run('MATCH (d:Document) RETURN d.title AS title, d.issuer AS issuer ORDER BY issuer');
      expect(docs.records.map((r) => [r.get('title'), r.get('issuer')])).toEqual([
        ['跨境电商发展方案', '中山市人民政府办公室'],
        ['跨境电商发展方案', '岳阳市人民政府办公室'],
      ]);
      const res = await session.run(
        "MATCH (a:Agency) WHERE a.name ENDS WITH '商务局' RETURN a.id AS id, a.name AS name, a.jurisdiction AS j ORDER BY j",
      );
      const rows = res.records.map((r) => [r.get('name'), r.get('j')]);
      expect(rows).toEqual([
        ['中山市商务局', '中山市'],
        ['岳阳市商务局', '岳阳市'],
      ]);
      const leads = await session.run(
        "MATCH (a:Agency {name: '中山市商务局'})-[r:LEADS]->(m:Measure) RETURN m.path AS path, r.starts AS starts, r.methods AS methods ORDER BY path",
      );
      // (一) names the bureau as lead in two tags: one relationship, both spans
      expect(leads.records).toHaveLength(2);
      expect((leads.records[0].get('starts') as unknown[]).length).toBe(2);
    } finally {
      await session.close();
    }
  });

  it('the same city in two plans meets itself', async () => {
    await load('中山市', 'a.txt', '跨境电商发展');
    await load('中山市', 'b.txt', '外贸促进');
    const session = driver.session();
    try {
      const res = await session.run("MATCH (a:Agency {name: '中山市商务局'}) RETURN count(a) AS n");
      expect(Number(res.records[0].get('n'))).toBe(1);
    } finally {
      await session.close();
    }
  });
});
