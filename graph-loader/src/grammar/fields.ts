// Labelled fields: "(牵头单位:市市场监管局  责任单位:市行政审批局、市税务局)", "(责任单位:… 落实时间:
// 2021年8月底前)", "岳阳海关责任单位:…" (no space), "【主责部门】：X；【配合部门】：Y", and working-group
// lines ("总指挥：X主要负责人", "成员单位：A、B"). Finds the labels (data/grammar/labels.json) and the
// list of names each governs, with offsets. Pure string work.

import { FIELD_LABELS, FIELD_LABEL_RE, GROUP_LABELS, GROUP_LABEL_RE, type RoleClass } from './vocabulary.ts';

export type ClauseLabel = RoleClass;

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

const LABEL_RE = FIELD_LABEL_RE;
/** Footer lines of a web page or a document ("主办单位：…", "承办单位：…") name the publisher, not a
 *  measure's lead: footers.ts reads them. */
const FOOTER_LINE_RE = /(?:^|\n)[ \t\u3000]*(?:主办|协办|承办)[^\n：:]{0,4}$/u;

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
  const re = new RegExp(LABEL_RE.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const labelStart = m.index;
    if (!FIELD_LABELS.has(m[1] as string)) continue; // a deadline outside any clause: handled by deadlines.ts
    if (FOOTER_LINE_RE.test(text.slice(Math.max(0, labelStart - 8), labelStart + m[1].length))) continue;
    const before = /[(（]\s*$/.exec(text.slice(Math.max(from, labelStart - 4), labelStart));
    const open = before ? labelStart - before[0].length : -1;
    const bracketed = open >= from;
    const { end, closed } = clauseEnd(text, labelStart, to);
    const clause = parseClause(text, labelStart, end);
    clause.start = bracketed ? open : labelStart;
    clause.end = closed && bracketed ? end + 1 : end;
    clauses.push(clause);
    re.lastIndex = Math.max(end, re.lastIndex);
  }
  return clauses;
}

function parseClause(text: string, start: number, end: number): Clause {
  const body = text.slice(start, end);
  const re = new RegExp(LABEL_RE.source, 'gu');
  const marks: { label: string; at: number; after: number }[] = [];
  for (let m = re.exec(body); m; m = re.exec(body))
    marks.push({ label: m[1], at: start + m.index, after: start + m.index + m[0].length });
  const clause: Clause = { lists: [], deadline: null, start, end };
  marks.forEach((mk, i) => {
    const stop = i + 1 < marks.length ? marks[i + 1].at : end;
    const label = FIELD_LABELS.get(mk.label);
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

/** Working-group and command lines in text[from, to): each label with its names up to the end of
 *  the line ("副总指挥：国家发展改革委分管负责人、国家粮食局主要负责人。"). */
export function findGroupLines(text: string, from: number, to: number): LabelList[] {
  const lists: LabelList[] = [];
  const re = new RegExp(GROUP_LABEL_RE.source, 'gmu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const after = m.index + m[0].length;
    let end = text.indexOf('\n', after);
    if (end < 0 || end > to) end = to;
    const stop = /[。；;]/u.exec(text.slice(after, end));
    const listEnd = stop ? after + stop.index : end;
    const label = GROUP_LABELS.get(m[1] as string) as RoleClass;
    lists.push({
      label,
      labelText: m[1] as string,
      items: splitList(text, after, listEnd),
      start: m.index,
      end: listEnd,
    });
  }
  return lists;
}
