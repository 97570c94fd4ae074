// The timeline drawn as plain SVG: one row per lane (zone, agency or plan), x = date, a dot per date
// sized by how many rows it holds (overdue red, due blue, adopted green, the starting measure's plan
// ringed), the "as of" date as a line with the window up to `until` shaded, undated rows in a column
// of their own at the right.
import type { Lang } from '../../../../core/display.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';
import { domainOf, timeScale } from './time-scale.ts';
import type { Timeline, TimelineLane, TimelineMark } from './timeline-model.ts';

export const MAX_LANES = 40;
const LANE_H = 30;
const AXIS_H = 34;
const UNDATED_W = 84;
const COLOURS = { overdue: '#dc2626', due: '#2563eb', adopted: '#059669' };

interface ChartProps {
  timeline: Timeline;
  width: number;
  lang: Lang;
  deadlines: boolean; // colour by status (overdue / due) rather than as adoptions
  onPick: (lane: TimelineLane, mark: TimelineMark) => void;
}

/** Cuts a name to fit `px` (CJK characters count double the width of Latin ones). */
function fit(name: string, px: number): string {
  let width = 0;
  for (let i = 0; i < name.length; i++) {
    width += name.charCodeAt(i) > 0x2e80 ? 13 : 7;
    if (width > px) return `${name.slice(0, Math.max(1, i - 1))}…`;
  }
  return name;
}

const radius = (count: number): number => Math.min(14, 5 + 2.2 * Math.sqrt(count - 1));

export function TimelineChart({ timeline, width, lang, deadlines, onPick }: ChartProps) {
  const lanes = timeline.lanes.slice(0, MAX_LANES);
  const labelW = Math.min(220, Math.max(120, Math.round(width * 0.28)));
  const undatedW = timeline.undated > 0 ? UNDATED_W : 0;
  const x0 = labelW + 16;
  const x1 = Math.max(x0 + 60, width - undatedW - 18);
  const dates = [timeline.min, timeline.max, timeline.asOf, timeline.until].filter((d): d is string => d !== null);
  const domain = domainOf(dates);
  const scale = domain ? timeScale(domain[0], domain[1], x0, x1, lang) : null;
  const bottom = AXIS_H + lanes.length * LANE_H;
  const height = bottom + 22; // room for the "as of" label under the lanes
  const xOf = (mark: TimelineMark): number => (mark.date && scale ? scale.x(mark.date) : width - undatedW / 2 - 6);
  const colour = (mark: TimelineMark): string =>
    !deadlines ? COLOURS.adopted : mark.overdue > 0 ? COLOURS.overdue : COLOURS.due;
  return (
    <svg className="timeline-chart" width={width} height={height} role="img" data-testid="timeline-chart">
      {lanes.map((lane, i) => (
        <rect
          key={lane.key}
          x={0}
          y={AXIS_H + i * LANE_H}
          width={width}
          height={LANE_H}
          className={i % 2 ? 'odd' : ''}
        />
      ))}
      {scale && timeline.asOf && timeline.until && (
        <rect
          className="window"
          x={scale.x(timeline.asOf)}
          y={AXIS_H - 6}
          width={Math.max(1, scale.x(timeline.until) - scale.x(timeline.asOf))}
          height={height - AXIS_H + 6}
        />
      )}
      {scale?.ticks.map((tick) => (
        <g key={tick.date} className={tick.major ? 'tick major' : 'tick'}>
          <line x1={scale.x(tick.date)} x2={scale.x(tick.date)} y1={AXIS_H - 6} y2={height} />
          <text x={scale.x(tick.date)} y={AXIS_H - 12} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {scale && timeline.asOf && (
        <g className="as-of" data-testid="timeline-as-of">
          <line x1={scale.x(timeline.asOf)} x2={scale.x(timeline.asOf)} y1={AXIS_H - 6} y2={bottom + 4} />
          <text x={scale.x(timeline.asOf)} y={bottom + 17} textAnchor="middle">
            {timelineText(lang, 'asOf', { date: timeline.asOf })}
          </text>
        </g>
      )}
      {undatedW > 0 && (
        <g className="undated">
          <line x1={width - undatedW - 4} x2={width - undatedW - 4} y1={AXIS_H - 6} y2={height} />
          <text x={width - undatedW / 2 - 6} y={AXIS_H - 12} textAnchor="middle">
            {timelineText(lang, 'undated')}
          </text>
        </g>
      )}
      {lanes.map((lane, i) => {
        const y = AXIS_H + i * LANE_H + LANE_H / 2;
        return (
          <g key={lane.key} className="lane" data-lane={lane.name}>
            <text x={8} y={y + 4} className={lane.isPlan ? 'lane-name plan' : 'lane-name'}>
              <title>{`${lane.name}${lane.isPlan ? ` — ${timelineText(lang, 'planLane')}` : ''} (${lane.total})`}</title>
              {fit(lane.name, labelW - 40)}
            </text>
            <text x={labelW + 4} y={y + 4} textAnchor="end" className="lane-total">
              {lane.total}
            </text>
            {lane.marks.map((mark) => (
              <g
                key={mark.date ?? 'undated'}
                className={mark.source ? 'mark source' : 'mark'}
                data-date={mark.date ?? ''}
                data-status={deadlines ? (mark.overdue > 0 ? 'overdue' : 'due') : 'adopted'}
                onClick={() => onPick(lane, mark)}
              >
                <title>
                  {[
                    timelineText(lang, 'markTitle', {
                      lane: lane.name,
                      date: mark.date ?? timelineText(lang, 'undated'),
                      n: mark.count,
                    }),
                    ...mark.labels.slice(0, 6),
                  ].join('\n')}
                </title>
                <circle cx={xOf(mark)} cy={y} r={radius(mark.count)} fill={colour(mark)} />
                {mark.count > 1 && (
                  <text x={xOf(mark)} y={y + 3.5} textAnchor="middle">
                    {mark.count}
                  </text>
                )}
                {!deadlines && mark.date && (
                  <text x={xOf(mark) + radius(mark.count) + 4} y={y + 4} className="mark-date">
                    {mark.date}
                  </text>
                )}
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
