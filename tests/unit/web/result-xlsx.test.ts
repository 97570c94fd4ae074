// The results table as an Excel workbook: written by the same code the browser runs, read back by
// another language's standard library (Python's zipfile and xml), as the other exports are tested.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableColumns, tableCsv } from '../../../web/src/graph/result-table.ts';
import { READ_XLSX, type XlsxRead, python } from '../../integration/export/readers.ts';
import { columnWidths, safeSheetName, tableSheet, tableXlsx } from '../../../web/src/graph/result-xlsx.ts';

async function readBack(blob: Blob): Promise<XlsxRead> {
  const dir = await mkdtemp(join(tmpdir(), 'ftz-xlsx-'));
  try {
    const file = join(dir, 'table.xlsx');
    await writeFile(file, Buffer.from(await blob.arrayBuffer()));
    return await python<XlsxRead>(READ_XLSX, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows = [
  {
    agency: '岳阳海关',
    agencyEn: 'Yueyang Customs',
    role: 'lead',
    dueDate: '2021-08-31',
    measures: 3,
    agencyId: 'a:1',
  },
  { agency: '岳阳市商务粮食局', agencyEn: null, role: 'support', dueDate: null, measures: 1, agencyId: 'a:2' },
];
const columns = Object.keys(rows[0]);

describe('tableXlsx', () => {
  it.each([
    ['zh', '单位', '岳阳海关'],
    ['en', 'Agency', 'Yueyang Customs'],
  ] as const)('writes the table as shown in %s and reads back with Python', async (lang, header, first) => {
    const shown = tableColumns(columns, rows, lang);
    const book = await readBack(await tableXlsx(shown, rows, lang, 'agency-workload'));
    expect(book.files).toContain('xl/workbook.xml');
    expect(book.names).toEqual(['agency-workload']);
    expect(book.rows[0].map(([, v]) => v)).toEqual(shown.map((c) => c.header));
    expect(book.rows).toHaveLength(rows.length + 1);
    // the same texts as the CSV of the same table (numbers as numbers)
    const csv = tableCsv(shown, rows, lang)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(book.rows[1].map(([, v]) => String(v))).toEqual(csv[1].split(','));
    expect(book.rows[1].at(-1)).toEqual(['n', 3]);
    expect(book.rows[0][0][1]).toBe(header);
    expect(book.rows[1][0][1]).toBe(first);
  });
  it('leaves empty cells empty and keeps the header bold', () => {
    const shown = tableColumns(columns, rows, 'zh');
    const sheet = tableSheet(shown, rows, 'zh');
    expect(sheet[0][0]).toEqual({ value: '单位', fontWeight: 'bold' });
    expect(sheet[2][2]).toBeNull();
  });
  it('sizes columns by their longest text, CJK counted twice', () => {
    const widths = columnWidths([[{ value: '岳阳市商务粮食局' }, { value: 'n' }]]);
    expect(widths).toEqual([{ width: 18 }, { width: 8 }]);
  });
  it.each([
    ['a/b:c', 'a b c'],
    ['', 'FTZ Atlas'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('makes %j a sheet name Excel accepts', (name, want) => {
    expect(safeSheetName(name)).toBe(want);
  });
});
