// The understanding report beside the plan reader's outline: header fields found (✓, with where) or
// missing (✗), numbered units by level, the share of measures with a lead and a deadline (and how the
// deadlines are stated), the loader's warnings, and the spans it did not understand — tags, markers,
// names that resolve to no body, bodies with no place (click → the text scrolls to the span). The
// panel is resizable (drag its corner) and expands to the reader's height.
import { useState } from 'react';
import type { UnderstandingReport } from '../../../core/model.ts';
import { propName } from '../i18n/i18n.ts';
import { DEADLINE_KIND_NAMES, REPORT_WORDS, reportName, UNREAD_KIND_NAMES } from '../i18n/report-names.ts';
import { useExplorer } from '../state/explorer-context.ts';

/** Not-understood spans listed (the count is always shown). */
const SHOWN = 200;

function share(n: number, of: number): string {
  return of === 0 ? '—' : `${Math.round((100 * n) / of)}%`;
}

export default function ReportPanel({
  report,
  onSpan,
}: {
  report: UnderstandingReport;
  onSpan: (span: { start: number; end: number }) => void;
}) {
  const { state, t } = useExplorer();
  const [expanded, setExpanded] = useState(false);
  const unread = report.notUnderstood;
  const kinds = Object.entries(report.deadlineKinds ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${reportName(state.lang, DEADLINE_KIND_NAMES, k)} ${n}`)
    .join(' · ');
  return (
    <section
      className={expanded ? 'report expanded' : 'report'}
      aria-label={t('reportTitle')}
      data-testid="understanding-report"
    >
      <div className="report-head">
        <h3>{t('reportTitle')}</h3>
        <button
          type="button"
          className="link"
          aria-pressed={expanded}
          data-testid="report-expand"
          onClick={() => setExpanded((v) => !v)}
        >
          {reportName(state.lang, REPORT_WORDS, expanded ? 'shrink' : 'expand')}
        </button>
      </div>
      <ul className="report-header">
        {report.header.map((h) => (
          <li key={h.field} className={h.found ? 'found' : 'missing'} title={h.source ?? ''}>
            {h.found ? '✓' : '✗'} {propName(state.lang, h.field)}
            {h.source ? <span className="method"> · {h.source}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        {report.levels.length === 0 ? t('reportNoLevels') : report.levels.map((n, i) => `L${i + 1} ${n}`).join(' · ')}
      </p>
      <p>
        {t('reportLed', { n: report.withLead, of: report.measures, share: share(report.withLead, report.measures) })}
        <br />
        {t('reportDue', {
          n: report.withDeadline,
          of: report.measures,
          share: share(report.withDeadline, report.measures),
        })}
        {kinds ? <span className="method"> · {kinds}</span> : null}
      </p>
      {report.warnings.map((w) => (
        <p key={w} className="problem">
          {w}
        </p>
      ))}
      <p>{t('reportUnread', { n: unread.length })}</p>
      <ul className="report-unread">
        {unread.slice(0, SHOWN).map((u) => (
          <li key={`${u.kind}:${u.start}`} data-kind={u.kind}>
            <button type="button" className="link" onClick={() => onSpan(u)} title={`${u.start}–${u.end}`}>
              <span className="method">{reportName(state.lang, UNREAD_KIND_NAMES, u.kind)}</span> {u.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
