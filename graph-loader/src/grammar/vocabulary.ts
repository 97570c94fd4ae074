// The vocabulary of responsibility, read from data/grammar/*.json (labels, verbs, noise, list-order
// statements) and the register's collective subjects (data/register/collectives.json), compiled once
// into the alternations the rows use. Every stage that needs a label or a verb (clauses, tags, prose, tables, deadlines, the segmenter) imports it
// from here: a new way of writing responsibility is an entry in a data file.

import labels from '../../../data/grammar/labels.json' with { type: 'json' };
import listOrder from '../../../data/grammar/list-order.json' with { type: 'json' };
import noise from '../../../data/grammar/noise.json' with { type: 'json' };
import verbs from '../../../data/grammar/verbs.json' with { type: 'json' };
import collectives from '../../../data/register/collectives.json' with { type: 'json' };
import { CollectiveMatcher } from '../register/collective.ts';
import { memoString } from './string-memo.ts';

/** How a label or verb places the bodies it names. */
export type RoleClass = 'lead' | 'responsible' | 'support';

/** Escaped alternation, longest first (so 牵头负责 wins over 牵头). */
export function alternation(words: readonly string[]): string {
  const escaped = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.join('|');
}

/** Every labelled field: stem × suffix (牵头单位, 责任部门 …) with its role. */
function fieldLabels(): Map<string, RoleClass> {
  const map = new Map<string, RoleClass>();
  for (const stem of labels.stems)
    for (const suffix of labels.suffixes) map.set(stem.text + suffix, stem.role as RoleClass);
  return map;
}

export const FIELD_LABELS: ReadonlyMap<string, RoleClass> = fieldLabels();
export const GROUP_LABELS: ReadonlyMap<string, RoleClass> = new Map(
  labels.groupLabels.map((g) => [g.text, g.role as RoleClass]),
);
export const DEADLINE_LABELS: readonly string[] = labels.deadlineLabels;

/** Field labels, deadline labels: alternations for building regexes. */
export const FIELD_LABEL_ALT = alternation([...FIELD_LABELS.keys()]);
export const GROUP_LABEL_ALT = alternation([...GROUP_LABELS.keys()]);
export const DEADLINE_LABEL_ALT = alternation(DEADLINE_LABELS);

/** A labelled field or a deadline label, with any brackets (【】) and spacing before its colon. */
export const FIELD_LABEL_RE = new RegExp(
  `(${FIELD_LABEL_ALT}|${DEADLINE_LABEL_ALT})[】\\]］]?[ \\t\\u3000]*[：:]`,
  'gu',
);
/** A working-group or command label at the start of a line: 总指挥：, 成员单位：. */
export const GROUP_LABEL_RE = new RegExp(`^[ \\t\\u3000]*(${GROUP_LABEL_ALT})[ \\t\\u3000]*[：:]`, 'gmu');

/** memoised: pure, and table headers and labels come back again and again */
const knownLabelRole = memoString((label: string): RoleClass | null => {
  const exact = FIELD_LABELS.get(label);
  if (exact) return exact;
  let best: { len: number; role: RoleClass } | null = null;
  for (const [text, role] of FIELD_LABELS)
    if (label.includes(text) && (!best || text.length > best.len)) best = { len: text.length, role };
  return best?.role ?? null;
});
/** Is a table header or a label one of responsibility, and which? (牵头单位 → lead; 完成时限 → null) */
export function labelRole(label: string): RoleClass | null {
  return knownLabelRole(label);
}

/** Is a label (or a table header) a deadline label? */
export function isDeadlineLabel(label: string): boolean {
  return DEADLINE_LABELS.some((d) => label.includes(d));
}

/** What a table column holds by its header: agencies in a role, or the deadline. */
export type ColumnRole = RoleClass | 'deadline';

const DEADLINE_COLUMNS: readonly string[] = labels.deadlineColumns;
const HEADER_NOISE_RE = /[\s\u3000*]/g;

/** The role of a table column by its header (spaces ignored: "行使  主体"). Loose: the longest label the
 *  header contains ("责任单位及责任人" → responsible). Exact: the header is one label and nothing more
 *  (for telling a header row from a row of data). */
export function columnRole(header: string, exact = false): ColumnRole | null {
  const name = header.replace(HEADER_NOISE_RE, '');
  if (exact) {
    const role = FIELD_LABELS.get(name);
    if (role) return role;
    return DEADLINE_LABELS.includes(name) || DEADLINE_COLUMNS.includes(name) ? 'deadline' : null;
  }
  return labelRole(name) ?? (isDeadlineLabel(name) || DEADLINE_COLUMNS.includes(name) ? 'deadline' : null);
}

/** Every header that names an agency or deadline column exactly (for headers glued without separators). */
export const COLUMN_LABELS: readonly string[] = [...FIELD_LABELS.keys(), ...DEADLINE_LABELS, ...DEADLINE_COLUMNS];

export const TAG_VERBS: Readonly<Record<RoleClass, readonly string[]>> = verbs.tag;
export const PROSE_VERBS = verbs.prose;
export const ADVERBIALS: readonly string[] = verbs.adverbials;
export const NOT_DUTY: readonly string[] = verbs.notDuty;

export const NOISE = noise;

/** The list-order statement (列第一位者为牵头单位, 排在第一位的为牵头单位 …), unanchored. */
export const LIST_ORDER_RE = new RegExp(listOrder.patterns.map((p) => `(?:${p})`).join('|'), 'u');

/** One list of collective subjects, the register's (data/register/collectives.json): phrases and patterns. */
const COLLECTIVES = new CollectiveMatcher(collectives);

const collectiveName = memoString((name) => COLLECTIVES.match(name) !== null);

/** A subject that names no one body: 各地区, 有关部门, 各省级人民政府, 国务院有关部门 (memoised). */
export function isCollectiveName(name: string): boolean {
  return collectiveName(name);
}

const BODY_END_RE = new RegExp(noise.bodyEnds, 'u');

/** Words that end in a body's character but name no body (布局, 执行, 社会, 核心). */
export const NOT_BODY_END_RE = new RegExp(`(?:${noise.notBodyEndings.join('|')})$`, 'u');

/** Does a string end the way a body's name ends (局, 部, 委员会, 政府, 海关 …)? Shape only. */
export function hasBodyEnding(name: string): boolean {
  return name.length >= 2 && BODY_END_RE.test(name) && !NOT_BODY_END_RE.test(name);
}
