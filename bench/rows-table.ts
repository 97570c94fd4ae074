// The one table of bench rows (area, metric, value, target, ok), printed by the quick run and the
// scale run alike.
import Table from 'cli-table3';
import type { BenchRow } from './types.ts';

export function formatValue(row: BenchRow): string {
  const digits = Math.abs(row.value) >= 100 ? 0 : Math.abs(row.value) >= 10 ? 1 : 2;
  return `${row.value.toFixed(digits)} ${row.unit}`.trim();
}

export function rowsTable(rows: readonly BenchRow[]): string {
  const table = new Table({ head: ['area', 'metric', 'value', 'target', 'ok'] });
  for (const row of rows) {
    table.push([
      row.area,
      row.metric,
      formatValue(row),
      row.target ?? '',
      row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
    ]);
  }
  return table.toString();
}
