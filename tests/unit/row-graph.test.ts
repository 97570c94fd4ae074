// Which strings of a result's rows are node ids, and which label each id names.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../core/api-types.ts';
import { idsInRows } from '../../core/row-ids.ts';
import { idsByLabel } from '../../query-service/query/row-graph.ts';
import { mergeResultGraph, resultGraphIds } from '../../core/row-ids.ts';

describe('idsInRows', () => {
  const cases: { rows: Record<string, JsonValue>[]; ids: string[] }[] = [
    { rows: [{ agency: '岳阳海关', agencyId: 'agency:岳阳海关' }], ids: ['agency:岳阳海关'] },
    { rows: [{ measureIds: ['measure:a#1', 'measure:a#2'], n: 3 }], ids: ['measure:a#1', 'measure:a#2'] },
    { rows: [{ text: 'zone: not an id', x: 'zone:郑州片区' }], ids: ['zone:郑州片区'] },
    { rows: [{ a: 'policy:国发〔2017〕17号' }, { a: 'policy:国发〔2017〕17号' }], ids: ['policy:国发〔2017〕17号'] },
    { rows: [{ a: null, b: true, c: 'industry:跨境电子商务' }], ids: ['industry:跨境电子商务'] },
    { rows: [{ a: 'http://example.org', b: 'measure' }], ids: [] },
  ];
  for (const c of cases) it(JSON.stringify(c.rows), () => expect(idsInRows(c.rows)).toEqual(c.ids));

  it('stops at the cap', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `measure:x#${i}` }));
    expect(idsInRows(rows, 4)).toHaveLength(4);
  });
});

describe('idsByLabel', () => {
  it('groups ids by the label of their prefix', () => {
    const grouped = idsByLabel(['agency:a', 'measure:d#1', 'agency:b', 'policy:p']);
    expect(Object.fromEntries(grouped)).toEqual({
      Agency: ['agency:a', 'agency:b'],
      Measure: ['measure:d#1'],
      Policy: ['policy:p'],
    });
  });
});

describe('the graph asked for apart', () => {
  const node = (id: string) => ({ id, labels: ['Agency'], properties: {} });
  const rel = (id: string, start: string, end: string) => ({ id, type: 'LEADS' as const, start, end, properties: {} });

  it("asks for the answer's own nodes first, then those the rows name, each once", () => {
    const result = {
      rows: [{ agencyId: 'agency:b', measureIds: ['measure:d#1', 'agency:a'] }],
      graph: { nodes: [node('agency:a')], relationships: [] },
    };
    expect(resultGraphIds(result)).toEqual(['agency:a', 'agency:b', 'measure:d#1']);
  });

  it("merges the row graph into the answer's graph without doubles", () => {
    const own = { nodes: [node('agency:a')], relationships: [rel('r1', 'agency:a', 'measure:d#1')] };
    const rows = {
      nodes: [node('agency:a'), node('measure:d#1')],
      relationships: [rel('r1', 'agency:a', 'measure:d#1'), rel('r2', 'agency:a', 'measure:d#1')],
    };
    const merged = mergeResultGraph(own, rows);
    expect(merged.nodes.map((n) => n.id)).toEqual(['agency:a', 'measure:d#1']);
    expect(merged.relationships.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});
