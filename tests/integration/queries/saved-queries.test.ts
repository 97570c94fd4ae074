// Every built-in saved query, run on the seed graph through the query service, against an answer
// computed in TypeScript from a plain snapshot of the graph (seeded.ts) — not from the same Cypher.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonValue, QueryResult } from '../../../core/api-types.ts';
import { loadBuiltIns } from '../../../query-service/saved-queries/library.ts';
import { createQueryService } from '../../../query-service/service.ts';
import type { QueryService } from '../../../query-service/service.ts';
import { CASES } from './cases.ts';
import { seededDriver, snapshot } from './seeded.ts';
import { withRowGraph } from './whole-graph.ts';
import type { Snapshot } from './seeded.ts';

let driver: Driver;
let service: QueryService;
let snap: Snapshot;

beforeAll(async () => {
  driver = await seededDriver();
  service = createQueryService({ driver });
  snap = await snapshot(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('saved queries on the seeds', () => {
  it('every built-in query has a case below', async () => {
    const names = (await loadBuiltIns()).map((q) => q.name).sort();
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect([...new Set(CASES.map((c) => c.name))].sort()).toEqual(names);
  });

  it('every picker lookup runs read-only and gives value/label options', async () => {
    for (const query of await loadBuiltIns()) {
      for (const param of query.params.filter((p) => p.lookup)) {
        const other: Record<string, JsonValue> = param.dependsOn?.includes('area') ? { area: '郑州片区' } : {};
        const { options } = await service.lookup(query.name, param.name, other);
        expect(options.length, `${query.name}.${param.name}`).toBeGreaterThan(0);
        for (const o of options) expect(typeof o.label).toBe('string');
        // a default is one of the choices, or (for free-text parameters such as words of a title) at
        // least gives an answer
        if (param.default !== null && !options.some((o) => o.value === param.default)) {
          const result = await service.runQuery(query);
          expect(result.rows.length, `${query.name}.${param.name} default`).toBeGreaterThan(0);
        }
      }
    }
  });

  for (const c of CASES) {
    it(`${c.name}${c.label ? ` (${c.label})` : ''}`, async () => {
      const answer = await service.runSaved(c.name, (c.params ?? {}) as Record<string, JsonValue>);
      expect(answer.truncated).toBe(false);
      const result: QueryResult = await withRowGraph(service, answer);
      await c.check(result, snap, service);
    });
  }
});
