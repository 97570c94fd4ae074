// The shown result table as an Excel workbook (.xlsx): the same columns, headers and cell texts as
// the table and its CSV (result-table.ts), numbers kept as numbers so Excel can sum them, the
// header row bold and frozen. Written by write-excel-file (small, maintained, one dependency: fflate).
import writeXlsxFile from 'write-excel-file/universal';
import type { Row, SheetData } from 'write-excel-file/universal';
import type { JsonValue } from '../../../core/api-types.ts';
import type { Lang } from '../../../core/display.ts';
import { type TableColumn, cellText, cellValue } from './result-table.ts';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** The sheet's rows: a bold header row in the UI's language, then one row per shown table row. */
export function tableSheet(
  columns: readonly TableColumn[],
  rows: readonly Record<string, JsonValue>[],
  lang: Lang,
): SheetData {
  const header: Row = columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((row): Row =>
    columns.map((c) => {
      const value = cellValue(row, c);
      if (typeof value === 'number' && Number.isFinite(value)) return { value, type: Number };
      const text = cellText(value, lang, c.key);
      return text === '' ? null : { value: text, type: String };
    }),
  );
  return [header, ...body];
}

/** Column widths in characters: a CJK character counts two, within bounds. */
export function columnWidths(sheet: SheetData): { width: number }[] {
  const widthOf = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const count = sheet[0]?.length ?? 0;
  return Array.from({ length: count }, (_, i) => {
    const longest = Math.max(
      0,
      ...sheet.map((r) => {
        const cell = r[i];
        const value = cell && typeof cell === 'object' && 'value' in cell ? cell.value : cell;
        return value === null || value === undefined ? 0 : widthOf(String(value));
      }),
    );
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
}

/** The workbook as a Blob (one sheet named after the query). */
export async function tableXlsx(
  columns: readonly TableColumn[],
  rows: readonly Record<string, JsonValue>[],
  lang: Lang,
  sheetName = 'FTZ Atlas',
): Promise<Blob> {
  const sheet = tableSheet(columns, rows, lang);
  return writeXlsxFile(sheet, {
    sheet: safeSheetName(sheetName),
    columns: columnWidths(sheet),
    stickyRowsCount: 1,
  }).toBlob();
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').trim();
  return [...(clean || 'FTZ Atlas')].slice(0, 31).join('');
}
