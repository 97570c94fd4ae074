// The timeline drawn as plain SVG (no charting library: a few rows of dots on a time axis need none):
// one row per lane (zone, agency or plan), x = date, a dot per date sized by how many rows it holds,
// the "as of" date as a line with the window up to `until` shaded, undated rows in a column at the right.
import type { Lang } from '../../../../core/display.ts';
import { TimelineAxis } from './TimelineAxis.tsx';
import { TimelineLaneRow } from './TimelineLaneRow.tsx';
import { layoutOf } from './timeline-layout.ts';
import type { Timeline, TimelineLane, TimelineMark } from './timeline-model.ts';

interface ChartProps {
  timeline: Timeline;
  width: number;
  lang: Lang;
  deadlines: boolean; // colour by status (overdue / due) rather than as adoptions
  onPick: (lane: TimelineLane, mark: TimelineMark) => void;
}

export function TimelineChart({ timeline, width, lang, deadlines, onPick }: ChartProps) {
  const layout = layoutOf(timeline, width, lang);
  return (
    <svg className="timeline-chart" width={width} height={layout.height} role="img" data-testid="timeline-chart">
      <TimelineAxis layout={layout} lang={lang} />
      {timeline.lanes.slice(0, layout.rows).map((lane, i) => (
        <TimelineLaneRow
          key={lane.key}
          lane={lane}
          index={i}
          layout={layout}
          lang={lang}
          deadlines={deadlines}
          onPick={onPick}
        />
      ))}
    </svg>
  );
}
