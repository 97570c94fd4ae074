// Readings of labelled fields and working-group lines: the lists of fields.ts with their roles.
// 牵头/主责 fields lead; 责任 fields co-lead, or support beside a lead field, or follow a stated
// list-order rule; 配合/协办 fields support; a name marked （牵头） leads its list. Pure.

import { type Clause, type LabelList, findClauses, findGroupLines } from './fields.ts';
import { type NameSpan, splitNames } from './names.ts';
import type { GrammarMethod, GrammarRole, Reading } from './types.ts';

/** "市发改委（牵头）" inside a list: the marked unit leads, the others of its list support. */
const LEAD_MARK_RE = /[（(]牵头[）)]$/u;

function labelNames(text: string, list: LabelList): { name: NameSpan; marked: boolean }[] {
  return list.items.flatMap((item) =>
    splitNames(text, item.start, item.end).map((name) => {
      const mark = LEAD_MARK_RE.exec(name.raw);
      if (!mark) return { name, marked: false };
      const end = name.end - mark[0].length;
      return { name: { ...name, raw: text.slice(name.start, end), end }, marked: true };
    }),
  );
}

function labelRole(
  clause: Clause,
  list: LabelList,
  index: number,
  marked: boolean,
  listOrder: boolean,
): { role: GrammarRole; method: GrammarMethod } {
  if (list.label === 'lead') return { role: 'LEADS', method: 'label' };
  if (marked) return { role: index === 0 ? 'LEADS' : 'SUPPORTS', method: 'label' };
  if (list.label === 'support') return { role: 'SUPPORTS', method: 'label' };
  if (clause.lists.some((l) => l.label === 'lead')) return { role: 'SUPPORTS', method: 'label' };
  if (listOrder) return { role: index === 0 ? 'LEADS' : 'SUPPORTS', method: 'list-order' };
  return { role: 'LEADS', method: 'label' };
}

export interface FieldReading {
  clause: Clause;
  readings: Reading[];
}

/** Labelled fields of text[from, to) with their readings (evidence: the clause; the caller widens
 *  it to the words before). A list's first body is the one the list-order rule names. */
export function readFields(
  text: string,
  from: number,
  to: number,
  listOrderAt = Number.POSITIVE_INFINITY,
  clauses: Clause[] = findClauses(text, from, to),
): FieldReading[] {
  return clauses.map((clause) => {
    const readings: Reading[] = [];
    for (const list of clause.lists) {
      const names = labelNames(text, list);
      const anyMark = names.some((n) => n.marked);
      const kept = names.filter((n) => !n.name.collective);
      kept.forEach(({ name, marked }, order) => {
        const index = anyMark ? (marked ? 0 : 1) : order;
        const { role, method } = labelRole(clause, list, index, anyMark, clause.start > listOrderAt);
        const rule = /组长|成员/u.test(list.labelText) ? 'label-group' : 'label-field';
        readings.push({ name, role, method, rule, evidence: { start: clause.start, end: clause.end } });
      });
    }
    return { clause, readings };
  });
}

/** Working-group lines (总指挥：…, 成员单位：…) of text[from, to). */
export function readGroupLines(text: string, from: number, to: number): Reading[] {
  return findGroupLines(text, from, to).flatMap((list) =>
    splitNames(text, list.items[0]?.start ?? list.end, list.end)
      .filter((name) => !name.collective)
      .map((name): Reading => ({
        name,
        role: list.label === 'support' ? 'SUPPORTS' : 'LEADS',
        method: 'group',
        rule: 'label-group',
        evidence: { start: list.start, end: list.end },
      })),
  );
}
