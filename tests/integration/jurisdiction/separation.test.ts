// Agency separation across places, in the real Neo4j (issue 10 item 5, issue 13 item 3): plans of two
// cities, two masked plans (places written **) and two plans whose place is unknown all name the same
// bare bodies (海关, 市商务局, 税务局); each gets bodies of its own, while the national bodies they name
// (海关总署, 商务部) are one node each. The bench's check (bench/agency-places.ts) finds nothing shared.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyPlaces } from '../../../bench/agency-places.ts';
import { loadPlans } from '../../../graph-loader/src/db/load.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { resetDatabase, testDriver } from '../../setup/neo4j.ts';

const BODY =
  '一、主要任务\n' +
  '（一）优化通关。推进口岸通关便利化。（牵头单位：海关；责任单位：市商务局、税务局）\n' +
  '（二）发展跨境电商。建设跨境电商公共服务平台。（牵头单位：市商务局；责任单位：海关总署、商务部）\n';

/** file → title: two FTZ areas of two cities, two masked areas, two plans that name no place */
const PLANS: Record<string, string> = {
  'yueyang.txt': '中国（湖南）自由贸易试验区岳阳片区跨境贸易便利化实施方案',
  'zhengzhou.txt': '中国（河南）自由贸易试验区郑州片区跨境贸易便利化实施方案',
  'masked-a.txt': '中国（河南）自由贸易试验区**片区跨境贸易便利化实施方案',
  'masked-b.txt': '中国（河南）自由贸易试验区**片区外贸促进实施方案',
  'unknown-a.txt': '关于跨境贸易便利化的实施方案',
  'unknown-b.txt': '关于外贸促进的实施方案',
};

interface Row {
  id: string;
  name: string;
  jurisdiction: string | null;
  scope: string | null;
  docs: number;
}

describe('agency separation across places', () => {
  let driver: Driver;
  let dir: string;
  let rows: Row[];

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await applySchema(driver);
    dir = await mkdtemp(join(tmpdir(), 'ftz-separation-'));
    const files = await Promise.all(
      Object.entries(PLANS).map(async ([file, title]) => {
        await writeFile(join(dir, file), `${title}\n\n${BODY}`);
        return join(dir, file);
      }),
    );
    const report = await loadPlans(driver, files, { dicts: await loadDictionaries('data/dictionaries'), manifest: {} });
    expect(report.files.map((f) => f.status)).toEqual(files.map(() => 'loaded'));
    const res = await driver.executeQuery(
      `MATCH (a:Agency)-[:LEADS|SUPPORTS]->(m:Measure)
       RETURN a.id AS id, a.name AS name, a.jurisdiction AS jurisdiction, a.scope AS scope,
              count(DISTINCT m.docId) AS docs ORDER BY id`,
    );
    rows = res.records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      jurisdiction: r.get('jurisdiction') as string | null,
      scope: r.get('scope') as string | null,
      docs: Number(r.get('docs')),
    }));
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
    await rm(dir, { recursive: true, force: true });
  });

  const named = (re: RegExp): Row[] => rows.filter((r) => re.test(r.name));

  it('every plan has its own customs, commerce bureau and tax bureau', () => {
    for (const re of [/海关$/u, /商务局$/u, /税务局$/u]) {
      const bodies = named(re);
      expect(bodies, String(re)).toHaveLength(Object.keys(PLANS).length);
      expect(bodies.every((b) => b.docs === 1)).toBe(true);
    }
  });

  it('the cities keep their names; masked and unknown places are scoped to their document', () => {
    expect(named(/海关$/u).map((b) => [b.name, b.jurisdiction])).toEqual(
      expect.arrayContaining([
        ['岳阳海关', '岳阳市'],
        ['郑州海关', '郑州市'],
      ]),
    );
    const scoped = rows.filter((r) => r.jurisdiction === null);
    expect(scoped).toHaveLength(4 * 3);
    expect(scoped.every((r) => r.scope === 'document' && r.id.includes('#'))).toBe(true);
    expect(named(/^\*\*/u).map((r) => r.name)).toEqual(
      expect.arrayContaining(['**海关', '**市税务局', '**海关', '**市税务局']),
    );
  });

  it('a national body is one node for every plan', () => {
    for (const name of ['海关总署', '商务部']) {
      expect(named(new RegExp(`^${name}$`, 'u')).map((b) => [b.jurisdiction, b.docs])).toEqual([
        ['中国', Object.keys(PLANS).length],
      ]);
    }
  });

  it('the bench check finds no agency linked from plans of two places', async () => {
    const shared = await agencyPlaces(driver);
    expect(shared).toEqual({ shared: 0, byLevel: {}, examples: [] });
  });
});
