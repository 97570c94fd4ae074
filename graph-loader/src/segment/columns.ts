// The column vocabulary of tables that list measures: which header names a column, and what its cells
// are. The measure's text, its number and its scope: data/structure/table-columns.json; agencies and
// the deadline: the grammar of responsibility (the same labels as 牵头单位：… in running text).

import vocabulary from '../../../data/structure/table-columns.json' with { type: 'json' };
import { COLUMN_LABELS, columnRole } from '../grammar/vocabulary.ts';

export type ColumnKind = 'serial' | 'task' | 'lead' | 'responsible' | 'support' | 'deadline' | 'scope' | 'other';

const COLUMN_NAME_MAX = 16; // with spaces: "行使  主体"
const BY_NAME = new Map<string, ColumnKind>();
for (const c of vocabulary.columns) for (const name of c.names) BY_NAME.set(name, c.role as ColumnKind);

/** The kind of a header cell ("行使  主体" → responsible), or null when it is not a known column. */
export function columnKind(cell: string): ColumnKind | null {
  if (cell.length > COLUMN_NAME_MAX) return null;
  return BY_NAME.get(cell.replace(/[\s\u3000*]/g, '')) ?? columnRole(cell, true);
}

/** Does a header cell name agencies (lead, responsible or support) — loosely, "责任单位及责任人" too? */
export function isAgencyColumn(cell: string): boolean {
  if (cell.length > COLUMN_NAME_MAX) return false;
  const role = columnRole(cell);
  return role !== null && role !== 'deadline';
}

/** A header row: at least two cells, most of them known column names, one naming the measure or agencies. */
export function isHeaderRow(cells: string[]): boolean {
  if (cells.length < 2) return false;
  const kinds = cells.map(columnKind);
  const known = kinds.filter((k) => k !== null).length;
  const useful = kinds.some((k) => k === 'task' || k === 'lead' || k === 'responsible');
  return useful && known * 3 >= cells.length * 2;
}

const NAMES_BY_LENGTH = [...new Set([...BY_NAME.keys(), ...COLUMN_LABELS])].sort((a, b) => b.length - a.length);
const GLUED_MIN = 3;

/** Length of a header row glued without separators at the start of a line ("序号改革举措主要内容"):
 *  at least three known column names, the first a 序号 column; 0 when there is none. */
export function gluedHeaderLength(line: string): number {
  if (columnKind(line.slice(0, 2)) !== 'serial' && columnKind(line.slice(0, 1)) !== 'serial') return 0;
  let at = 0;
  const kinds: (ColumnKind | null)[] = [];
  for (;;) {
    const name = NAMES_BY_LENGTH.find((n) => line.startsWith(n, at));
    if (!name) break;
    kinds.push(columnKind(name));
    at += name.length;
  }
  return kinds.length >= GLUED_MIN && kinds[0] === 'serial' ? at : 0;
}
