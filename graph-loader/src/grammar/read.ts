// The matcher: reads who is responsible in a stretch of text with the rows of rows.ts. Labelled
// fields first (fields.ts), then every clause of every statement (statements.ts): a clause that opens
// with a list of bodies (or 由 + a list, or a marker such as 办公室设在) and goes on as a row says.
// Roles are settled per statement: lead → LEADS, support → SUPPORTS, responsible → LEADS (co-leads)
// unless the statement names a lead (then SUPPORTS) or a list-order rule holds for a tag (then the
// first body LEADS, the others SUPPORTS). Pure.

import { type IsBody, type ListOptions, MAX_NAME, bodyShape, bodyTest, listAt } from './lists.ts';
import { type NameSpan, splitNames } from './names.ts';
import { readFields, readGroupLines } from './read-fields.ts';
import { GRAMMAR } from './rows.ts';
import { tryRows } from './row-union.ts';
import type { GrammarMethod, GrammarRole, GrammarRow, ReadOptions, Reading } from './types.ts';
import { type Statement, statements } from './statements.ts';
import { helpOnly, type Part, underInside } from './predicates.ts';
import { composedOf, headingBody, officeBefore, setUpBody, subBody, subUnits } from './topic.ts';
import { ADVERBIALS, LIST_ORDER_RE, NOISE, PROSE_VERBS, TAG_VERBS, alternation } from './vocabulary.ts';

const VERBS = [...TAG_VERBS.lead, ...TAG_VERBS.support, ...TAG_VERBS.responsible, ...Object.values(PROSE_VERBS).flat()];
const ADV = `(?:${ADVERBIALS.map((a) => `(?:${a})`).join('|')}){0,3}`;
/** What may follow a subject's name: a joiner, noise, or adverbials and a verb. */
const FOLLOW_RE = new RegExp(
  `(?:、|${alternation([...NOISE.joiners, ...NOISE.trailing, ...NOISE.persons])}|${ADV}(?:在|${alternation([...VERBS, '组成'])}))`,
  'uy',
);
const ADV_ONLY_RE = new RegExp(`^${ADV}$`, 'u');
const NUMBERING_RE = new RegExp(NOISE.numbering, 'u');
const OPENER_RE = new RegExp(`^(?:${alternation(NOISE.openers)})`, 'u');
const SET_UP_RE = new RegExp(`^[^，,。；;：:的]{2,16}?(?:${alternation(NOISE.setUp)})的`, 'u');
const SET_UP_IN_RE = new RegExp(`(?:${alternation(NOISE.setUp)})`, 'u');
const APPROVES_RE = new RegExp(`^(?:${alternation(PROSE_VERBS.approval)})`, 'u');
const AUTHORISES_RE = /^[^，,。；;：:的]{2,16}?(?:授权|委托)(?=[^，,。；;]{2,30}?负责)/u;
const MAY_BEFORE_RE = /(?:得|可以|可)$/u;
const BARE_AT_RE = new RegExp(`^(?:${alternation(NOISE.bareGeneric)})`, 'u');
/** how far into a clause 由 may open its agent (跨部门、跨领域的…专项规划由X组织…) */
const BY_WITHIN = 28;
const BY_RE = /(?<![自理经缘来])由/gu;

const ROWS_LIST = GRAMMAR.filter((r) => r.opens === 'list');
/** 由X… : the tag rows (由X牵头), X会同Y, the group and 由 rows */
const ROWS_BY = GRAMMAR.filter((r) => r.opens === 'by-list' || r.method === 'tag' || r.name === 'prose-jointly');
const ROWS_MARKER = GRAMMAR.filter((r) => r.opens === 'marker');
const STAFFED_ROW = GRAMMAR.find((r) => r.name === 'group-staffed') as GrammarRow;

/** The offset from which the document's list-order rule holds: the statement itself when a tag or
 *  field follows it (下同), the whole document when it is a footnote after every one. */
export function listOrderFrom(text: string, assignmentEnds: readonly number[]): number {
  const m = LIST_ORDER_RE.exec(text);
  if (!m) return Number.POSITIVE_INFINITY;
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  return assignmentEnds.some((e) => e > m.index) ? Math.min(lineStart, m.index) : 0;
}

