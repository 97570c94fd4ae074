// Who is responsible for each measure, read with the grammar of responsibility (grammar/): labelled
// fields and working-group lines over the whole text, tags and prose duties in each measure's own
// text. Each reading whose name resolves to an agency becomes an AgencyFact on the innermost measure
// holding it, with evidence and offsets.

import type { ExtractionMethod } from '../../../core/model.ts';
import { bodyTest } from '../grammar/lists.ts';
import type { NameSpan } from '../grammar/names.ts';
import { type Reading, listOrderFrom, readFields, readGroupLines, readStatements } from '../grammar/read.ts';
import { statements } from '../grammar/statements.ts';
import { LIST_ORDER_RE } from '../grammar/vocabulary.ts';
import { lastIndexOfChar } from './char-index.ts';
import { overlapping, sortedRanges } from './overlaps.ts';
import { type ResolvedAgency, looksLikeAgency, resolveAgency } from './agencies.ts';
import { type ListItem, findClauses } from './clauses.ts';
import { type Span, evidenceSpan, innermostSegment, ownRanges } from './spans.ts';
import type { AgencyGlossary, DocContext, Segment } from '../types.ts';

export { LIST_ORDER_RE };

export type AgencyRole = 'LEADS' | 'SUPPORTS' | 'INVOLVED_IN';

export interface AgencyFact {
  agency: ResolvedAgency;
  role: AgencyRole;
  measureId: string; // a Measure id, or the Document id for document-level mentions
  evidence: Span;
  method: ExtractionMethod;
  mention: ListItem; // the name as written, with offsets
}

export interface AssignInput {
  text: string;
  segments: Segment[];
  ctx: DocContext;
  glossary: AgencyGlossary;
}

function fact(r: Reading, input: AssignInput, measureId: string, evidence: Span): AgencyFact | null {
  const agency = resolveAgency(r.name.as ?? r.name.raw, input.ctx, input.glossary);
  if (!agency) return null;
  const mention: NameSpan = r.name;
  return {
    agency,
    role: r.role,
    measureId,
    evidence,
    method: r.method,
    mention: { raw: mention.raw, start: mention.start, end: mention.end },
  };
}

/** The scopes whose own text is read: every segment's own ranges, or the whole document. */
function scopes(input: AssignInput): { id: string; ranges: [number, number][] }[] {
  const { text, segments, ctx } = input;
  if (segments.length === 0) return [{ id: ctx.docId, ranges: [[0, text.length]] }];
  return segments.map((s) => ({ id: s.id, ranges: ownRanges(s, segments) }));
}

/** Facts from every row of the grammar. */
export function findAssignments(input: AssignInput): AgencyFact[] {
  const { text, segments, ctx, glossary } = input;
  const tagEnds = statements(text, 0, text.length)
    .filter((s) => s.bracket)
    .map((s) => s.end);
  const clauses = findClauses(text, 0, text.length);
  const listFrom = listOrderFrom(text, [...clauses.map((c) => c.end), ...tagEnds]);
  const facts: AgencyFact[] = [];
  let previousEnd = 0;
  const skip: [number, number][] = [];
  for (const { clause, readings } of readFields(text, 0, text.length, listFrom, clauses)) {
    const seg = innermostSegment(segments, clause.start);
    const from = seg ? Math.max(seg.start, previousEnd) : Math.max(0, previousEnd);
    previousEnd = clause.end;
    skip.push([clause.start, clause.end]);
    const evidence = evidenceSpan(text, from, clause.end);
    for (const r of readings) {
      const f = fact(r, input, seg ? seg.id : ctx.docId, evidence);
      if (f) facts.push(f);
    }
  }
  let block = { anchor: -1, end: -1 };
  for (const r of readGroupLines(text, 0, text.length)) {
    skip.push([r.evidence.start, r.evidence.end]);
    // the lines of one group (总指挥：…。副总指挥：…。成员：…) are one block, held by its first line's measure
    const inBlock =
      block.end >= 0 &&
      r.evidence.start >= block.anchor &&
      (r.evidence.start < block.end || /^[\s\u3000。；;，,]*$/u.test(text.slice(block.end, r.evidence.start)));
    if (inBlock) block.end = Math.max(block.end, r.evidence.end);
    else block = { anchor: r.evidence.start, end: r.evidence.end };
    const seg = innermostSegment(segments, block.anchor);
    const f = fact(r, input, seg ? seg.id : ctx.docId, evidenceSpan(text, r.evidence.start, r.evidence.end));
    if (f) facts.push(f);
  }
  skip.sort((a, b) => a[0] - b[0]);
  const sortedSkip = sortedRanges(skip);
  const isKnown = (name: string): boolean => looksLikeAgency(name, ctx, glossary);
  const isBody = bodyTest(isKnown);
  const units = new Map<string, string>(); // X下设A、B (grammar/topic.ts subUnits), for the whole document
  for (const scope of scopes(input)) {
    for (const [from, to] of scope.ranges) {
      const inside = overlapping(sortedSkip, from, to);
      for (const r of readStatements(
        text,
        from,
        to,
        { isBody, isKnown: bodyTest(isKnown), listOrderFrom: listFrom, units },
        inside,
      )) {
        const f = fact(r, input, scope.id, evidenceSpan(text, r.evidence.start, r.evidence.end));
        if (f) facts.push(f);
      }
    }
  }
  return [...facts, ...listedDuties(input, facts)];
}

