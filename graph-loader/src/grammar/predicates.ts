// Predicates after a subject that change what its clause gives: the bodies a subject works under
// (X在Y领导下, read by the row prose-under), and a statement whose predicates are all of help
// (X应当协同Y加强…，配合做好…; X…，协同实施本条例): its subject supports. Pure.

import { type ListOptions, listAt } from './lists.ts';
import type { NameSpan } from './names.ts';
import { ADV, MODAL } from './rows-shared.ts';
import { GRAMMAR } from './rows.ts';
import type { GrammarRow } from './types.ts';
import { NOISE, PROSE_VERBS, alternation } from './vocabulary.ts';

export interface Part {
  row: GrammarRow | null; // null: a clause of names only, which takes the next clause's row
  names: NameSpan[];
  partners: NameSpan[];
  /** the office of "X办公室设在Y": the subject of the statement's predicates without one */
  topic?: NameSpan;
  /** the names are the topic's: it leads */
  byTopic?: boolean;
  /** the names set the topic up (省人民政府建立X，…): they lead with it */
  founder?: boolean;
  /** the bodies a subject works under (X在Y领导下): they lead without making X a support */
  above?: boolean;
  /** every predicate of the subject is of help (helpOnly): it supports, the body it helps leads */
  helper?: boolean;
}

const UNDER_FOLLOW_RE = /^(?:的|统一|领导|指导|监督|和|及|、)/u;
const UNDER_VERB_RE = /领导|指导|监督/u;
const UNDER_ROW = GRAMMAR.find((r) => r.name === 'prose-under') as GrammarRow;

/** X在Y领导和Z指导、支持下，…: after its subject, the bodies whose leadership the work is under lead. */
export function underInside(text: string, s: number, e: number, opts: ListOptions): Part | null {
  const at = text.indexOf('在', s + 2);
  if (at < 0 || at >= e) return null;
  UNDER_ROW.pattern.lastIndex = at;
  const hit = UNDER_ROW.pattern.exec(text);
  if (!hit) return null;
  const from = at + hit[0].length;
  const endsAt = (p: number): boolean =>
    UNDER_FOLLOW_RE.test(text.slice(p, p + 4)) && !UNDER_VERB_RE.test(text.slice(from, p));
  const list = listAt(text, from, e, { ...opts, endsAt });
  return list.names.length > 0 ? { row: UNDER_ROW, names: list.names, partners: [], above: true } : null;
}

const LEAD_IN_RE = new RegExp(
  `^(?:等[^，,。；;]{0,12}?(?:部门|机构|机关|单位))?(?:[（(][^）)]{0,20}[）)])?(?:${alternation(NOISE.openers)})?${ADV}(?:${MODAL})?${ADV}`,
  'u',
);
const HELP_RE = new RegExp(`^(?:${alternation(PROSE_VERBS.help)})`, 'u');
const OWN_RE = new RegExp(`^(?:${alternation(PROSE_VERBS.ownWork)})`, 'u');
const HELP_WITH_RE = /^协同/u;

type Kind = 'help' | 'own' | null;

/** What the predicate at `at` is: help (协同实施, 配合做好, 协同Y + a verb not of its own), own work
 *  (负责, 组织, 会同, 做好, 协同Y统筹…), or neither. */
function predicateAt(text: string, at: number, e: number, opts: ListOptions): Kind {
  const lead = LEAD_IN_RE.exec(text.slice(at, e))?.[0].length ?? 0;
  const rest = text.slice(at + lead, e);
  if (!HELP_RE.test(rest)) return OWN_RE.test(rest) ? 'own' : null;
  if (!HELP_WITH_RE.test(rest)) return 'help';
  const partners = listAt(text, at + lead + 2, e, opts);
  return partners.names.length > 0 && OWN_RE.test(text.slice(partners.end, e)) ? 'own' : 'help';
}

/** A statement whose subject's predicates are all of help: the subject supports (第二十二条 X应当协同
 *  口岸查验机构加强…，配合做好…). The subject is the one list of names of the first clause. */
export function helpOnly(
  text: string,
  clauses: readonly [number, number][],
  subject: NameSpan[],
  opts: ListOptions,
): boolean {
  if (subject.length === 0) return false;
  let help = false;
  for (const [i, [s, e]] of clauses.entries()) {
    const at = i === 0 ? Math.max(...subject.map((n) => n.end)) : s;
    const kind = at < e ? predicateAt(text, at, e, opts) : null;
    if (kind === 'own') return false; // one predicate of its own work is enough (the others unread)
    if (kind === 'help') help = true;
  }
  return help;
}