function clauseStart(text: string, s: number, e: number): number {
  let at = s;
  while (at < e && /[\s\u3000]/u.test(text[at] as string)) at++;
  const rest = text.slice(at, Math.min(e, at + 24));
  const num = NUMBERING_RE.exec(rest);
  if (num) at += num[0].length;
  const opener = OPENER_RE.exec(text.slice(at, Math.min(e, at + 4)));
  if (opener) at += opener[0].length;
  // 省人民政府设立的义乌试验区议事协调机构，负责…: the body set up is the subject; 州人民政府授权X负责…:
  // the body authorised is
  const setUp = SET_UP_RE.exec(text.slice(at, Math.min(e, at + 20))) ?? AUTHORISES_RE.exec(text.slice(at, e));
  if (setUp) at += setUp[0].length;
  return at;
}

/** One clause → a part, or null when it names no body in a role. The first clause of a statement may
 *  give only its topic: a body opening it whose predicate no row reads (X由…组成，…，负责…), or the body
 *  it sets up (成立X，…). */
function readClause(text: string, s: number, e: number, isBody: IsBody, isKnown?: IsBody, first = false): Part | null {
  const at = clauseStart(text, s, e); // once: readRows and the topic below start from it
  const part = readRows(text, at, e, isBody, isKnown, first);
  const loose = { isBody, isKnown };
  if (first && part && part.names.length > 0) {
    // 省人民政府建立议事协调机构，负责…: the body set up is the topic of the predicates that follow
    const setUp = SET_UP_IN_RE.exec(text.slice(part.names[0]!.end, e));
    const made = setUp ? setUpBody(text, part.names[0]!.end + setUp.index, e, loose) : null;
    if (made) return { ...part, topic: made, founder: true };
  }
  if (!first || (part && (part.names.some((n) => !n.collective) || part.partners.length > 0))) return part;
  const topic = composedOf(text, at, e, loose) ?? subBody(text, at, e, loose) ?? setUpBody(text, at, e, loose);
  return topic ? { row: null, names: [], partners: [], topic } : part;
}

/** May a subject's name end at p: at the clause's end, or before what may follow a subject. (A
 *  factory, not a named arrow in readRows: the transpiler names each such closure per call.) */
function followedAt(text: string, e: number): (p: number) => boolean {
  return (p) => p === e || ((FOLLOW_RE.lastIndex = p) === p && FOLLOW_RE.test(text));
}

/** The rows from `at`, where the clause's words start (clauseStart). */
function readRows(text: string, at: number, e: number, isBody: IsBody, isKnown?: IsBody, first = false): Part | null {
  const subject = { isBody, isKnown, endsAt: followedAt(text, e) };
  const loose = { isBody, isKnown };
  const marker = tryRows(text, at, ROWS_MARKER);
  if (marker) {
    const list = listAt(text, marker.end, e, loose);
    if (list.names.length === 0) return null;
    // 经X批准: X is the approver only when the approval follows it (not 经X审议后报Y批准)
    if (marker.row.fallback && !APPROVES_RE.test(text.slice(list.end, list.end + 4))) return null;
    const topic = marker.row.name === 'group-office' ? officeBefore(text, at, marker.end, isBody) : null;
    return { row: marker.row, names: list.names, partners: [], ...(topic ? { topic } : {}) };
  }
  const head = text.slice(at, Math.min(e, at + BY_WITHIN));
  for (const by of head.matchAll(BY_RE)) {
    if (MAY_BEFORE_RE.test(head.slice(0, by.index))) continue; // 得由海关…, 可以由…: not a duty
    const list = listAt(text, at + by.index + 1, e, loose);
    if (list.names.every((n) => n.collective)) continue; // 建立由政府主导…: no agent named
    const hit = tryRows(text, list.end, ROWS_BY);
    if (hit) return withPartners(text, hit, list.names, e, loose);
  }
  const list = listAt(text, at, e, subject);
  const whole = tagTail(text, at, e, isBody);
  if (whole && list.end < e - 1) return whole;
  if (list.names.length === 0) {
    // a predicate without its subject, which the clause before gave (X、Y按照职能分工，负责…); a body
    // word alone (领导小组实行…) is a subject, not the verb 领导
    if (BARE_AT_RE.test(text.slice(at, Math.min(e, at + 8)))) return null;
    const hit = tryRows(text, at, ROWS_LIST);
    // a sentence that opens with 配合Y…: the document's own actor helps, Y takes part (no lead of the
    // measure); after a clause with its subject (由各该主管机关…，配合Y…) Y leads
    if (hit?.row.partner === 'lead' && first) return null;
    return hit ? withPartners(text, hit, [], e, loose) : null;
  }
  if (list.end >= e || ADV_ONLY_RE.test(text.slice(list.end, e))) return { row: null, names: list.names, partners: [] };
  const hit = tryRows(text, afterDefinition(text, list.end), ROWS_LIST);
  return hit ? withPartners(text, hit, list.names, e, loose) : null;
}

