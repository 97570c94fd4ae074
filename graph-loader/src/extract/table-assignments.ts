// Task tables (序号|任务|牵头单位|责任单位|完成时限): each row is a measure (see the segmenter). A
// column's role comes from its header through the grammar of responsibility (columnRole): a lead
// column LEADS, responsible and support columns SUPPORT (a responsible column leads when the table
// has no lead column), the deadline column dates the row. Method 'table', evidence: the row.

import { type ResolvedAgency, resolveAgency } from './agencies.ts';
import { type AgencyFact, type AssignInput, LIST_ORDER_RE } from './assignments.ts';
import { type ListItem, splitList } from './clauses.ts';
import { type ColumnRole, columnRole } from '../grammar/vocabulary.ts';
import { evidenceSpan } from './spans.ts';
import type { Segment } from '../types.ts';

export interface RowCell {
  text: string;
  start: number;
  end: number;
}

export type { ColumnRole } from '../grammar/vocabulary.ts';

/** Cells of a tab-separated or |-separated row line starting at `start`. */
export function rowCells(line: string, start: number): RowCell[] {
  const sep = line.includes('\t') ? '\t' : '|';
  const cells: RowCell[] = [];
  let offset = start;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    cells.push({ text: t, start: offset + lead, end: offset + lead + t.length });
    offset += part.length + 1;
  }
  if (sep === '|') {
    if (cells[0]?.text === '') cells.shift();
    if (cells[cells.length - 1]?.text === '') cells.pop();
  }
  return cells;
}

/** The header line of a table segment: its first tab- or pipe-separated line. */
function headerOf(table: Segment): string[] | null {
  const line = table.text.split('\n').find((l) => l.includes('\t') || /^\s*\|/.test(l));
  return line ? rowCells(line, 0).map((c) => c.text) : null;
}

export interface TableRow {
  seg: Segment;
  cells: { role: ColumnRole | null; cell: RowCell }[];
}

/** Rows of task tables: segments whose parent is a table with at least one role column. */
export function taskTableRows(segments: Segment[]): TableRow[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const rows: TableRow[] = [];
  for (const seg of segments) {
    if (seg.cells) {
      // the segmenter's row: its cells carry their column
      const cells = seg.cells.map((c) => ({
        role: columnRole(c.column),
        cell: { text: c.text, start: c.start, end: c.end },
      }));
      if (cells.some((c) => c.role !== null)) rows.push({ seg, cells });
      continue;
    }
    const table = seg.parentId ? byId.get(seg.parentId) : undefined;
    if (!table || !/[\t|]/.test(seg.text) || seg.text.includes('\n')) continue;
    const header = headerOf(table);
    if (!header || !header.some((h) => columnRole(h) !== null)) continue;
    const cells = rowCells(seg.text, seg.start);
    rows.push({ seg, cells: cells.map((cell, i) => ({ role: columnRole(header[i] ?? ''), cell })) });
  }
  return rows;
}

export function findTableAssignments(input: AssignInput): AgencyFact[] {
  const facts: AgencyFact[] = [];
  const listOrder = LIST_ORDER_RE.test(input.text);
  for (const row of taskTableRows(input.segments)) {
    const hasLead = row.cells.some((c) => c.role === 'lead' && c.cell.text !== '');
    const evidence = evidenceSpan(input.text, row.seg.start, row.seg.end);
    for (const { role, cell } of row.cells) {
      if (role === null || role === 'deadline') continue;
      const resolved = splitList(input.text, cell.start, cell.end)
        .map((item) => ({ item, agency: resolveAgency(item.raw, input.ctx, input.glossary) }))
        .filter((r): r is { item: ListItem; agency: ResolvedAgency } => r.agency !== null);
      resolved.forEach(({ item, agency }, i) => {
        const leads = role === 'lead' || (role === 'responsible' && !hasLead && (!listOrder || i === 0));
        const method = role === 'responsible' && !hasLead && listOrder ? 'list-order' : 'table';
        facts.push({
          agency,
          role: leads ? 'LEADS' : 'SUPPORTS',
          measureId: row.seg.id,
          evidence,
          method,
          mention: item,
        });
      });
    }
  }
  return facts;
}
