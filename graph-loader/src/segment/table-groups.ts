// Rows that repeat a task's text belong to that task: in a table with a task column and a second
// column of measure text (任务 | 举措, 重点任务 | 具体内容), consecutive rows whose task cell repeats
// (or is empty: a merged cell) are grouped under one 'group' node named by the task.

import { columnKind } from './columns.ts';
import type { RawNode } from './tree.ts';

const GROUP_MIN = 2;

/** In a grouped table, the column that holds each row's own measure (the second task column). */
export function rowTextColumn(header: RawNode['cells']): number {
  return header.flatMap((c, i) => (columnKind(c.text) === 'task' ? [i] : []))[1] ?? -1;
}

function taskColumns(table: RawNode): number[] {
  return table.cells.flatMap((c, i) => (columnKind(c.text) === 'task' ? [i] : []));
}

function group(table: RawNode, rows: RawNode[], task: string): RawNode {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    ...first,
    role: 'group',
    styleKey: 'group',
    number: '',
    label: task,
    start: first.start,
    headEnd: first.headEnd,
    end: last.end,
    cells: table.cells, // the header: the rows below read their columns from it
    children: rows,
  };
}

/** The rows of a table, those repeating a task's text grouped under it. */
export function groupRepeatedTasks(table: RawNode): RawNode[] {
  const columns = taskColumns(table);
  if (columns.length < 2) return table.children;
  const at = columns[0];
  const out: RawNode[] = [];
  let run: RawNode[] = [];
  let task = '';
  const flush = (): void => {
    if (run.length >= GROUP_MIN) out.push(group(table, run, task));
    else out.push(...run);
    run = [];
  };
  for (const row of table.children) {
    const cell = row.cells[at]?.text ?? '';
    if (row.role === 'row' && run.length > 0 && (cell === task || cell === '')) {
      run.push(row);
      continue;
    }
    flush();
    run = row.role === 'row' ? [row] : [];
    if (row.role !== 'row') out.push(row);
    task = cell;
  }
  flush();
  return out;
}