/** X（以下统称“Y”）依法…: the definition between a subject and its verb */
const DEFINITION_RE = /[（(]以下(?:统称|简称|称)[^（）()]{1,20}[）)]/uy;
function afterDefinition(text: string, at: number): number {
  DEFINITION_RE.lastIndex = at;
  return DEFINITION_RE.test(text) ? DEFINITION_RE.lastIndex : at;
}

const TAG_ROWS = GRAMMAR.filter((r) => r.method === 'tag');
const TAG_TAIL_RE = new RegExp(
  `(?:等)?(?:${alternation(TAG_VERBS.responsible.concat(TAG_VERBS.lead, TAG_VERBS.support))})$`,
  'u',
);
const PLAUSIBLE_MAX = 16;
/** no verb inside or in front: the checks of bodyTest without the body test itself */
const WORDS_ONLY = bodyTest(() => true);

/** A tag whose list holds a name the register does not know yet (（商务部、供销合作总社等负责）):
 *  the whole clause is names + a tag verb; every name is plausible and one at least a body. */
function tagTail(text: string, at: number, e: number, isBody: IsBody): Part | null {
  const clause = text.slice(at, e);
  const tail = TAG_TAIL_RE.exec(clause);
  if (!tail || tail.index < 2) return null;
  const names = splitNames(text, at, at + tail.index);
  const plausible = names.every((n) => n.raw.length <= PLAUSIBLE_MAX && WORDS_ONLY(n.raw));
  if (!plausible || !names.some((n) => !n.collective && isBody(n.raw))) return null;
  const hit = tryRows(text, at + tail.index, TAG_ROWS);
  return hit ? { row: hit.row, names, partners: [] } : null;
}

function withPartners(
  text: string,
  hit: { row: GrammarRow; end: number },
  names: NameSpan[],
  e: number,
  opts: ListOptions,
): Part {
  const partners = hit.row.partner ? listAt(text, hit.end, e, opts).names : [];
  return { row: hit.row, names, partners };
}

/** Roles of one statement's parts. */
function settle(st: Statement, parts: Part[], listOrder: boolean, topic: NameSpan | null): Reading[] {
  // a predicate without its subject speaks of the statement's topic (the office, the heading's body)
  const about = parts.find((p) => p.topic)?.topic ?? topic;
  if (about)
    for (const [i, p] of parts.entries())
      if (p.row && p.row.subject !== 'support' && p.names.length === 0)
        parts[i] = { ...p, names: [about], byTopic: true };
  // a clause of names only shares the verb of the next clause (A、B，C按职责分工负责)
  for (let i = parts.length - 2; i >= 0; i--) {
    const p = parts[i] as Part;
    const next = parts[i + 1] as Part;
    if (p.row === null && next.row) parts[i] = { ...p, row: next.row };
  }
  let rowed = parts.filter(
    (p): p is Part & { row: GrammarRow } => p.row !== null && p.names.length + p.partners.length > 0,
  );
  // 经X批准 reads only when no other clause names a lead (规划由A编制，经B批准后实施: A leads)
  if (rowed.some((p) => p.row.fallback) && rowed.some((p) => !p.row.fallback && p.row.subject !== 'support'))
    rowed = rowed.filter((p) => !p.row.fallback);
  // an office staffed by several bodies (由Y、Z选派人员参加) is a joint office: its host is one of them
  const staffed = rowed.some((p) => p.row.name === 'group-staffed');
  if (staffed) for (const p of rowed) if (p.row.name === 'group-office') p.row = STAFFED_ROW;
  const hasLead = rowed.some(
    (p) => !p.above && (p.byTopic || p.row.subject === 'lead') && p.names.some((n) => !n.collective),
  );
  const evidence = st.outer;
  const out: Reading[] = [];
  let first = true;
  for (const p of rowed) {
    const { row } = p;
    p.names.forEach((name, i) => {
      let role: GrammarRole =
        p.helper ||
        (!p.byTopic && !p.founder && (row.subject === 'support' || (row.subject === 'responsible' && hasLead)))
          ? 'SUPPORTS'
          : 'LEADS';
      let method: GrammarMethod = row.method;
      if (row.subject === 'responsible' && !hasLead && listOrder && row.method === 'tag') {
        role = first && i === 0 ? 'LEADS' : 'SUPPORTS';
        method = 'list-order';
      }
      out.push({ name, role, method, rule: p.byTopic ? 'prose-topic' : row.name, evidence });
    });
    if (row.subject === 'responsible') first = false;
    const partnerRole: GrammarRole = row.partner === 'lead' || p.helper ? 'LEADS' : 'SUPPORTS';
    for (const name of p.partners) out.push({ name, role: partnerRole, method: row.method, rule: row.name, evidence });
  }
  const leads = new Set(out.filter((r) => r.role === 'LEADS').map((r) => r.name.raw));
  return out.filter((r) => !r.name.collective && (r.role === 'LEADS' || !leads.has(r.name.raw)));
}

