// The saved-query endpoints: list, run with parameters, picker options, user queries saved as
// :SavedQuery nodes (create, update, rename, delete) and the read-only built-ins.
import type { FastifyInstance } from 'fastify';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  LookupResponse,
  QueryResult,
  SavedQueryInfo,
  SavedQueryListResponse,
} from '../../../core/api-types.ts';
import { loadBuiltIns } from '../../../query-service/saved-queries/library.ts';
import { buildServer } from '../../../web/server/server.ts';
import { seededDriver, snapshot } from '../queries/seeded.ts';

let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  driver = await seededDriver();
  app = await buildServer({ driver });
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function count(cypher: string): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(cypher)).records[0].get(0).toNumber();
  } finally {
    await session.close();
  }
}

const input = {
  name: 'my-customs-measures',
  title: { zh: '海关牵头措施', en: 'Measures customs leads' },
  description: 'user query',
  topic: 'mine',
  view: 'table',
  params: [{ name: 'agency', type: 'string', default: '岳阳海关', normalise: 'simplified' }],
  cypher: 'MATCH (a:Agency {name: $agency})-[:LEADS]->(m:Measure) RETURN m.id AS id ORDER BY id',
};

describe('saved queries over HTTP', () => {
  it('GET /api/queries lists every built-in file with its parsed header', async () => {
    const res = (await app.inject({ url: '/api/queries' })).json() as SavedQueryListResponse;
    const files = await loadBuiltIns();
    expect(res.queries.filter((q) => q.builtIn).map((q) => q.name)).toEqual(files.map((q) => q.name));
    const lead = res.queries.find((q) => q.name === 'lead-bureaus-by-industry') as SavedQueryInfo;
    expect(lead.title).toEqual({ zh: '产业牵头单位', en: 'Lead bureaus for an industry' });
    expect(lead.params[0]).toMatchObject({ name: 'industry', type: 'string', default: '跨境电子商务' });
  });

  it('POST /api/queries/:name/run runs with parameters; 岳阳海关 leads cross-border e-commerce measures', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/queries/lead-bureaus-by-industry/run',
      payload: { params: { industry: '跨境電商' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as QueryResult;
    expect(body.rows.slice(0, 3).map((r) => r['agency'])).toContain('岳阳海关');
  });

  it('parameter errors and unknown queries are 400 BAD_PARAMETER and 404 UNKNOWN_SAVED_QUERY', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/queries/co-assigned-agencies/run',
      payload: { params: { limit: 'many' } },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as ApiError).error).toMatchObject({
      code: 'BAD_PARAMETER',
      message: expect.stringContaining('limit'),
    });
    const date = await app.inject({
      method: 'POST',
      url: '/api/queries/measures-due-between/run',
      payload: { params: { from: '2021-13-45' } },
    });
    expect((date.json() as ApiError).error.code).toBe('BAD_PARAMETER');
    const extra = await app.inject({
      method: 'POST',
      url: '/api/queries/plan-summary/run',
      payload: { params: { nope: 1 } },
    });
    expect((extra.json() as ApiError).error.code).toBe('BAD_PARAMETER');
    const unknown = await app.inject({ method: 'POST', url: '/api/queries/no-such-query/run', payload: {} });
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as ApiError).error.code).toBe('UNKNOWN_SAVED_QUERY');
  });

  it('GET …/params/:param/options fills pickers from the lookup query, dependent ones from other values', async () => {
    const industries = (
      await app.inject({ url: '/api/queries/lead-bureaus-by-industry/params/industry/options' })
    ).json() as LookupResponse;
    expect(industries.options.map((o) => o.value)).toContain('跨境电子商务');
    const expected = await count('MATCH (i:Industry) WHERE EXISTS { (i)<-[:TARGETS]-(:Measure) } RETURN count(i)');
    expect(industries.options.length).toBe(expected);
    const sub = (
      await app.inject({
        url: `/api/queries/zone-measures/params/subzone/options?area=${encodeURIComponent('岳阳片区')}`,
      })
    ).json() as LookupResponse;
    const snap = await snapshot(driver);
    const area = snap.byLabel('Zone').find((z) => z.props['name'] === '岳阳片区')?.id ?? '';
    const below = [...snap.zoneAndBelow(area)].filter((z) => z !== area).map((z) => snap.name(z));
    expect(below.length).toBeGreaterThan(0);
    expect(sub.options.map((o) => o.value).sort()).toEqual([...new Set(below)].sort());
    const missing = await app.inject({ url: '/api/queries/zone-measures/params/nope/options' });
    expect((missing.json() as ApiError).error.code).toBe('BAD_PARAMETER');
  });

  it('user queries: save, list beside the built-ins, run, update, rename, delete — as SavedQuery nodes only', async () => {
    const factsBefore = await count('MATCH (n) WHERE NOT n:SavedQuery RETURN count(n)');
    const created = await app.inject({ method: 'POST', url: '/api/queries', payload: input });
    expect(created.statusCode, created.body).toBe(201);
    expect(await count("MATCH (q:SavedQuery {name: 'my-customs-measures'}) RETURN count(q)")).toBe(1);
    expect(await count('MATCH (n) WHERE NOT n:SavedQuery RETURN count(n)')).toBe(factsBefore);
    expect(await count('MATCH (q:SavedQuery) WHERE size(labels(q)) > 1 RETURN count(q)')).toBe(0);

    const list = (await app.inject({ url: '/api/queries' })).json() as SavedQueryListResponse;
    expect(list.queries.find((q) => q.name === input.name)).toMatchObject({
      builtIn: false,
      topic: 'mine',
      title: input.title,
    });

    const run = (
      await app.inject({
        method: 'POST',
        url: `/api/queries/${input.name}/run`,
        payload: { params: { agency: '岳陽海關' } },
      })
    ).json() as QueryResult;
    expect(run.rows.length).toBe(
      await count("MATCH (:Agency {name: '岳阳海关'})-[:LEADS]->(m:Measure) RETURN count(m)"),
    );

    const dup = await app.inject({ method: 'POST', url: '/api/queries', payload: input });
    expect(dup.statusCode).toBe(400);

    const renamed = await app.inject({
      method: 'PUT',
      url: `/api/queries/${input.name}`,
      payload: { ...input, name: 'customs-led', view: 'graph' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((renamed.json() as SavedQueryInfo).view).toBe('graph');
    expect(
      await count("MATCH (q:SavedQuery) WHERE q.name IN ['customs-led', 'my-customs-measures'] RETURN count(q)"),
    ).toBe(1);

    const deleted = await app.inject({ method: 'DELETE', url: '/api/queries/customs-led' });
    expect(deleted.statusCode).toBe(204);
    expect(await count('MATCH (q:SavedQuery) RETURN count(q)')).toBe(0);
    expect((await app.inject({ method: 'DELETE', url: '/api/queries/customs-led' })).statusCode).toBe(404);
  });

  it('built-in queries cannot be overwritten, changed or deleted (403 READ_ONLY_QUERY)', async () => {
    const attempts = [
      app.inject({ method: 'POST', url: '/api/queries', payload: { ...input, name: 'plan-summary' } }),
      app.inject({ method: 'PUT', url: '/api/queries/plan-summary', payload: { ...input, name: 'plan-summary' } }),
      app.inject({ method: 'PUT', url: '/api/queries/my-x', payload: { ...input, name: 'plan-summary' } }),
      app.inject({ method: 'DELETE', url: '/api/queries/plan-summary' }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(403);
      expect((res.json() as ApiError).error.code).toBe('READ_ONLY_QUERY');
    }
  });

  it('a malformed user query is refused by schema validation', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/queries',
      payload: { name: 'Bad Name', title: { zh: 'x', en: 'x' }, cypher: 'RETURN 1' },
    });
    expect(res.statusCode).toBe(400);
    const noCypher = await app.inject({
      method: 'POST',
      url: '/api/queries',
      payload: { name: 'x', title: { zh: 'x', en: 'x' } },
    });
    expect((noCypher.json() as ApiError).error.code).toBe('BAD_REQUEST');
  });
});
