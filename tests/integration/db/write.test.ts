// writeFragment and writeDocument against the real Neo4j: idempotent MERGE, labels, integer offsets,
// replace-on-change of one document, and all-or-nothing documents.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeDocument } from '../../../graph-loader/src/db/load.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { writeFragment } from '../../../graph-loader/src/db/write.ts';
import type { Fragment, NodeLabel } from '../../../core/model.ts';
import { resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { counts } from './counts.ts';
import { DOC_A, DOC_B, documentFragment, plan } from './fragments.ts';

describe('writing fragments', () => {
  let driver: Driver;

  async function write(fragment: Fragment): Promise<void> {
    const session = driver.session();
    try {
      await session.executeWrite((tx) => writeFragment(tx, fragment));
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('writes nodes with their labels and relationships with their evidence', async () => {
    await write(documentFragment(DOC_A));
    expect(await counts(driver)).toEqual({
      Agency: 2,
      CITES: 2,
      CONTAINS: 2,
      COVERS: 1,
      Document: 1,
      Industry: 1,
      LEADS: 2,
      Measure: 2,
      Policy: 2,
      TARGETS: 2,
      Zone: 1,
    });
    const { records } = await driver.executeQuery(
      'MATCH (a:Agency {id: $id})-[r:LEADS]->(m:Measure) RETURN r.evidence AS evidence, r.start AS start, r.method AS method, m.path AS path',
      { id: 'agency:岳阳海关' },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('evidence')).toBe('牵头单位：岳阳海关');
    expect(neo4j.isInt(records[0]?.get('start'))).toBe(true);
    expect([records[0]?.get('method'), records[0]?.get('path')]).toEqual(['label', '1']);
  });

  it('stores whole numbers as integers and keeps lists of one type', async () => {
    const props = { name: '测试区', whole: 3, fraction: 19.94, years: [2020, 2021], mixed: [1, 2.5] };
    await write({ nodes: [{ id: 'zone:测试区', labels: ['Zone'], properties: props }], relationships: [] });
    const { records } = await driver.executeQuery(
      'MATCH (z:Zone {id: $id}) RETURN z.whole AS whole, z.fraction AS fraction, z.years AS years, z.mixed AS mixed',
      { id: 'zone:测试区' },
    );
    const row = records[0];
    expect(neo4j.isInt(row?.get('whole'))).toBe(true);
    expect(row?.get('fraction')).toBe(19.94);
    expect((row?.get('years') as unknown[]).map((y) => neo4j.isInt(y))).toEqual([true, true]);
    expect(row?.get('mixed')).toEqual([1, 2.5]);
  });

  it('is idempotent: writing the same fragments twice gives equal counts', async () => {
    await write(documentFragment(DOC_A));
    await write(documentFragment(DOC_B));
    const once = await counts(driver);
    await write(documentFragment(DOC_A));
    await write(documentFragment(DOC_B));
    expect(await counts(driver)).toEqual(once);
  });

  it('does not let a citation overwrite the loaded document it cites', async () => {
    await write(documentFragment(DOC_B));
    await write(documentFragment({ ...DOC_A, citation: DOC_B.key }));
    const { records } = await driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN d.title AS title, d.file AS file',
      { id: `policy:${DOC_B.key}` },
    );
    expect(records.map((r) => [r.get('title'), r.get('file')])).toEqual([[DOC_B.key, DOC_B.file]]);
  });

  it('refuses labels that are not in the model before writing anything', async () => {
    const fragment = documentFragment(DOC_A);
    fragment.nodes.push({ id: 'agency:x', labels: ['Agency', 'X) DETACH DELETE n //' as NodeLabel], properties: {} });
    await expect(write(fragment)).rejects.toThrow(/unknown node label/);
    expect(await counts(driver)).toEqual({});
  });

  it('replaces a changed document without touching the others', async () => {
    await writeDocument(driver, plan(DOC_A));
    await writeDocument(driver, plan(DOC_B));
    const bOnly = await driver.executeQuery('MATCH ()-[r {docId: $id}]->() RETURN count(r) AS c', {
      id: `policy:${DOC_B.key}`,
    });
    const changed = {
      ...DOC_A,
      measures: [{ title: '发展跨境电商', text: '支持建设跨境电商综合试验区。', lead: '岳阳市商务粮食局' }],
    };
    await writeDocument(driver, plan(changed));
    const after = await counts(driver);
    expect(after.Measure).toBe(2); // A's one measure + B's one
    const leads = await driver.executeQuery(
      'MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a.name AS a, m.id AS m ORDER BY m',
    );
    expect(leads.records.map((r) => [r.get('a'), r.get('m')])).toEqual([
      ['岳阳海关', 'measure:测试方案乙#1'], // 乙 U+4E59 sorts before 甲 U+7532
      ['岳阳市商务粮食局', 'measure:测试方案甲#1'],
    ]);
    const bAfter = await driver.executeQuery('MATCH ()-[r {docId: $id}]->() RETURN count(r) AS c', {
      id: `policy:${DOC_B.key}`,
    });
    expect(Number(bAfter.records[0]?.get('c'))).toBe(Number(bOnly.records[0]?.get('c')));
  });

  it('leaves the previous version intact when a document fails in the middle of its write', async () => {
    await writeDocument(driver, plan(DOC_A));
    const before = await counts(driver);
    const broken = plan({ ...DOC_A, measures: [...DOC_A.measures, { title: '新增', text: '新增措施。' }] });
    // Neo4j refuses a list that mixes strings and numbers: the write fails after the nodes are written
    const lastRel = broken.fragment.relationships.at(-1);
    if (lastRel) lastRel.properties.evidence = ['mixed', 1] as unknown as string;
    await expect(writeDocument(driver, broken)).rejects.toThrow();
    expect(await counts(driver)).toEqual(before);
  });
});
