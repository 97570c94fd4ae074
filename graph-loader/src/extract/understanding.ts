// The understanding report of a document: the header half (header/report.ts: which fields were found
// and from where) and the structure half (segment/report.ts: units by level, measures with a lead and
// a deadline, what was not understood) composed into one shape, stored on the Document as JSON with a
// few scalar counts beside it. Pure.
import type { Fragment, Props, UnderstandingReport } from '../../../core/model.ts';
import { headerReport } from '../header/report.ts';
import { structureReport, type StructureReport } from '../segment/report.ts';
import type { Segment } from '../types.ts';

/** The report from its two halves; `headerWarnings` say that no header was found (and why). */
export function composeReport(
  headerProps: Props,
  structure: StructureReport,
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
    notUnderstood: structure.notUnderstood,
    warnings: [...(structure.warning ? [structure.warning] : []), ...headerWarnings],
  };
}

const RESPONSIBLE = new Set(['LEADS', 'SUPPORTS']);
const AGENCY_ROLES = new Set(['LEADS', 'SUPPORTS', 'INVOLVED_IN']);

/** The structure half from the extracted fragment: a measure has a responsible agency when a LEADS or
 *  SUPPORTS relationship ends at it, a deadline when its node carries one; a tag is understood when
 *  an agency fact's evidence covers it. */
export function structureOfFragment(text: string, segments: Segment[], fragment: Fragment): StructureReport {
  const agencyMeasures = new Set<string>();
  const attached: { start: number; end: number }[] = [];
  for (const r of fragment.relationships) {
    if (!AGENCY_ROLES.has(r.type)) continue;
    if (RESPONSIBLE.has(r.type)) agencyMeasures.add(r.end);
    attached.push({ start: r.properties.start, end: r.properties.end });
  }
  const deadlineMeasures = new Set(
    fragment.nodes
      .filter((n) => n.labels.includes('Measure') && (n.properties.deadlineText || n.properties.dueDate))
      .map((n) => n.id),
  );
  return structureReport({ text, segments, agencyMeasures, deadlineMeasures, attached });
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
