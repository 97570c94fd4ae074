// A query result as a timeline: the grouping (zone, lead agency, plan), a one-line summary in the UI's
// language, the legend and the chart, as wide as its container. Clicking a dot adds what it holds
// (the measures or the plan, with the lane's zone or agency) to the scene.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiGraph, QueryResult } from '../../../../core/api-types.ts';
import { displayName } from '../../../../core/display.ts';
import type { Lang } from '../../../../core/display.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';
import type { TimelineKey } from '../../i18n/timeline-messages.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { TimelineChart } from './TimelineChart.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { MAX_LANES } from './timeline-layout.ts';
import { buildTimeline, markGraph, summarise } from './timeline-model.ts';
import type { Grouping, Timeline } from './timeline-model.ts';

const GROUP_KEYS: Record<Grouping, TimelineKey> = { zone: 'groupZone', agency: 'groupAgency', plan: 'groupPlan' };
const MANY_KEYS: Record<Grouping, TimelineKey> = { zone: 'manyZone', agency: 'manyAgency', plan: 'manyPlan' };

function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(360);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Lane names in the UI's language where the lane's node is in the result (zones and agencies in English). */
function localise(timeline: Timeline, graph: ApiGraph, lang: Lang): Timeline {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    ...timeline,
    lanes: timeline.lanes.map((lane) => {
      const node = lane.id ? byId.get(lane.id) : undefined;
      if (!node) return lane;
      const en = node.properties['nameEn'];
      // in English the English name alone (short enough for a row), both names on hover
      return lang === 'en' && typeof en === 'string' && en !== ''
        ? { ...lane, name: en, fullName: displayName(node, lang) }
        : { ...lane, name: displayName(node, lang) };
    }),
  };
}

/** One line that answers the question: what is overdue and due, or where and since when a reform spread. */
function summaryText(data: QueryResult, timeline: Timeline, lang: Lang): string {
  const tx = (key: TimelineKey, vars?: Record<string, string | number>) => timelineText(lang, key, vars);
  const s = summarise(data.rows, timeline);
  const group = tx(MANY_KEYS[timeline.grouping]);
  const lanes = timeline.lanes.length;
  if (timeline.asOf !== null) {
    const until = timeline.until ?? '';
    return tx('summaryDeadlines', { asOf: timeline.asOf, overdue: s.overdue, due: s.due, until, lanes, group });
  }
  if (!data.columns.includes('origin')) return tx('summaryRows', { lanes, group, n: data.rows.length });
  return tx('summaryDiffusion', {
    reform: s.reform ?? '',
    zones: s.zoneLanes,
    plans: s.planLanes > 0 ? tx('summaryPlans', { n: s.planLanes }) : '',
    first: s.first ?? '—',
    undated: s.undatedPlans > 0 ? tx('summaryUndated', { n: s.undatedPlans }) : '',
  });
}

export function TimelineView({ data, onAdd }: { data: QueryResult; onAdd: (graph: ApiGraph) => void }) {
  const { state } = useExplorer();
  const lang = state.lang;
  const [grouping, setGrouping] = useState<Grouping | undefined>(undefined);
  const [ref, width] = useWidth();
  const timeline = useMemo(() => {
    const built = buildTimeline(data.columns, data.rows, grouping);
    return built && localise(built, data.graph, lang);
  }, [data, grouping, lang]);
  const tx = (key: TimelineKey, vars?: Record<string, string | number>) => timelineText(lang, key, vars);
  if (!timeline) return <p className="hint">{tx('noDates')}</p>;
  const deadlines = timeline.asOf !== null;
  const summary = summaryText(data, timeline, lang);
  return (
    <div className="timeline-view" data-testid="timeline-view" data-grouping={timeline.grouping} ref={ref}>
      <div className="timeline-bar">
        <span>{tx('groupBy')}</span>
        {timeline.groupings.map((g) => (
          <button
            key={g}
            type="button"
            data-grouping={g}
            aria-pressed={g === timeline.grouping}
            onClick={() => setGrouping(g)}
          >
            {tx(GROUP_KEYS[g])}
          </button>
        ))}
        <TimelineLegend deadlines={deadlines} origin={data.rows.some((r) => r['origin'] === true)} lang={lang} />
      </div>
      <p className="timeline-summary" data-testid="timeline-summary">
        {summary} <span className="hint">{tx('pickHint')}</span>
      </p>
      <TimelineChart
        timeline={timeline}
        width={width}
        lang={lang}
        deadlines={deadlines}
        onPick={(lane, mark) => onAdd(markGraph(data.graph, mark.ids, lane.id))}
      />
      {timeline.lanes.length > MAX_LANES && (
        <p className="hint">{tx('moreLanes', { n: timeline.lanes.length - MAX_LANES })}</p>
      )}
    </div>
  );
}