/** The items by key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** "X…履行下列职责：（一）负责…（二）…": the lead of the sentence that opens the list leads each item. */
const DUTY_LIST_RE = /下列(?:职责|职权|事项|工作)[：:][\s\u3000]*$/u;

function listedDuties(input: AssignInput, facts: AgencyFact[]): AgencyFact[] {
  const { text, segments } = input;
  const out: AgencyFact[] = [];
  const childrenOf = groupBy(segments, (c) => c.parentId);
  const leadsOf = groupBy(
    facts.filter((f) => f.role === 'LEADS'),
    (f) => f.measureId,
  );
  for (const parent of segments) {
    const children = childrenOf.get(parent.id) ?? [];
    const first = Math.min(...children.map((c) => c.start));
    if (children.length === 0 || first <= parent.start) continue;
    const end = parent.start + text.slice(parent.start, first).trimEnd().length;
    if (!DUTY_LIST_RE.test(text.slice(Math.max(parent.start, end - 40), end))) continue;
    const intro = lastIndexOfChar(text, '\n', end - 1) + 1;
    const leads = (leadsOf.get(parent.id) ?? []).filter((f) => f.mention.start >= intro && f.mention.start < end);
    for (const child of children) for (const f of leads) out.push({ ...f, measureId: child.id });
  }
  return out;
}

/** Which readings speak for an (agency, measure): labels and tables first, then tags, working
 *  groups, prose duties, and running-text mentions last. */
const TIER: Record<string, number> = { label: 0, 'list-order': 0, table: 0, tag: 1, group: 2, prose: 3, pattern: 4 };
const ROLE_RANK: Record<AgencyFact['role'], number> = { LEADS: 0, SUPPORTS: 1, INVOLVED_IN: 2 };

/** A measure whose own text assigns roles explicitly (a label, a table column, a list-order rule or
 *  a tag) has said who leads and who supports: a prose reading in it names a body that takes part
 *  (INVOLVED_IN), not another lead ("(3)市场监管部门与海关加强沟通合作…(牵头单位:…)"). */
function explicitFirst(facts: AgencyFact[]): AgencyFact[] {
  const covered = new Map<string, [number, number][]>();
  for (const f of facts) {
    if ((TIER[f.method] ?? 4) > 1 || f.role === 'INVOLVED_IN') continue;
    const paragraphs = covered.get(f.measureId);
    if (paragraphs) paragraphs.push(paragraphOf(f));
    else covered.set(f.measureId, [paragraphOf(f)]);
  }
  const inside = (f: AgencyFact): boolean =>
    (covered.get(f.measureId) ?? []).some(([s, e]) => f.mention.start >= s && f.mention.start < e);
  return facts.map((f) =>
    f.method === 'prose' && f.role !== 'INVOLVED_IN' && inside(f) ? { ...f, role: 'INVOLVED_IN' } : f,
  );
}

/** A line that only opens a label or tag before the name ("(责任单位：", "牵头单位："). */
const LABEL_ONLY_RE = /^[\s\u3000]*[（(【]?[\u4e00-\u9fa5]{0,6}[：:]?[\s\u3000]*$/u;

/** The paragraph a label or tag speaks for: the line that holds it, and the line before when the label
 *  stands on a line of its own. A measure of several paragraphs keeps the prose duties of the others
 *  ("区交通委是…主管部门，负责…" above a paragraph closed by "(责任单位：…)"). */
function paragraphOf(f: AgencyFact): [number, number] {
  const { evidence: text, start, end } = f.evidence;
  const at = Math.max(0, Math.min(text.length, f.mention.start - start));
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (LABEL_ONLY_RE.test(text.slice(lineStart, at))) {
    let prev = lineStart - 1;
    while (prev > 0 && /\s/u.test(text[prev - 1] as string)) prev--;
    lineStart = prev > 0 ? text.lastIndexOf('\n', prev - 1) + 1 : 0;
  }
  return [start + lineStart, end];
}

/** Per (agency, measure) only the facts of the most authoritative tier are kept. Label and table
 *  facts are all kept (each clause is its own statement, even two roles for one agency); in the
 *  other tiers only the strongest role (LEADS > SUPPORTS > INVOLVED_IN). */
export function dedupeFacts(all: AgencyFact[]): AgencyFact[] {
  const facts = explicitFirst(all);
  const key = (f: AgencyFact): string => `${f.agency.id}|${f.measureId}`;
  const best = new Map<string, { tier: number; rank: number }>();
  for (const f of facts) {
    const tier = TIER[f.method] ?? 4;
    const rank = tier === 0 ? 0 : ROLE_RANK[f.role];
    const cur = best.get(key(f));
    if (!cur || tier < cur.tier || (tier === cur.tier && rank < cur.rank)) best.set(key(f), { tier, rank });
  }
  return facts.filter((f) => {
    const b = best.get(key(f)) as { tier: number; rank: number };
    const tier = TIER[f.method] ?? 4;
    return tier === b.tier && (tier === 0 || ROLE_RANK[f.role] === b.rank);
  });
}
