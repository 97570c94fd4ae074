// The results table made for reading: which columns show, how cells read in each language, and CSV
// that Excel opens.
import { describe, expect, it } from 'vitest';
import { cellText, filterRows, tableColumns, tableCsv } from '../../web/src/graph/result-table.ts';

const rows = [
  {
    agency: '岳阳海关',
    agencyEn: 'Yueyang Customs',
    role: 'lead',
    dueDate: '2021-08-31',
    measures: 3,
    agencyId: 'agency:岳阳海关',
    measureIds: ['measure:x#1'],
    node: { id: 'agency:岳阳海关', labels: ['Agency'], properties: { name: '岳阳海关' } },
  },
  {
    agency: '岳阳市商务粮食局',
    agencyEn: null,
    role: 'support',
    dueDate: null,
    measures: 1,
    agencyId: 'agency:b',
    measureIds: [],
    node: null,
  },
];
const columns = Object.keys(rows[0]);

describe('tableColumns', () => {
  it('hides ids, graph objects and the English twin in Chinese', () => {
    expect(tableColumns(columns, rows, 'zh').map((c) => [c.key, c.header, c.source])).toEqual([
      ['agency', '单位', 'agency'],
      ['role', '角色', 'role'],
      ['dueDate', '完成日期', 'dueDate'],
      ['measures', '措施数', 'measures'],
    ]);
  });
  it('reads the English name in English', () => {
    expect(tableColumns(columns, rows, 'en')[0]).toEqual({ key: 'agency', header: 'Agency', source: 'agencyEn' });
  });
  it('keeps a lone id column', () => {
    expect(tableColumns(['measureId'], [{ measureId: 'measure:x#1' }], 'zh').map((c) => c.key)).toEqual(['measureId']);
  });
});

describe('cellText', () => {
  const cases: [unknown, 'zh' | 'en', string, string][] = [
    ['2021-08-31', 'zh', 'dueDate', '2021年8月31日'],
    ['2021-08-31', 'en', 'dueDate', '31 Aug 2021'],
    ['lead', 'zh', 'role', '牵头'],
    ['lead', 'en', 'role', 'lead'],
    ['customs', 'zh', 'kind', '海关'],
    ['list-order', 'zh', 'method', '排序规则'],
    ['lead', 'zh', 'measure', 'lead'],
    [true, 'zh', 'focus', '是'],
    [['a', 'b'], 'zh', 'zones', 'a、b'],
  ];
  for (const [value, lang, column, text] of cases) {
    it(`${JSON.stringify(value)} in ${lang} (${column})`, () =>
      expect(cellText(value as never, lang, column)).toBe(text));
  }
});

describe('filter and CSV', () => {
  it('filters on the shown text', () => {
    const shown = tableColumns(columns, rows, 'zh');
    expect(filterRows(rows, shown, '配合', 'zh').map((r) => r.agency)).toEqual(['岳阳市商务粮食局']);
  });
  it('writes CSV with a BOM, CRLF, translated headers and no repeated columns', () => {
    const csv = tableCsv(tableColumns(columns, rows, 'zh'), rows, 'zh');
    expect(csv.startsWith('\uFEFF单位,角色,完成日期,措施数\r\n')).toBe(true);
    expect(csv).toContain('岳阳海关,牵头,2021年8月31日,3\r\n');
    expect(csv.split('\r\n')[0].split(',')).toHaveLength(new Set(csv.split('\r\n')[0].split(',')).size);
  });
  it('quotes fields with commas and quotes', () => {
    const shown = tableColumns(['text'], [{ text: 'a, "b"' }], 'en');
    expect(tableCsv(shown, [{ text: 'a, "b"' }], 'en')).toContain('"a, ""b"""');
  });
});
