// Explicit assignments: label clauses (牵头单位/责任单位/配合单位/协办单位), the "排第一的为牵头单位，
// 下同" list-order rule, "X牵头，Y、Z配合", "X牵头，Y按职责分工负责", "X负责", and task tables.
// Each becomes an AgencyFact on the innermost measure holding it, with evidence and offsets.

import type { ExtractionMethod } from '../../../core/model.ts';
import { type ResolvedAgency, resolveAgency } from './agencies.ts';
import { type Clause, type ListItem, findClauses } from './clauses.ts';
import { type Span, evidenceSpan, innermostSegment } from './spans.ts';
import type { AgencyGlossary, DocContext, Segment } from '../types.ts';

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

export const LIST_ORDER_RE = /(?:排|列)?(?:在|名)?(?:第一|首位)(?:位|个)?的?(?:单位|部门)?为牵头(?:单位|部门)/;

/** "市发改委（牵头）" inside a list: the marked unit leads, the others of its list support. */
const LEAD_MARK_RE = /[（(]牵头[）)]$/;

function roleOf(
  clause: Clause,
  list: Clause['lists'][number],
  index: number,
  listOrder: boolean,
): { role: AgencyRole; method: ExtractionMethod } {
  if (list.label === 'lead') return { role: 'LEADS', method: 'label' };
  if (list.items.some((it) => LEAD_MARK_RE.test(it.raw)))
    return { role: LEAD_MARK_RE.test(list.items[index]?.raw ?? '') ? 'LEADS' : 'SUPPORTS', method: 'label' };
  if (list.label === 'support') return { role: 'SUPPORTS', method: 'label' };
  if (clause.lists.some((l) => l.label === 'lead')) return { role: 'SUPPORTS', method: 'label' };
  if (listOrder) return { role: index === 0 ? 'LEADS' : 'SUPPORTS', method: 'list-order' };
  return { role: 'LEADS', method: 'label' };
}

/** Facts from the label clauses of the text. */
export function findAssignments(input: AssignInput): AgencyFact[] {
  const { text, segments, ctx, glossary } = input;
  const rule = LIST_ORDER_RE.exec(text);
  const ruleAt = rule ? rule.index : Number.POSITIVE_INFINITY;
  const facts: AgencyFact[] = [];
  const clauses = findClauses(text, 0, text.length);
  let previousEnd = 0;
  for (const clause of clauses) {
    const seg = innermostSegment(segments, clause.start);
    const from = seg ? Math.max(seg.start, previousEnd) : Math.max(0, previousEnd);
    previousEnd = clause.end;
    const measureId = seg ? seg.id : ctx.docId;
    const evidence = evidenceSpan(text, from, clause.end);
    for (const list of clause.lists) {
      const resolved = list.items
        .map((item, i) => ({ item, i, agency: resolveAgency(item.raw.replace(LEAD_MARK_RE, ''), ctx, glossary) }))
        .filter((r): r is { item: ListItem; i: number; agency: ResolvedAgency } => r.agency !== null);
      resolved.forEach(({ item, i, agency }, order) => {
        const marked = list.items.some((it) => LEAD_MARK_RE.test(it.raw));
        const { role, method } = roleOf(clause, list, marked ? i : order, clause.start > ruleAt);
        facts.push({ agency, role, measureId, evidence, method, mention: item });
      });
    }
  }
  return facts;
}

const ROLE_RANK: Record<AgencyFact['role'], number> = { LEADS: 0, SUPPORTS: 1, INVOLVED_IN: 2 };

/** Clause facts are all kept (each clause is its own statement, even two roles for one agency).
 *  A running-text mention is dropped where a clause already names that agency for that measure,
 *  and otherwise kept once per (agency, measure), the strongest role (LEADS > SUPPORTS > INVOLVED_IN). */
export function dedupeFacts(facts: AgencyFact[]): AgencyFact[] {
  const key = (f: AgencyFact): string => `${f.agency.id}|${f.measureId}`;
  const explicit = new Set(facts.filter((f) => f.method !== 'pattern').map(key));
  const best = new Map<string, AgencyFact>();
  for (const f of facts) {
    if (f.method !== 'pattern' || explicit.has(key(f))) continue;
    const cur = best.get(key(f));
    if (!cur || ROLE_RANK[f.role] < ROLE_RANK[cur.role]) best.set(key(f), f);
  }
  const kept = new Set(best.values());
  return facts.filter((f) => f.method !== 'pattern' || kept.has(f));
}
