// Pure: where the timeline's parts go for a given width — the label column, the plot between x0 and
// x1, the undated column, the time scale over every date shown (with the "as of" window), and the
// size of a dot for the rows it holds.
import type { Lang } from '../../../../core/display.ts';
import { domainOf, timeScale } from './time-scale.ts';
import type { TimeScale } from './time-scale.ts';
import type { Timeline, TimelineMark } from './timeline-model.ts';

export const MAX_LANES = 40;
const LANE_H = 30;
const AXIS_H = 34;
const UNDATED_W = 84;

export interface Layout {
  width: number;
  height: number;
  top: number; // y of the first row
  laneH: number;
  rows: number;
  labelW: number;
  x1: number; // the plot's right edge
  undatedW: number;
  scale: TimeScale | null;
  asOf: string | null;
  until: string | null;
}

export function layoutOf(timeline: Timeline, width: number, lang: Lang): Layout {
  const rows = Math.min(MAX_LANES, timeline.lanes.length);
  const labelW = Math.min(300, Math.max(120, Math.round(width * 0.24)));
  const undatedW = timeline.undated > 0 ? UNDATED_W : 0;
  const x0 = labelW + 16;
  const x1 = Math.max(x0 + 60, width - undatedW - 18);
  const dates = [timeline.min, timeline.max, timeline.asOf, timeline.until].filter((d): d is string => d !== null);
  const domain = domainOf(dates);
  return {
    width,
    height: AXIS_H + rows * LANE_H + 8,
    top: AXIS_H,
    laneH: LANE_H,
    rows,
    labelW,
    x1,
    undatedW,
    scale: domain ? timeScale(domain[0], domain[1], x0, x1, lang) : null,
    asOf: timeline.asOf,
    until: timeline.until,
  };
}

export const radius = (count: number): number => Math.min(14, 5 + 2.2 * Math.sqrt(count - 1));

/** A dot's x: its date on the scale, or the middle of the undated column. */
export function markX(layout: Layout, mark: TimelineMark): number {
  return mark.date && layout.scale ? layout.scale.x(mark.date) : layout.width - layout.undatedW / 2 - 6;
}

/** Cuts a name to fit `px` (CJK characters count about twice the width of Latin ones). */
export function fitName(name: string, px: number): string {
  let width = 0;
  for (let i = 0; i < name.length; i++) {
    width += name.charCodeAt(i) > 0x2e80 ? 13 : 7;
    if (width > px) return `${name.slice(0, Math.max(1, i - 1))}…`;
  }
  return name;
}
