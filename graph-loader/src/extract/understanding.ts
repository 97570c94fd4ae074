// The understanding report of a document: the header half (header/report.ts: which fields were found
// and from where) and the structure half (segment/report.ts: units by level, measures with a lead and
// a deadline, what was not understood) composed into one shape, stored on the Document as JSON with a
// few scalar counts beside it. Not understood also lists the names of responsibility fields and
// columns that resolve to no body, and the named bodies whose place is unknown. Pure.
import type { Fragment, Props, UnderstandingReport, UnreadSpan } from '../../../core/model.ts';
import { headerReport } from '../header/report.ts';
import { structureReport, type StructureReport } from '../segment/report.ts';
import type { Segment } from '../types.ts';

/** The report from its two halves; `headerWarnings` say that no header was found (and why). */
export function composeReport(
  headerProps: Props,
  structure: StructureReport & { deadlineKinds?: Record<string, number> },
  headerWarnings: readonly string[] = [],
): UnderstandingReport {
  const measures = Object.entries(structure.byKind)
    .filter(([kind]) => kind !== 'background')
    .reduce((n, [, count]) => n + count, 0);
  return {
    header: headerReport(headerProps),
    levels: structure.levels,
    byLevelKind: structure.byLevelKind,
    measures,
    withLead: structure.withAgency,
    withDeadline: structure.withDeadline,
    ...(structure.deadlineKinds ? { deadlineKinds: structure.deadlineKinds } : {}),
    notUnderstood: structure.notUnderstood,
    warnings: [...(structure.warning ? [structure.warning] : []), ...headerWarnings],
  };
}

const RESPONSIBLE = new Set(['LEADS', 'SUPPORTS']);
const AGENCY_ROLES = new Set(['LEADS', 'SUPPORTS', 'INVOLVED_IN']);

/** A name written in a responsibility field or an agency column, with offsets. */
export interface WrittenName {
  raw: string;
  start: number;
  end: number;
}

/** How a written name was read: a body, a collective (各街镇, 有关部门: many bodies, on purpose none),
 *  or nothing the loader knows. */
export type NameVerdict = 'body' | 'collective' | 'unresolved';

export interface AgencyNames {
  names: readonly WrittenName[];
  verdict: (raw: string) => NameVerdict;
}

/** Names of responsibility fields and columns that resolve to no body, once per offset. */
export function unresolvedNames(input: AgencyNames): UnreadSpan[] {
  const seen = new Set<number>();
  const out: UnreadSpan[] = [];
  for (const n of input.names) {
    if (seen.has(n.start) || input.verdict(n.raw) !== 'unresolved') continue;
    seen.add(n.start);
    out.push({ kind: 'unresolved', text: n.raw, start: n.start, end: n.end });
  }
  return out;
}

/** Named bodies with no place (no jurisdiction, not national): where the text first names one in the
 *  evidence of its facts. */
export function unplacedBodies(text: string, fragment: Fragment): UnreadSpan[] {
  const out: UnreadSpan[] = [];
  for (const node of fragment.nodes) {
    const p = node.properties;
    if (!node.labels.includes('Agency') || p.jurisdiction || p.level === 'national') continue;
    const names = [p.shortName, p.name, ...((p.aliases as string[] | undefined) ?? [])].filter(
      (n): n is string => typeof n === 'string' && n !== '',
    );
    const at = fragment.relationships
      .filter((r) => r.start === node.id)
      .flatMap((r) => names.map((n) => ({ n, i: text.indexOf(n, r.properties.start) })))
      .find(({ n, i }) => i >= 0 && i + n.length <= text.length);
    const first = at ?? names.map((n) => ({ n, i: text.indexOf(n) })).find(({ i }) => i >= 0);
    if (first) out.push({ kind: 'unplaced', text: first.n, start: first.i, end: first.i + first.n.length });
  }
  return out;
}

/** Measures (not background) with a deadline, by kind. */
function deadlineKinds(fragment: Fragment): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const n of fragment.nodes) {
    const p = n.properties;
    if (!n.labels.includes('Measure') || p.background || !(p.deadlineText || p.dueDate)) continue;
    const kind = String(p.deadlineKind ?? 'text');
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

/** The structure half from the extracted fragment: a measure has a responsible agency when a LEADS or
 *  SUPPORTS relationship ends at it, a deadline when its node carries one; a tag is understood when
 *  an agency fact's evidence covers it. `names`: the names of responsibility fields and columns, to
 *  report those that resolve to no body. */
export function structureOfFragment(
  text: string,
  segments: Segment[],
  fragment: Fragment,
  names?: AgencyNames,
): StructureReport & { deadlineKinds: Record<string, number> } {
  const agencyMeasures = new Set<string>();
  const attached: { start: number; end: number }[] = [];
  for (const r of fragment.relationships) {
    if (!AGENCY_ROLES.has(r.type)) continue;
    if (RESPONSIBLE.has(r.type)) agencyMeasures.add(r.end);
    // one relationship carries every evidence span that supports it (a measure of several tagged
    // paragraphs): each of them is understood
    const starts = r.properties.starts;
    const ends = r.properties.ends;
    if (Array.isArray(starts) && Array.isArray(ends) && starts.length === ends.length) {
      starts.forEach((s, i) => attached.push({ start: Number(s), end: Number(ends[i]) }));
    } else attached.push({ start: r.properties.start, end: r.properties.end });
  }
  const deadlineMeasures = new Set(
    fragment.nodes
      .filter((n) => n.labels.includes('Measure') && (n.properties.deadlineText || n.properties.dueDate))
      .map((n) => n.id),
  );
  const report = structureReport({ text, segments, agencyMeasures, deadlineMeasures, attached });
  const agencies = [...(names ? unresolvedNames(names) : []), ...unplacedBodies(text, fragment)];
  const notUnderstood = [...report.notUnderstood, ...agencies].sort((a, b) => a.start - b.start);
  return { ...report, notUnderstood, deadlineKinds: deadlineKinds(fragment) };
}

/** The Document properties of a report: the JSON and its counts. */
export function reportProps(report: UnderstandingReport): Props {
  return {
    report: JSON.stringify(report),
    measureCount: report.measures,
    measuresWithLead: report.withLead,
    measuresWithDeadline: report.withDeadline,
    unreadCount: report.notUnderstood.length,
  };
}
