// Pure helpers that turn query rows into a table made for reading: which columns to show (ids and
// graph-only columns hidden behind names, English names in English), how a cell reads in the UI's
// language (dates, enumerations), filtering, and CSV that Excel opens (UTF-8 BOM, CRLF, quoted).
import type { JsonValue } from '../../../core/api-types.ts';
import type { Lang } from '../../../core/display.ts';
import { ENUM_COLUMNS, columnName, valueName } from '../i18n/columns.ts';

export interface TableColumn {
  key: string; // the result column shown
  header: string; // in the UI's language
  source: string; // the column read (xEn in English when it holds a value)
}

const ID_COLUMN = /(Id|Ids)$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isGraphValue(value: JsonValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0 && value.every(isGraphValue);
  if (typeof value !== 'object') return false;
  return 'labels' in value || ('type' in value && 'start' in value) || ('nodes' in value && 'relationships' in value);
}

/** The columns to show: not ids, not graph objects (they are drawn), English names folded in. */
export function tableColumns(
  columns: readonly string[],
  rows: readonly Record<string, JsonValue>[],
  lang: Lang,
): TableColumn[] {
  const first = (c: string) => rows.find((r) => r[c] !== null && r[c] !== undefined)?.[c];
  const shown = columns.filter((c) => {
    if (ID_COLUMN.test(c) && columns.length > 1) return false;
    if (c.endsWith('En') && columns.includes(c.slice(0, -2))) return false;
    return !isGraphValue(first(c));
  });
  return (shown.length > 0 ? shown : [...columns]).map((key) => ({
    key,
    header: columnName(lang, key),
    source: lang === 'en' && columns.includes(`${key}En`) ? `${key}En` : key,
  }));
}

/** A cell's value for a row (the English name falls back to the Chinese one). */
export function cellValue(row: Record<string, JsonValue>, column: TableColumn): JsonValue | undefined {
  const v = row[column.source];
  return v === null || v === undefined ? row[column.key] : v;
}

/** How a value reads: dates in the UI's language, enumerations translated, nodes by name. */
export function cellText(value: JsonValue | undefined, lang: Lang, column = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const date = DATE_RE.exec(value);
    if (date) return lang === 'zh' ? `${date[1]}年${Number(date[2])}月${Number(date[3])}日` : formatEnDate(value);
    return ENUM_COLUMNS.has(column) ? valueName(lang, value) : value;
  }
  if (Array.isArray(value)) return value.map((v) => cellText(v, lang, column)).join(lang === 'zh' ? '、' : '; ');
  const props = (value as Record<string, JsonValue>).properties;
  if (props && typeof props === 'object' && !Array.isArray(props)) {
    const p = props as Record<string, JsonValue>;
    const name = p.name ?? p.title ?? (value as Record<string, JsonValue>).id;
    if (typeof name === 'string') return name;
  }
  return JSON.stringify(value);
}

function formatEnDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Rows whose shown text contains every word of `filter` (case-insensitive). */
export function filterRows(
  rows: readonly Record<string, JsonValue>[],
  columns: readonly TableColumn[],
  filter: string,
  lang: Lang,
): Record<string, JsonValue>[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = columns
      .map((c) => cellText(cellValue(row, c), lang, c.key))
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export function compareCells(a: JsonValue | undefined, b: JsonValue | undefined, lang: Lang): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'string' && typeof b === 'string' && DATE_RE.test(a) && DATE_RE.test(b))
    return a < b ? -1 : a > b ? 1 : 0;
  return cellText(a, lang).localeCompare(cellText(b, lang), lang === 'zh' ? 'zh' : 'en');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The shown table as CSV for Excel: UTF-8 with a BOM, CRLF line ends, headers in the UI's language. */
export function tableCsv(
  columns: readonly TableColumn[],
  rows: readonly Record<string, JsonValue>[],
  lang: Lang,
): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(cellValue(row, c), lang, c.key))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Tab-separated text for the clipboard (pastes into a spreadsheet). */
export function tableTsv(
  columns: readonly TableColumn[],
  rows: readonly Record<string, JsonValue>[],
  lang: Lang,
): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [
    columns.map((c) => clean(c.header)).join('\t'),
    ...rows.map((r) => columns.map((c) => clean(cellText(cellValue(r, c), lang, c.key))).join('\t')),
  ].join('\n');
}
