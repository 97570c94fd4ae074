// Query rows as a sortable table; "copy" puts it on the clipboard as tab-separated text.
import { useMemo, useState } from 'react';
import type { JsonValue } from '../../../core/api-types.ts';
import { useExplorer } from '../state/explorer-context.ts';

export function cellText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('、');
  const v = value as Record<string, JsonValue>;
  const props = v.properties;
  if (props && typeof props === 'object' && !Array.isArray(props)) {
    const p = props as Record<string, JsonValue>;
    const name = p.name ?? p.title ?? v.id;
    if (typeof name === 'string') return name;
  }
  return JSON.stringify(value);
}

function compare(a: JsonValue | undefined, b: JsonValue | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return cellText(a).localeCompare(cellText(b), 'zh');
}

export function ResultTable({ columns, rows }: { columns: string[]; rows: Record<string, JsonValue>[] }) {
  const { t } = useExplorer();
  const [sort, setSort] = useState<{ column: string; desc: boolean } | null>(null);
  const [copied, setCopied] = useState(false);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const out = [...rows].sort((x, y) => compare(x[sort.column], y[sort.column]));
    return sort.desc ? out.reverse() : out;
  }, [rows, sort]);
  const copy = () => {
    const tsv = [
      columns.join('\t'),
      ...sorted.map((r) => columns.map((c) => cellText(r[c]).replace(/[\t\n]/g, ' ')).join('\t')),
    ].join('\n');
    void navigator.clipboard?.writeText(tsv).then(() => setCopied(true));
  };
  return (
    <div className="result-table">
      <button type="button" onClick={copy}>
        {copied ? t('copied') : t('copyTable')}
      </button>
      <table data-testid="result-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                onClick={() => setSort((s) => ({ column: c, desc: s?.column === c ? !s.desc : false }))}
                aria-sort={sort?.column === c ? (sort.desc ? 'descending' : 'ascending') : 'none'}
              >
                {c} {sort?.column === c ? (sort.desc ? '▼' : '▲') : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{cellText(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
