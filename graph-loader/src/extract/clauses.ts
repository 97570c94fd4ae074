// Explicit assignment clauses: "(牵头单位:市市场监管局  责任单位:市行政审批局、市税务局)",
// "(责任单位:… 落实时间:2021年8月底前)", "岳阳海关责任单位:…" (no space), "牵头单位：X，责任单位：Y".
// Finds the labels and the list of names each governs, with offsets. Pure string work.

export type ClauseLabel = 'lead' | 'responsible' | 'support';

export interface ListItem {
  raw: string; // as written, trimmed
  start: number; // absolute offsets into the text
  end: number;
}

export interface LabelList {
  label: ClauseLabel;
  labelText: string; // 牵头单位
  items: ListItem[];
  start: number; // offset of the label
  end: number; // end of the list
}

export interface Clause {
  lists: LabelList[];
  deadline: { text: string; start: number; end: number } | null;
  start: number; // the clause span, brackets included when present
  end: number;
}

const LABELS: Record<string, ClauseLabel> = {
  牵头单位: 'lead',
  牵头部门: 'lead',
  主责单位: 'lead',
  责任单位: 'responsible',
  责任部门: 'responsible',
  配合单位: 'support',
  配合部门: 'support',
  协办单位: 'support',
  协同单位: 'support',
  参与单位: 'support',
};
const TIME_LABELS = '落实时间|完成时间|完成时限|时间节点|完成期限|时限';
const LABEL_RE = new RegExp(`(${Object.keys(LABELS).join('|')}|${TIME_LABELS})\\s*[：:]`, 'g');

/** Splits a list of names on 、，,；; and runs of spaces, with offsets. */
export function splitList(text: string, start: number, end: number): ListItem[] {
  const items: ListItem[] = [];
  const re = /[^、，,；;\s\u3000]+/g;
  const body = text.slice(start, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    items.push({ raw: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return items;
}

/** The end of a clause that starts at `from`: its closing bracket, or the end of the line/sentence. */
function clauseEnd(text: string, from: number, limit: number): { end: number; closed: boolean } {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') {
      if (depth === 0) return { end: i, closed: true };
      depth -= 1;
    } else if (ch === '\n' || ch === '。') return { end: i, closed: false };
  }
  return { end: limit, closed: false };
}

/** All assignment clauses in text[from, to). */
export function findClauses(text: string, from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  LABEL_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = LABEL_RE.exec(text)) && m.index < to) {
    const labelStart = m.index;
    if (!(m[1] in LABELS)) continue; // a deadline outside any clause: handled by deadlines.ts
    const before = /[(（]\s*$/.exec(text.slice(Math.max(from, labelStart - 4), labelStart));
    const open = before ? labelStart - before[0].length : -1;
    const bracketed = open >= from;
    const { end, closed } = clauseEnd(text, labelStart, to);
    const clause = parseClause(text, labelStart, end);
    clause.start = bracketed ? open : labelStart;
    clause.end = closed && bracketed ? end + 1 : end;
    clauses.push(clause);
    LABEL_RE.lastIndex = Math.max(end, LABEL_RE.lastIndex);
  }
  return clauses;
}

function parseClause(text: string, start: number, end: number): Clause {
  const body = text.slice(start, end);
  const re = new RegExp(LABEL_RE.source, 'g');
  const marks: { label: string; at: number; after: number }[] = [];
  for (let m = re.exec(body); m; m = re.exec(body))
    marks.push({ label: m[1], at: start + m.index, after: start + m.index + m[0].length });
  const clause: Clause = { lists: [], deadline: null, start, end };
  marks.forEach((mk, i) => {
    const stop = i + 1 < marks.length ? marks[i + 1].at : end;
    const label = LABELS[mk.label];
    if (label) {
      clause.lists.push({
        label,
        labelText: mk.label,
        items: splitList(text, mk.after, stop),
        start: mk.at,
        end: trimEnd(text, mk.after, stop),
      });
    } else {
      const s = mk.after + (/^\s*/.exec(text.slice(mk.after, stop))?.[0].length ?? 0);
      const e = trimEnd(text, s, stop);
      clause.deadline = { text: text.slice(s, e).replace(/[，,；;]+$/, ''), start: s, end: e };
    }
  });
  return clause;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u3000，,；;、]/.test(text[e - 1])) e -= 1;
  return e;
}
