// One row of the timeline: the lane's name (a zoneless plan in italics) and count, and its dots —
// coloured by status (overdue red, due blue) or as adoptions (green, dated beside the dot), the
// starting measure's plan ringed; a click hands the dot to `onPick`.
import type { Lang } from '../../../../core/display.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';
import { fitName, markX, radius } from './timeline-layout.ts';
import type { Layout } from './timeline-layout.ts';
import type { TimelineLane, TimelineMark } from './timeline-model.ts';

const COLOURS = { overdue: '#dc2626', due: '#2563eb', adopted: '#059669' };

interface RowProps {
  lane: TimelineLane;
  index: number;
  layout: Layout;
  lang: Lang;
  deadlines: boolean;
  onPick: (lane: TimelineLane, mark: TimelineMark) => void;
}

export function TimelineLaneRow({ lane, index, layout, lang, deadlines, onPick }: RowProps) {
  const y = layout.top + index * layout.laneH + layout.laneH / 2;
  const status = (mark: TimelineMark) => (deadlines ? (mark.overdue > 0 ? 'overdue' : 'due') : 'adopted');
  const planNote = lane.isPlan ? ` — ${timelineText(lang, 'planLane')}` : '';
  return (
    <g className="lane" data-lane={lane.name}>
      <text x={8} y={y + 4} className={lane.isPlan ? 'lane-name plan' : 'lane-name'}>
        <title>{`${lane.fullName ?? lane.name}${planNote} (${lane.total})`}</title>
        {fitName(lane.name, layout.labelW - 40)}
      </text>
      <text x={layout.labelW + 4} y={y + 4} textAnchor="end" className="lane-total">
        {lane.total}
      </text>
      {lane.marks.map((mark) => {
        const x = markX(layout, mark);
        const r = radius(mark.count);
        const left = x + r + 70 > layout.x1; // no room for the date on the right
        const title = timelineText(lang, 'markTitle', {
          lane: lane.name,
          date: mark.date ?? timelineText(lang, 'undated'),
          n: mark.count,
        });
        return (
          <g
            key={mark.date ?? 'undated'}
            className={mark.source ? 'mark source' : 'mark'}
            data-date={mark.date ?? ''}
            data-status={status(mark)}
            onClick={() => onPick(lane, mark)}
          >
            <title>{[title, ...mark.labels.slice(0, 6)].join('\n')}</title>
            <circle cx={x} cy={y} r={r} fill={COLOURS[status(mark)]} />
            {mark.count > 1 && (
              <text x={x} y={y + 3.5} textAnchor="middle">
                {mark.count}
              </text>
            )}
            {!deadlines && mark.date && (
              <text
                x={left ? x - r - 4 : x + r + 4}
                y={y + 4}
                textAnchor={left ? 'end' : 'start'}
                className="mark-date"
              >
                {mark.date}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
