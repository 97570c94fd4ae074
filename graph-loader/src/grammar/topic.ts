// The body a stretch of text is about, for predicates written without a subject (Chinese drops the
// subject the reader already knows): a heading that is a body's name alone ("1.监督组。负责对…进行监督"),
// or the office of "X办公室设在Y，…，具体负责…". Pure.

import { type IsBody, type ListOptions, listAt } from './lists.ts';
import type { NameSpan } from './names.ts';
import { NOISE } from './vocabulary.ts';

const NUMBERING_RE = new RegExp(NOISE.numbering, 'u');
const SPACE_RE = /^[\s\u3000]*$/u;

/** A statement that is a heading naming one body and nothing else (1.监督组。): that body. */
export function headingBody(text: string, clauses: readonly [number, number][], opts: ListOptions): NameSpan | null {
  if (clauses.length !== 1) return null;
  const [s, e] = clauses[0] as [number, number];
  let at = s;
  while (at < e && /[\s\u3000]/u.test(text[at] as string)) at++;
  const num = NUMBERING_RE.exec(text.slice(at, Math.min(e, at + 24)));
  if (!num) return null; // a numbered heading only: a sentence of one name is no heading
  at += num[0].length;
  const list = listAt(text, at, e, opts);
  if (list.names.length !== 1 || !SPACE_RE.test(text.slice(list.end, e))) return null;
  const name = list.names[0] as NameSpan;
  return name.collective ? null : name;
}

/** "区农村公路路长办公室设在区交通委": the office, when its words before 设在 name a body. */
export function officeBefore(text: string, at: number, markerEnd: number, isBody: IsBody): NameSpan | null {
  const office = text.slice(at, markerEnd).replace(/设在$/u, '');
  if (office.length < 3 || !isBody(office)) return null;
  return { raw: office, start: at, end: at + office.length, collective: false };
}

const SET_UP_AT_RE = new RegExp(`^(?:${NOISE.setUp.join('|')})`, 'u');

/** "成立联合采购办公室，代表…开展…": the body a clause sets up, when the clause is 成立 + its name. */
export function setUpBody(text: string, at: number, e: number, opts: ListOptions): NameSpan | null {
  const m = SET_UP_AT_RE.exec(text.slice(at, Math.min(e, at + 6)));
  if (!m) return null;
  const list = listAt(text, at + m[0].length, e, opts);
  if (list.names.length !== 1 || !SPACE_RE.test(text.slice(list.end, e))) return null;
  const name = list.names[0] as NameSpan;
  return name.collective ? null : name;
}

/** "联合采购办公室由试点城市各派1名代表组成，…，负责…": a body opening the clause with 由 after it (how it
 *  is composed or headed) is the topic of the statement. */
export function composedOf(text: string, at: number, e: number, opts: ListOptions): NameSpan | null {
  const list = listAt(text, at, e, { ...opts, endsAt: (p) => text[p] === '由' });
  if (list.names.length !== 1 || text[list.end] !== '由') return null;
  const name = list.names[0] as NameSpan;
  return name.collective ? null : name;
}

const SUB_BODY_RE = new RegExp(`^下设(${NOISE.ownOrgans.join('|')})$`, 'u');

/** "国家粮食应急工作指挥部下设办公室，负责日常工作": the office of the body is the topic. */
export function subBody(text: string, at: number, e: number, opts: ListOptions): NameSpan | null {
  const list = listAt(text, at, e, opts);
  if (list.names.length !== 1) return null;
  const sub = SUB_BODY_RE.exec(text.slice(list.end, e).trim());
  const name = list.names[0] as NameSpan;
  if (!sub || name.collective) return null;
  return { ...name, as: `${name.as ?? name.raw}${sub[1] as string}`, end: e };
}

const SUB_UNITS_RE = /下设/gu;
const MAX_UNIT = 8;

/** "联合采购办公室下设监督组、专家组、集中采购小组": each unit is the parent's (联合采购办公室监督组), so a
 *  heading or a subject that names a unit alone names it under its parent. Adds to `into`. */
export function subUnits(text: string, s: number, e: number, opts: ListOptions, into: Map<string, string>): void {
  const clause = text.slice(s, e);
  for (const m of clause.matchAll(SUB_UNITS_RE)) {
    const at = s + m.index;
    const rest = text.slice(at + 2, e).replace(/[。；;\s]+$/u, '');
    const units = rest.split(/[、和及]/u);
    if (units.length < 2 || units.some((u) => u.length < 2 || u.length > MAX_UNIT || !opts.isBody(u))) continue;
    const parent = [...clause.slice(0, m.index).matchAll(/[\u4e00-\u9fa5（）()]{3,30}$/gu)][0]?.[0];
    if (!parent) continue;
    const list = listAt(text, at - parent.length, at, { ...opts, endsAt: (p) => p === at });
    const owner = list.names[list.names.length - 1];
    if (!owner || owner.collective || list.end !== at) continue;
    for (const u of units) into.set(u, `${owner.as ?? owner.raw}${u}`);
  }
}
