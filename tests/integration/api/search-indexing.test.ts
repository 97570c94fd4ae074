// Search while the full-text index cannot answer: a bulk load returns while ftzSearch still fills, and
// a store may have no index at all. /api/search then says how far the index is instead of hanging or
// failing, and answers as before once it is online.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../../core/api-types.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { makeReadContext } from '../../../query-service/query/run-read.ts';
import { searchIndexing } from '../../../query-service/explore/search-index.ts';
import { SEARCH_INDEX } from '../../../query-service/explore/search.ts';
import { buildServer } from '../../../web/server/server.ts';
import { seededDriver } from '../queries/seeded.ts';

let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  driver = await seededDriver();
  app = await buildServer({ driver });
});
afterAll(async () => {
  await applySchema(driver); // the index back for the files after this one
  await driver.executeQuery('MATCH (n:FillProbe) DETACH DELETE n');
  await driver.executeQuery('DROP INDEX fillProbe IF EXISTS');
  await app.close();
  await driver.close();
});

async function search(q: string): Promise<SearchResponse> {
  const res = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SearchResponse;
}

describe('search while the full-text index cannot answer', () => {
  it('answers with hits and no indexing note when the index is online', async () => {
    const res = await search('岳阳');
    expect(res.indexing).toBeUndefined();
    expect(res.hits.length).toBeGreaterThan(0);
  });

  it('says the index is missing (no hits, no error) when it was dropped, and answers again once it is back', async () => {
    await driver.executeQuery(`DROP INDEX ${SEARCH_INDEX}`);
    const missing = await search('长沙'); // not asked before: no kept answer
    expect(missing.indexing).toEqual({ state: 'missing', percent: 0 });
    expect(missing.hits).toEqual([]);
    // a saved query on the index says why it cannot answer (503), instead of a Neo4j error
    const saved = await app.inject({
      method: 'POST',
      url: '/api/queries/keyword-measures/run',
      payload: { params: { keyword: '长沙' } },
    });
    expect(saved.statusCode).toBe(503);
    expect(saved.json()).toMatchObject({ error: { code: 'SEARCH_INDEXING' } });
    expect(saved.json().error.message).toContain('no full-text index ftzSearch');
    await applySchema(driver); // creates it and waits until it is online
    const back = await search('长沙'); // the 'missing' answer was not kept
    expect(back.indexing).toBeUndefined();
    expect(back.hits.length).toBeGreaterThan(0);
    const again = await app.inject({
      method: 'POST',
      url: '/api/queries/keyword-measures/run',
      payload: { params: { keyword: '长沙' } },
    });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('reports a filling index with how far it is', async () => {
    // 4,000 nodes of 2,000 characters: seconds of population, while SHOW INDEXES answers in milliseconds
    const text = '自由贸易试验区跨境电商综合试验区'.repeat(125);
    await driver.executeQuery('UNWIND range(1, 4000) AS i CREATE (:FillProbe {text: $text + toString(i)})', { text });
    await driver.executeQuery('CREATE FULLTEXT INDEX fillProbe FOR (n:FillProbe) ON EACH [n.text]');
    const ctx = makeReadContext({ driver });
    const filling = await searchIndexing(ctx, 'fillProbe');
    expect(filling?.state).toBe('filling');
    expect(filling?.percent).toBeGreaterThanOrEqual(0);
    expect(filling?.percent).toBeLessThan(100);
    await driver.executeQuery('CALL db.awaitIndex($name, 300)', { name: 'fillProbe' });
    expect(await searchIndexing(ctx, 'fillProbe')).toBeNull();
  });
});
