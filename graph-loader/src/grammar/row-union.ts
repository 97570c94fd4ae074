// The rows a matcher tries in order at one offset (tryRows), as one regular expression: `(?:P1)()|(?:P2)()|…`.
// An ordered alternation tries P1 with all its backtracking, then P2, …: the first alternative that
// matches is the first row that would, with the same match, and the empty group after it tells which
// (one exec instead of one per row). Built once per list of rows; null when a row's flags differ.
import type { GrammarRow } from './types.ts';

export interface RowUnion {
  re: RegExp;
  /** the index of each row's empty marker group in a match */
  marks: number[];
}

const FLAGS = 'uy';
const unions = new WeakMap<readonly GrammarRow[], RowUnion | null>();

/** How many capturing groups a pattern has (its match of the empty alternative added). */
function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`, re.flags.replace('y', '')).exec('') as RegExpExecArray).length - 1;
}

function build(rows: readonly GrammarRow[]): RowUnion | null {
  if (rows.length === 0 || rows.some((r) => r.pattern.flags !== FLAGS)) return null;
  const marks: number[] = [];
  let groups = 0;
  for (const row of rows) {
    groups += groupCount(row.pattern) + 1;
    marks.push(groups);
  }
  // numbered back-references would point elsewhere in the union: keep the rows one by one then
  if (rows.some((r) => /\\[1-9]|\\k</u.test(r.pattern.source))) return null;
  try {
    return { re: new RegExp(rows.map((r) => `(?:${r.pattern.source})()`).join('|'), FLAGS), marks };
  } catch {
    return null; // a group name twice: the rows one by one
  }
}

export function oneRegex(rows: readonly GrammarRow[]): RowUnion | null {
  let union = unions.get(rows);
  if (union === undefined) {
    union = build(rows);
    unions.set(rows, union);
  }
  return union;
}

/** The first row whose pattern matches at `at` (in the rows' order), and where its match ends. */
export function tryRows(
  text: string,
  at: number,
  rows: readonly GrammarRow[],
): { row: GrammarRow; end: number } | null {
  const one = oneRegex(rows);
  if (one) {
    one.re.lastIndex = at;
    const m = one.re.exec(text);
    if (!m) return null;
    for (let i = 0; i < rows.length; i++)
      if (m[one.marks[i] as number] !== undefined) return { row: rows[i]!, end: at + m[0].length };
  }
  for (const row of rows) {
    row.pattern.lastIndex = at;
    const m = row.pattern.exec(text);
    if (m) return { row, end: at + m[0].length };
  }
  return null;
}
