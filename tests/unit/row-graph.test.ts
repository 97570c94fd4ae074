// Which strings of a result's rows are node ids, and which label each id names.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../core/api-types.ts';
import { idsByLabel, idsInRows } from '../../query-service/query/row-graph.ts';

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
