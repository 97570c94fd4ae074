// The read endpoints of the API on the seed graph: health, stats, search, nodes, neighbours,
// overview and a plan's text, checked against a snapshot of the graph.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DocumentTextResponse,
  ExpandResponse,
  GraphResponse,
  HealthResponse,
  NodeResponse,
  SearchResponse,
  StatsResponse,
} from '../../../core/api-types.ts';
import { OVERVIEW_CAPS, OVERVIEW_MAX_EDGES, OVERVIEW_MAX_NODES } from '../../../query-service/explore/overview-caps.ts';
import { buildServer } from '../../../web/server/server.ts';
import { seededDriver, snapshot, tally } from '../queries/seeded.ts';
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

async function get<T>(url: string, status = 200): Promise<T> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const enc = encodeURIComponent;

describe('read endpoints', () => {
  it('GET /api/health reports a reachable Neo4j', async () => {
    const health = await get<HealthResponse>('/api/health');
    expect(health.ok).toBe(true);
    expect(health.neo4j.reachable).toBe(true);
    expect(health.neo4j.version).toMatch(/^Neo4j\/5\./);
  });

  it('GET /api/stats counts labels and relationship types like the snapshot', async () => {
    const stats = await get<StatsResponse>('/api/stats');
    expect(stats.labels).toEqual(tally([...snap.nodes.values()].flatMap((n) => n.labels)));
    expect(stats.relationshipTypes).toEqual(tally(snap.rels.map((r) => r.type)));
    expect(stats.documents.map((d) => d.id).sort()).toEqual(
      snap
        .byLabel('Document')
        .map((d) => d.id)
        .sort(),
    );
  });

  it.each([
    ['跨境电商', 'industry:跨境电子商务'],
    ['跨境電商', 'industry:跨境电子商务'],
    ['岳阳海关', 'agency:岳阳海关'],
  ])('GET /api/search?q=%s finds %s and marks the matched words', async (q, id) => {
    const res = await get<SearchResponse>(`/api/search?q=${enc(q)}&limit=50`);
    expect(res.query).toBe(q.replace('電', '电'));
    const hit = res.hits.find((h) => h.node.id === id);
    expect(hit).toBeDefined();
    for (const h of res.hits) {
      for (const [s, e] of h.highlight.ranges) {
        expect(e).toBeGreaterThan(s);
        expect(res.query).toContain(h.highlight.text.slice(s, e).slice(0, 2));
      }
    }
    expect(res.hits.some((h) => h.highlight.ranges.length > 0)).toBe(true);
    expect(res.hits.every((h) => !('text' in h.node.properties) || !h.node.labels.includes('Document'))).toBe(true);
  });

  it('GET /api/search filters by label and respects the limit', async () => {
    const res = await get<SearchResponse>(`/api/search?q=${enc('岳阳')}&labels=Agency&limit=5`);
    expect(res.hits.length).toBeGreaterThan(0);
    expect(res.hits.length).toBeLessThanOrEqual(5);
    expect(res.hits.every((h) => h.label === 'Agency')).toBe(true);
  });

  it('GET /api/search rejects an empty query and a bad limit', async () => {
    expect((await app.inject({ url: '/api/search?q=' })).json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect((await app.inject({ url: '/api/search?q=x&limit=0' })).statusCode).toBe(400);
  });

  it('GET /api/nodes/:id returns the node and its degree per type', async () => {
    const id = 'agency:岳阳海关';
    const res = await get<NodeResponse>(`/api/nodes/${enc(id)}`);
    expect(res.node.id).toBe(id);
    const expected = tally(snap.rels.filter((r) => r.start === id || r.end === id).map((r) => r.type));
    expect(res.degree).toEqual(expected);
  });

  it("GET /api/nodes/:id of a measure leaves out the loader's stored term vectors", async () => {
    // a copy group's canonical member holds the group's vector (graph-loader/src/db/similar.ts)
    const doc = snap.byLabel('Measure').find((m) => typeof m.props['similarityVectors'] === 'string');
    expect(doc?.props['similarityVectors']).toBeTypeOf('string'); // the store holds them
    const res = await get<NodeResponse>(`/api/nodes/${enc(doc?.id ?? '')}`);
    expect(res.node.id).toBe(doc?.id);
    expect(res.node.properties).toHaveProperty('title');
    expect(res.node.properties).not.toHaveProperty('similarityVectors');
    expect(res.node.properties).not.toHaveProperty('similarityKey');
  });

  it('GET /api/nodes/:id answers 404 NOT_FOUND for an unknown id', async () => {
    const res = await app.inject({ url: `/api/nodes/${enc('agency:不存在的单位')}` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'NOT_FOUND', message: expect.stringContaining('不存在的单位'), requestId: expect.any(String) },
    });
  });

  it('GET /api/nodes/:id/neighbours filters by type and direction, caps and says so', async () => {
    const id = 'agency:岳阳海关';
    const leads = snap.rels.filter((r) => r.type === 'LEADS' && r.start === id);
    const all = await get<GraphResponse>(`/api/nodes/${enc(id)}/neighbours?types=LEADS&direction=out&limit=2000`);
    expect(all.truncated).toBe(false);
    expect(all.relationships.length).toBe(leads.length);
    expect(all.relationships.every((r) => r.type === 'LEADS' && r.start === id)).toBe(true);
    expect(new Set(all.nodes.map((n) => n.id))).toEqual(new Set([id, ...leads.map((r) => r.end)]));
    const capped = await get<GraphResponse>(`/api/nodes/${enc(id)}/neighbours?types=LEADS,SUPPORTS&limit=5`);
    expect(capped.truncated).toBe(true);
    expect(capped.relationships.length).toBe(5);
    const perType = await get<GraphResponse>(
      `/api/nodes/${enc(id)}/neighbours?types=LEADS,SUPPORTS&perType=3&limit=100`,
    );
    expect(tally(perType.relationships.map((r) => r.type))).toEqual({ LEADS: 3, SUPPORTS: 3 });
    const inbound = await get<GraphResponse>(`/api/nodes/${enc(id)}/neighbours?direction=in`);
    expect(inbound.relationships.every((r) => r.end === id)).toBe(true);
    expect((await app.inject({ url: `/api/nodes/${enc(id)}/neighbours?types=NOT_A_TYPE` })).json()).toMatchObject({
      error: { code: 'BAD_PARAMETER' },
    });
  });

  it('POST /api/graph/expand pages through the neighbours not on screen until none are left', async () => {
    const id = 'agency:岳阳海关';
    const mine = snap.rels.filter(
      (r) => (r.type === 'LEADS' || r.type === 'SUPPORTS') && (r.start === id || r.end === id),
    );
    const neighbours = new Set(mine.map((r) => (r.start === id ? r.end : r.start)));
    const onScreen = new Set<string>([id]);
    const batches: number[] = [];
    for (let round = 0; round < 50; round += 1) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/graph/expand',
        payload: { id, types: ['LEADS', 'SUPPORTS'], perType: 10, exclude: [...onScreen] },
      });
      expect(res.statusCode).toBe(200);
      const batch = res.json<ExpandResponse>();
      const fresh = batch.nodes.map((n) => n.id).filter((n) => n !== id);
      for (const n of fresh) expect(onScreen.has(n), n).toBe(false); // never one already on screen
      expect(tally(batch.relationships.map((r) => r.type)).LEADS ?? 0).toBeLessThanOrEqual(10);
      fresh.forEach((n) => onScreen.add(n));
      batches.push(fresh.length);
      const left = Object.values(batch.remaining).reduce((a, b) => a + b, 0);
      if (fresh.length === 0) {
        expect(left).toBe(0);
        break;
      }
    }
    expect(batches.length).toBeGreaterThan(2); // 22 leads and 57 supports take several batches of 10 per type
    expect(new Set([...onScreen].filter((n) => n !== id))).toEqual(neighbours);
  });

  it('GET /api/overview shows every zone, its top industries and lead agencies without dangling edges or evidence', async () => {
    const res = await get<GraphResponse>('/api/overview');
    const ids = new Set(res.nodes.map((n) => n.id));
    for (const z of snap.byLabel('Zone')) expect(ids.has(z.id)).toBe(true);
    // zones keep their English names on the first screen (China (Hunan) Pilot Free Trade Zone, Yueyang Area)
    const named = snap.byLabel('Zone').filter((z) => typeof z.props['nameEn'] === 'string');
    expect(named.length).toBeGreaterThan(0);
    for (const z of named) expect(res.nodes.find((n) => n.id === z.id)?.properties['nameEn']).toBe(z.props['nameEn']);
    for (const r of res.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    // priority industries: one weighted edge per (zone, industry), none invented; the fixed caps hold
    const focus = snap.rels.filter((r) => r.type === 'FOCUSES_ON');
    const stored = new Set(focus.map((r) => `${r.start}|${r.end}`));
    const shown = res.relationships.filter((r) => r.type === 'FOCUSES_ON');
    for (const r of shown) expect(stored.has(`${r.start}|${r.end}`)).toBe(true);
    expect(new Set(shown.map((r) => `${r.start}|${r.end}`)).size).toBe(shown.length);
    const industries = new Set(shown.map((r) => r.end));
    expect(industries.size).toBeGreaterThan(0);
    expect(industries.size).toBeLessThanOrEqual(OVERVIEW_CAPS.industries);
    for (const zone of new Set(focus.map((r) => r.start))) {
      const pairs = new Set(focus.filter((r) => r.start === zone && industries.has(r.end)).map((r) => r.end));
      expect(shown.filter((r) => r.start === zone).length).toBe(Math.min(pairs.size, OVERVIEW_CAPS.industriesPerZone));
    }
    expect(res.nodes.length).toBeLessThanOrEqual(OVERVIEW_MAX_NODES);
    expect(res.relationships.length).toBeLessThanOrEqual(OVERVIEW_MAX_EDGES);
    // laid out on the server: every node has a place, and the answer is small
    for (const n of res.nodes) expect(Number.isFinite(n.position?.x) && Number.isFinite(n.position?.y)).toBe(true);
    expect(JSON.stringify(res).length).toBeLessThan(500 * 1024);
    for (const r of res.relationships) expect(r.properties).not.toHaveProperty('evidence');
    expect(shown.every((r) => typeof r.properties['weight'] === 'number')).toBe(true);
    const leadsIn = res.relationships.filter((r) => r.type === 'LEADS_IN');
    expect(leadsIn.length).toBeGreaterThan(0);
    expect(leadsIn.some((r) => r.start === 'agency:岳阳海关')).toBe(true);
    expect(res.nodes.every((n) => !(n.labels as string[]).includes('Document') || !('text' in n.properties))).toBe(
      true,
    );
  });

  it('GET /api/documents/:id/text gives the text, measure offsets and mention offsets', async () => {
    const doc = snap.byLabel('Document').find((d) => String(d.props['file']).includes('003_'));
    expect(doc).toBeDefined();
    const res = await get<DocumentTextResponse>(`/api/documents/${enc(doc?.id ?? '')}/text`);
    expect(res.text).toBe(doc?.props['text']);
    expect(res.measures.length).toBe(snap.byLabel('Measure').filter((m) => m.props['docId'] === doc?.id).length);
    for (const m of res.measures) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(res.text.slice(m.start, m.end)).toContain(m.title.slice(0, 4));
    }
    expect(res.mentions.length).toBeGreaterThan(0);
    const customs = res.mentions.filter((m) => m.nodeId === 'agency:岳阳海关');
    expect(customs.length).toBeGreaterThan(0);
    for (const m of customs) expect(res.text.slice(m.start, m.end)).toBe('岳阳海关');
    expect((await app.inject({ url: `/api/documents/${enc('policy:nope')}/text` })).statusCode).toBe(404);
  });
});
