// The understanding report beside the plan reader's outline: header fields found (✓, with where) or
// missing (✗), numbered units by level, the share of measures with a lead and a deadline, the
// loader's warnings, and the spans it did not understand (click → the text scrolls to the span).
import type { UnderstandingReport } from '../../../core/model.ts';
import { propName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';

/** Not-understood spans listed (the count is always shown). */
const SHOWN = 30;

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
  const unread = report.notUnderstood;
  return (
    <section className="report" aria-label={t('reportTitle')} data-testid="understanding-report">
      <h3>{t('reportTitle')}</h3>
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
      </p>
      {report.warnings.map((w) => (
        <p key={w} className="problem">
          {w}
        </p>
      ))}
      <p>{t('reportUnread', { n: unread.length })}</p>
      <ul className="report-unread">
        {unread.slice(0, SHOWN).map((u) => (
          <li key={`${u.kind}:${u.start}`}>
            <button type="button" className="link" onClick={() => onSpan(u)} title={`${u.start}–${u.end}`}>
              <span className="method">{u.kind}</span> {u.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
