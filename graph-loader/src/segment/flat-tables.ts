// Tables flattened one cell per paragraph (a Word table saved as text): a run of paragraphs that are
// known column names (序号 / 权力责任名称 / 行使主体 …) is a header row; the paragraphs after it are
// read in groups of the column count. With a 序号 column a row runs from its number to the next
// number (so a cell of several paragraphs stays in its row: the extra paragraphs join the last
// cell); without one, rows are exactly column-count paragraphs. Each row becomes one row line.

import { columnKind, isHeaderRow } from './columns.ts';
import type { Cell, Line, LineKind } from './lines.ts';

interface Para {
  first: number; // line indices
  last: number;
  start: number;
  end: number;
}

const HEADER_MIN = 3;

function paragraphs(lines: Line[], from: number, max: number): Para[] {
  const out: Para[] = [];
  let i = from;
  while (i < lines.length && out.length < max) {
    if (lines[i].blank) {
      i += 1;
      continue;
    }
    const first = i;
    while (i + 1 < lines.length && !lines[i + 1].blank) i += 1;
    out.push({ first, last: i, start: lines[first].start, end: lines[i].end });
    i += 1;
  }
  return out;
}

function cell(text: string, p: Para): Cell {
  return { text: text.slice(p.start, p.end), start: p.start, end: p.end };
}

function spanLine(text: string, lines: Line[], a: Para, b: Para): Line {
  const base = lines[a.first];
  return { ...base, start: a.start, end: b.end, raw: text.slice(a.start, b.end), hashes: 0, blank: false };
}

export interface FlatRow {
  first: number; // first and last line index consumed
  last: number;
  line: Line;
  cells: Cell[];
}

/** Rows of one flattened table whose header starts at line `at` (null when there is none). */
function readTable(text: string, lines: Line[], at: number): FlatRow[] | null {
  const head = paragraphs(lines, at, 40);
  let n = 0;
  while (n < head.length && head[n].first === head[n].last && columnKind(lines[head[n].first].raw) !== null) n += 1;
  const names = head.slice(0, n).map((p) => lines[p.first].raw);
  if (n < HEADER_MIN || !isHeaderRow(names)) return null;
  const rows: FlatRow[] = [
    {
      first: head[0].first,
      last: head[n - 1].last,
      line: spanLine(text, lines, head[0], head[n - 1]),
      cells: head.slice(0, n).map((p) => cell(text, p)),
    },
  ];
  const serial = columnKind(names[0]) === 'serial';
  let from = head[n - 1].last + 1;
  for (let expected = 1; ; expected++) {
    const paras = paragraphs(lines, from, 4 * n);
    if (paras.length < n) break;
    if (serial && lines[paras[0].first].raw !== String(expected)) break;
    let size = n;
    if (serial) {
      const next = paras.findIndex((p, k) => k >= n && lines[p.first].raw === String(expected + 1));
      size = next > 0 ? next : n;
    }
    const row = paras.slice(0, size);
    const cells = row.slice(0, n - 1).map((p) => cell(text, p));
    cells.push(cell(text, { ...row[n - 1], end: row[size - 1].end }));
    rows.push({
      first: row[0].first,
      last: row[size - 1].last,
      line: spanLine(text, lines, row[0], row[size - 1]),
      cells,
    });
    from = row[size - 1].last + 1;
  }
  return rows.length > 1 ? rows : null;
}

/** Lines and kinds with every cell-per-paragraph table replaced by one row line per row. */
export function joinFlatTables(text: string, lines: Line[], kinds: LineKind[]): { lines: Line[]; kinds: LineKind[] } {
  const outLines: Line[] = [];
  const outKinds: LineKind[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table =
      !lines[i].blank && kinds[i].kind !== 'row' && columnKind(lines[i].raw) !== null
        ? readTable(text, lines, i)
        : null;
    if (!table) {
      outLines.push(lines[i]);
      outKinds.push(kinds[i]);
      continue;
    }
    for (const row of table) {
      outLines.push(row.line);
      outKinds.push({ kind: 'row', cells: row.cells });
    }
    i = table[table.length - 1].last;
  }
  return { lines: outLines, kinds: outKinds };
}
