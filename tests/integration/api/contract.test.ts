// The contract end to end on the seed graph: the reads by id the explorer uses instead of Cypher
// (POST /api/graph/nodes, /api/graph/links), search simplifying like the loader, and every JSON
// answer checked against the TypeBox schema its route declares (the schema the types come from).
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphResponse, NodesResponse, SearchResponse } from '../../../core/api-types.ts';
import {
  DocumentTextResponseSchema,
  HealthResponseSchema,
  NodeResponseSchema,
  NodesResponseSchema,
  SearchResponseSchema,
  StatsResponseSchema,
} from '../../../core/api-schemas/explore.ts';
import { GraphResponseSchema } from '../../../core/api-schemas/graph.ts';
import { QueryResultSchema, SavedQueryListResponseSchema } from '../../../core/api-schemas/queries.ts';
import { buildServer } from '../../../web/server/server.ts';
import { seededDriver, snapshot } from '../queries/seeded.ts';
import type { Snapshot } from '../queries/seeded.ts';

let driver: Driver;
let app: FastifyInstance;
let snap: Snapshot;

beforeAll(async () => {
  driver = await seededDriver();
  app = await buildServer({ driver });
  snap = await snapshot(driver);
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

async function post<T>(url: string, payload: unknown, status = 200): Promise<T> {
  const res = await app.inject({ method: 'POST', url, payload: payload as object });
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const key = (r: { type: string; start: string; end: string }): string => `${r.type}|${r.start}|${r.end}`;
const enc = encodeURIComponent;

/** A plan's measures led by 岳阳海关, and the agency: ids with relationships among them. */
function someIds(): { agency: string; measures: string[]; others: string[] } {
  const agency = 'agency:岳阳海关';
  const measures = snap.out('LEADS', agency).slice(0, 4);
  const others = measures.flatMap((m) => snap.in('SUPPORTS', m)).filter((id) => id !== agency);
  return { agency, measures, others: [...new Set(others)] };
}

describe('reads by id', () => {
  it('POST /api/graph/nodes gives the nodes that exist, in the order asked, without Document text', async () => {
    const doc = snap.byLabel('Document')[0].id;
    const { agency, measures } = someIds();
    const ids = [measures[0], doc, 'agency:不存在的单位', agency, 'no-prefix'];
    const res = await post<NodesResponse>('/api/graph/nodes', { ids });
    expect(res.nodes.map((n) => n.id)).toEqual([measures[0], doc, agency]);
    expect(res.nodes[1].properties['text']).toBeUndefined();
    expect(res.nodes[2].properties['name']).toBe(snap.nodes.get(agency)?.props['name']);
    expect(Value.Check(NodesResponseSchema, res)).toBe(true);
  });

  it('POST /api/graph/links gives every relationship among the ids, once, with its end nodes', async () => {
    const { agency, measures } = someIds();
    const ids = [agency, ...measures];
    const res = await post<GraphResponse>('/api/graph/links', { ids });
    const inside = new Set(ids);
    const expected = snap.rels.filter((r) => inside.has(r.start) && inside.has(r.end)).map(key);
    expect(expected.length).toBeGreaterThanOrEqual(measures.length);
    expect(res.relationships.map(key).sort()).toEqual(expected.sort());
    expect(new Set(res.relationships.map((r) => r.id)).size).toBe(res.relationships.length);
    const nodeIds = new Set(res.nodes.map((n) => n.id));
    for (const r of res.relationships) expect(nodeIds.has(r.start) && nodeIds.has(r.end)).toBe(true);
    expect(res.truncated).toBe(false);
  });

  it('POST /api/graph/links with `among` adds the relationships to those nodes, not among them', async () => {
    const { agency, measures, others } = someIds();
    expect(others.length).toBeGreaterThan(0);
    const ids = measures.slice(0, 2);
    const among = [agency, ...others];
    const res = await post<GraphResponse>('/api/graph/links', { ids, among });
    const idSet = new Set(ids);
    const all = new Set([...ids, ...among]);
    const expected = snap.rels
      .filter((r) => (idSet.has(r.start) && all.has(r.end)) || (idSet.has(r.end) && all.has(r.start)))
      .map(key);
    expect(res.relationships.map(key).sort()).toEqual(expected.sort());
    expect(res.relationships.every((r) => idSet.has(r.start) || idSet.has(r.end))).toBe(true);
  });

  it('refuses an empty or oversized id list and ids that are not strings (numbers are coerced, as fastify does)', async () => {
    for (const payload of [{ ids: [] }, { ids: [{ id: 'x' }] }, {}, { ids: Array(5001).fill('agency:x') }]) {
      const res = await app.inject({ method: 'POST', url: '/api/graph/links', payload });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    }
    expect((await app.inject({ method: 'POST', url: '/api/graph/nodes', payload: { ids: [] } })).statusCode).toBe(400);
  });
});

describe('search simplifies like the loader', () => {
  it.each([
    ['乾隆', '干隆'],
    ['岳陽海關', '岳阳海关'],
  ])('%s is searched as %s', async (q, stored) => {
    const res = await app.inject({ url: `/api/search?q=${enc(q)}` });
    expect(res.statusCode).toBe(200);
    expect((res.json() as SearchResponse).query).toBe(stored);
  });

  it('a traditional spelling finds what its simplified spelling finds', async () => {
    const ids = async (q: string) =>
      ((await app.inject({ url: `/api/search?q=${enc(q)}&limit=50` })).json() as SearchResponse).hits.map(
        (h) => h.node.id,
      );
    const found = await ids('岳阳海关');
    expect(found).toContain('agency:岳阳海关');
    expect(await ids('岳陽海關')).toEqual(found);
  });
});

describe('every JSON answer matches the schema its route declares', () => {
  const { agency } = { agency: 'agency:岳阳海关' };
  const cases: [string, () => Promise<{ url: string; method?: 'GET' | 'POST'; payload?: object }>, TSchema][] = [
    ['health', async () => ({ url: '/api/health' }), HealthResponseSchema],
    ['stats', async () => ({ url: '/api/stats' }), StatsResponseSchema],
    ['search', async () => ({ url: `/api/search?q=${enc('跨境电商')}` }), SearchResponseSchema],
    ['node', async () => ({ url: `/api/nodes/${enc(agency)}` }), NodeResponseSchema],
    ['neighbours', async () => ({ url: `/api/nodes/${enc(agency)}/neighbours?limit=20` }), GraphResponseSchema],
    ['overview', async () => ({ url: '/api/overview' }), GraphResponseSchema],
    [
      'document text',
      async () => ({ url: `/api/documents/${enc(snap.byLabel('Document')[0].id)}/text` }),
      DocumentTextResponseSchema,
    ],
    ['saved queries', async () => ({ url: '/api/queries' }), SavedQueryListResponseSchema],
    [
      'cypher',
      async () => ({
        url: '/api/cypher',
        method: 'POST',
        payload: {
          cypher: 'MATCH (a:Agency {id: $id})-[r]->(m) RETURN a, r, m, 1.5 AS x LIMIT 3',
          params: { id: agency },
        },
      }),
      QueryResultSchema,
    ],
  ];
  it.each(cases)('%s', async (_name, request, schema) => {
    const res = await app.inject({ method: 'GET', ...(await request()) });
    expect(res.statusCode, res.body).toBe(200);
    const body: unknown = res.json();
    expect([...Value.Errors(schema, body)].slice(0, 3)).toEqual([]);
  });
});