/** Does a span overlap [start, end)? (a loop: no closure per statement) */
function overlapsAny(spans: readonly [number, number][], start: number, end: number): boolean {
  for (const [s, e] of spans) if (start < e && s < end) return true;
  return false;
}

/** A unit's name under its parent (X下设A、B: A → XA). */
function underParent(n: NameSpan, units: ReadonlyMap<string, string>): NameSpan {
  const full = n.as === undefined ? units.get(n.raw) : undefined;
  return full ? { ...n, as: full } : n;
}

/** Readings of the clause rows in text[from, to), skipping the given spans (labelled fields). */
export function readStatements(
  text: string,
  from: number,
  to: number,
  opts: ReadOptions = {},
  skip: readonly [number, number][] = [],
): Reading[] {
  const isBody = opts.isBody ?? bodyTest(bodyShape);
  const listOrderAt = opts.listOrderFrom ?? Number.POSITIVE_INFINITY;
  const out: Reading[] = [];
  let topic: NameSpan | null = null; // a heading that names a body: the subject of what follows
  const units = opts.units ?? new Map<string, string>(); // X下设A、B: A → XA
  const loose = { isBody, isKnown: opts.isKnown }; // read only: one for every call below
  for (const st of statements(text, from, to)) {
    if (overlapsAny(skip, st.start, st.end)) continue;
    for (const [s, e] of st.clauses) subUnits(text, s, e, loose, units);
    const heading = st.bracket ? null : headingBody(text, st.clauses, loose);
    if (heading) {
      topic = underParent(heading, units);
      continue;
    }
    const parts: Part[] = [];
    for (const [i, [s, e]] of st.clauses.entries()) {
      if (e - s < 3) continue;
      const part = readClause(text, s, e, isBody, opts.isKnown, i === 0);
      const under = part?.names.length ? underInside(text, s, e, loose) : null;
      if (under) parts.push(under);
      if (part) parts.push(part);
    }
    const subject = parts.find((p) => !p.above && p.row?.subject !== 'support' && p.names.length > 0);
    if (subject && helpOnly(text, st.clauses, subject.names, loose)) subject.helper = true;
    if (parts.length > 0)
      out.push(
        ...settle(st, parts, st.end >= listOrderAt, topic).map((r) => ({ ...r, name: underParent(r.name, units) })),
      );
  }
  return out;
}

export { MAX_NAME, readFields, readGroupLines };
export type { FieldReading } from './read-fields.ts';
export type { GrammarRole, ReadOptions, Reading } from './types.ts';

/** Everything the grammar reads in a whole text (the rows' examples run through this). */
export function readResponsibility(text: string, opts: ReadOptions = {}): Reading[] {
  const fields = readFields(text, 0, text.length, Number.POSITIVE_INFINITY);
  const ends = fields.map((f) => f.clause.end);
  const tagEnds = statements(text, 0, text.length)
    .filter((s) => s.bracket)
    .map((s) => s.end);
  const from = opts.listOrderFrom ?? listOrderFrom(text, [...ends, ...tagEnds]);
  const labelled = readFields(text, 0, text.length, from);
  const skip = labelled.map((f): [number, number] => [f.clause.start, f.clause.end]);
  const groups = readGroupLines(text, 0, text.length);
  const groupSkip = groups.map((g): [number, number] => [g.evidence.start, g.evidence.end]);
  return [
    ...labelled.flatMap((f) => f.readings),
    ...groups,
    ...readStatements(text, 0, text.length, { ...opts, listOrderFrom: from }, [...skip, ...groupSkip]),
  ].sort((a, b) => a.name.start - b.name.start);
}
