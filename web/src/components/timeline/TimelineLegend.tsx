// What the dots' colours mean: overdue / due soon for deadlines; adopted (and the starting measure's
// plan, ringed) for diffusion.
import type { Lang } from '../../../../core/display.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';

export function TimelineLegend({ deadlines, origin, lang }: { deadlines: boolean; origin: boolean; lang: Lang }) {
  if (deadlines) {
    return (
      <span className="timeline-legend">
        <i className="dot overdue" /> {timelineText(lang, 'legendOverdue')} <i className="dot due" />{' '}
        {timelineText(lang, 'legendDue')}
      </span>
    );
  }
  return (
    <span className="timeline-legend">
      <i className="dot adopted" /> {timelineText(lang, 'legendAdopted')}
      {origin && (
        <>
          {' '}
          <i className="dot adopted source" /> {timelineText(lang, 'legendSource')}
        </>
      )}
    </span>
  );
}
