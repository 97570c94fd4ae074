// Query rows as a table made for reading: headers and values in the UI's language, ids hidden
// behind names (shown on hover), sortable, filterable, copyable (tab-separated) and saved as CSV or XLSX.
import { useMemo, useState } from 'react';
import type { JsonValue } from '../../../core/api-types.ts';
import {
  cellText,
  cellValue,
  compareCells,
  filterRows,
  tableColumns,
  tableCsv,
  tableTsv,
} from '../graph/result-table.ts';
import { tableXlsx } from '../graph/result-xlsx.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { downloadBlob } from './export-files.ts';

interface ResultTableProps {
  columns: string[];
  rows: Record<string, JsonValue>[];
  name?: string; // the file name's stem for the CSV and XLSX
}

export function ResultTable({ columns, rows, name = 'query' }: ResultTableProps) {
  const { state, t } = useExplorer();
  const lang = state.lang;
  const [sort, setSort] = useState<{ column: string; desc: boolean } | null>(null);
  const [filter, setFilter] = useState('');
  const [copied, setCopied] = useState(false);
  const shown = useMemo(() => tableColumns(columns, rows, lang), [columns, rows, lang]);
  const visible = useMemo(() => {
    const kept = filterRows(rows, shown, filter, lang);
    const col = shown.find((c) => c.key === sort?.column);
    if (!sort || !col) return kept;
    const out = kept.sort((x, y) => compareCells(cellValue(x, col), cellValue(y, col), lang));
    return sort.desc ? out.reverse() : out;
  }, [rows, shown, filter, sort, lang]);
  const copy = () => void navigator.clipboard?.writeText(tableTsv(shown, visible, lang)).then(() => setCopied(true));
  const saveCsv = () => {
    const blob = new Blob([tableCsv(shown, visible, lang)], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, `${fileStem(name)}.csv`);
  };
  const saveXlsx = () =>
    void tableXlsx(shown, visible, lang, name).then((blob) => downloadBlob(blob, `${fileStem(name)}.xlsx`));
  const idOf = (row: Record<string, JsonValue>, key: string): string | undefined => {
    const id = row[`${key}Id`];
    return typeof id === 'string' ? id : undefined;
  };
  return (
    <div className="result-table">
      <div className="result-table-tools">
        <input
          type="search"
          data-testid="result-filter"
          placeholder={t('filterRows')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="sub" data-testid="result-shown">
          {t('shownOf', { n: visible.length, m: rows.length })}
        </span>
        <button type="button" onClick={copy}>
          {copied ? t('copied') : t('copyTable')}
        </button>
        <button type="button" data-testid="result-csv" onClick={saveCsv}>
          CSV
        </button>
        <button type="button" data-testid="result-xlsx" onClick={saveXlsx}>
          XLSX
        </button>
      </div>
      <table data-testid="result-table">
        <thead>
          <tr>
            {shown.map((c) => (
              <th
                key={c.key}
                data-column={c.key}
                title={c.key}
                onClick={() => setSort((s) => ({ column: c.key, desc: s?.column === c.key ? !s.desc : false }))}
                aria-sort={sort?.column === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
              >
                {c.header} {sort?.column === c.key ? (sort.desc ? '▼' : '▲') : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((row, i) => (
            <tr key={i}>
              {shown.map((c) => (
                <td key={c.key} title={idOf(row, c.key)} className={c.key === 'operator' ? 'plan-operator' : undefined}>
                  {cellText(cellValue(row, c), lang, c.key)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function fileStem(name: string): string {
  return `ftz-atlas-${name}-${new Date().toISOString().slice(0, 10)}`;
}
