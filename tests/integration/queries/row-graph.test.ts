// Every query answers as table and graph: each built-in saved query, run with its defaults on the
// seeds, answers with its rows, and the graph asked for apart (service.rowGraph, POST
// /api/query/graph) holds the nodes its rows name (ids resolve to nodes) and the relationships among
// them; the same for ad-hoc Cypher that returns only ids.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIns } from '../../../query-service/saved-queries/library.ts';
import { idsInRows, ROW_ID_CAP } from '../../../core/row-ids.ts';
import { createQueryService } from '../../../query-service/service.ts';
import type { QueryService } from '../../../query-service/service.ts';
import { seededDriver } from './seeded.ts';
import { withRowGraph } from './whole-graph.ts';

let driver: Driver;
let service: QueryService;

beforeAll(async () => {
  driver = await seededDriver();
  service = createQueryService({ driver });
});
afterAll(async () => {
  await driver.close();
});

describe('the graph behind the rows', () => {
  it('every built-in query with rows that name nodes has those nodes in its graph', async () => {
    const queries = await loadBuiltIns();
    expect(queries.length).toBeGreaterThanOrEqual(18);
    for (const query of queries) {
      const answer = await service.runQuery(query);
      if (answer.rows.length === 0) continue;
      const result = await withRowGraph(service, answer);
      const named = idsInRows(result.rows);
      const graphIds = new Set(result.graph.nodes.map((n) => n.id));
      expect(result.graph.nodes.length, query.name).toBeGreaterThan(0);
      for (const id of named) expect(graphIds.has(id), `${query.name}: ${id}`).toBe(true);
      for (const r of result.graph.relationships) {
        expect(graphIds.has(r.start) && graphIds.has(r.end), `${query.name}: edge ${r.type}`).toBe(true);
      }
    }
  });

  it('an aggregate links to the measures it counts (lead bureaus → LEADS edges)', async () => {
    const result = await withRowGraph(service, await service.runSaved('lead-bureaus-by-industry', {}));
    const row = result.rows[0];
    const agencyId = row['agencyId'] as string;
    const measureIds = row['measureIds'] as string[];
    const leads = result.graph.relationships.filter((r) => r.type === 'LEADS' && r.start === agencyId);
    expect(new Set(leads.map((r) => r.end))).toEqual(new Set(measureIds));
  });

  it('agency workload links each agency to measures it leads', async () => {
    const result = await withRowGraph(service, await service.runSaved('agency-workload', {}));
    const withLeads = result.rows.filter((r) => (r['leads'] as number) > 0);
    expect(withLeads.length).toBeGreaterThan(0);
    const leadStarts = new Set(result.graph.relationships.filter((r) => r.type === 'LEADS').map((r) => r.start));
    for (const row of withLeads) expect(leadStarts.has(row['agencyId'] as string)).toBe(true);
  });

  it('ad-hoc Cypher returning only ids answers as a graph', async () => {
    const answer = await service.runCypher(
      'MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a.id AS agency, collect(m.id)[..3] AS measures LIMIT 3',
    );
    expect(answer.rows.length).toBe(3);
    expect(answer.graph.nodes).toEqual([]); // the rows hold ids only: the answer carries no graph
    const result = await withRowGraph(service, answer);
    expect(result.graph.nodes.length).toBeGreaterThan(3);
    expect(result.graph.relationships.some((r) => r.type === 'LEADS')).toBe(true);
  });

  it('the graph is asked for apart and says when the id cap cut it', async () => {
    const answer = await service.runCypher('MATCH (m:Measure) RETURN m.id AS id, m.docId AS doc LIMIT 50');
    const ids = answer.rows.map((r) => r['id'] as string);
    const doc = answer.rows[0]?.['doc'] as string;
    // ids past the cap (here of no node) are left out, and the answer says so
    const past = Array.from({ length: ROW_ID_CAP }, (_, i) => `measure:none#${i}`);
    const cut = await service.rowGraph([...ids, ...past]);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.length).toBe(ids.length);
    const few = await service.rowGraph([...ids.slice(0, 5), doc]);
    expect(few.truncated).toBe(false);
    expect(few.nodes.map((n) => n.id).sort()).toEqual([...ids.slice(0, 5), doc].sort());
    // a plan comes without its text; relationships only among the nodes asked for
    const plan = few.nodes.find((n) => n.id === doc);
    expect(plan?.labels).toContain('Document');
    expect(plan && 'text' in plan.properties).toBe(false);
    const asked = new Set([...ids.slice(0, 5), doc]);
    for (const r of few.relationships) expect(asked.has(r.start) && asked.has(r.end)).toBe(true);
  });

  it('EXPLAIN and PROFILE answer with the plan, not the rows', async () => {
    const statement = 'MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a.name AS agency, count(m) AS n';
    const explained = await service.runCypher(`EXPLAIN ${statement}`);
    expect(explained.plan).toBe(true);
    expect(explained.columns).toContain('estimatedRows');
    expect(explained.rows[0]['operator']).toMatch(/ProduceResults/);
    expect(explained.rows.some((r) => /Expand|NodeByLabelScan/.test(String(r['operator'])))).toBe(true);
    const profiled = await service.runCypher(`PROFILE ${statement}`);
    expect(profiled.plan).toBe(true);
    expect(profiled.columns).toContain('dbHits');
    expect(profiled.rows.some((r) => typeof r['dbHits'] === 'number' && r['dbHits'] > 0)).toBe(true);
  });
});
