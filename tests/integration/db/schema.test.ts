// The schema of cypher/schema.cypher: idempotent, constraints per label, and a full-text index whose
// cjk analyzer finds Chinese words inside names, texts and alias lists.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { writeFragment } from '../../../graph-loader/src/db/write.ts';
import { resetDatabase, testDriver } from '../../setup/neo4j.ts';
import { DOC_A, DOC_B, documentFragment } from './fragments.ts';

async function schemaState(driver: Driver): Promise<string[]> {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties',
  );
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, state, type RETURN name, state, type');
  return [
    ...constraints.records.map((r) => `constraint ${r.get('name')} ${r.get('labelsOrTypes')} ${r.get('properties')}`),
    ...indexes.records.map((r) => `index ${r.get('name')} ${r.get('type')} ${r.get('state')}`),
  ].sort();
}

async function search(driver: Driver, query: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "CALL db.index.fulltext.queryNodes('ftzSearch', $query) YIELD node RETURN node.id AS id",
    { query },
  );
  return records.map((r) => String(r.get('id')));
}

describe('schema', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await applySchema(driver);
  });
  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  it('is idempotent: applying it again changes nothing', async () => {
    const once = await schemaState(driver);
    await applySchema(driver);
    expect(await schemaState(driver)).toEqual(once);
  });

  it.each(['Document', 'Zone', 'Measure', 'Policy', 'Agency', 'Industry'])(
    'has a uniqueness constraint on %s.id',
    async (label) => {
      expect(await schemaState(driver)).toContain(`constraint ${label.toLowerCase()}_id ${label} id`);
    },
  );

  it('has the ftzSearch full-text index online with the cjk analyzer', async () => {
    const { records } = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'ftzSearch' RETURN state, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(records.map((r) => [r.get('state'), r.get('analyzer')])).toEqual([['ONLINE', 'cjk']]);
  });

  describe('full-text search over Chinese text', () => {
    beforeAll(async () => {
      const session = driver.session();
      await session.executeWrite((tx) => writeFragment(tx, documentFragment(DOC_A)));
      await session.executeWrite((tx) => writeFragment(tx, documentFragment(DOC_B)));
      await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
      await session.close();
    });

    it.each([
      ['跨境电商', ['measure:测试方案甲#1', 'industry:跨境电子商务']], // measure text; industry via its aliases
      ['海关', ['agency:岳阳海关', 'measure:测试方案乙#1']], // agency name; measure text 配合海关
      ['岳阳片区', ['zone:中国（湖南）自由贸易试验区岳阳片区']],
      ['Cross-border', ['industry:跨境电子商务']], // English names
    ])('%s finds %j', async (query, expected) => {
      const found = await search(driver, query);
      for (const id of expected) expect(found).toContain(id);
    });

    it('does not find what is not there', async () => {
      expect(await search(driver, '金融租赁')).toEqual([]);
    });
  });
});
