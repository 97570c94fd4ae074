// Measure properties found in the text of each segment: the deadline and the 评估目标 target of a task.
// A deadline is read, most explicit first, from the row's deadline column, a 落实时间 label, a
// bracketed tag （2023年底前完成，…） and the running text (2015年底前，… 到2022年，… 2021年起); the
// column, label and tag forms are inherited by the sub-measures of a task that states them, a date in
// running text dates only the measure whose text says it.

import type { DeadlineKind } from '../../../core/model.ts';
import type { MeasureExtras } from '../fragment/build.ts';
import { classifyDeadline, findTagDeadlines, findTextDeadlines, type StatedDeadline } from './deadline-forms.ts';
import { findDeadlines } from './deadlines.ts';
import { ownRanges } from './spans.ts';
import { taskTableRows } from './table-assignments.ts';
import { findTarget } from './targets.ts';
import type { Segment } from '../types.ts';

interface Found extends StatedDeadline {
  inherited: boolean; // passed down to sub-measures
}

function rowDeadlines(segments: Segment[]): Map<string, Found> {
  const out = new Map<string, Found>();
  for (const row of taskTableRows(segments)) {
    const cell = row.cells.find((c) => c.role === 'deadline' && c.cell.text !== '')?.cell;
    if (cell)
      out.set(row.seg.id, {
        deadlineText: cell.text,
        ...classifyDeadline(cell.text),
        start: cell.start,
        end: cell.end,
        inherited: true,
      });
  }
  return out;
}

/** The segment's own deadline: a label, then a tag, then running text. */
function ownDeadline(text: string, ranges: [number, number][]): Found | null {
  const labelled = ranges.flatMap(([s, e]) => findDeadlines(text, s, e))[0];
  if (labelled) return { ...labelled, ...classifyDeadline(labelled.deadlineText), inherited: true };
  const tag = ranges.flatMap(([s, e]) => findTagDeadlines(text, s, e))[0];
  if (tag) return { ...tag, inherited: true };
  const prose = ranges.flatMap(([s, e]) => findTextDeadlines(text, s, e))[0];
  return prose ? { ...prose, inherited: false } : null;
}

interface Carried {
  deadlineText: string | null;
  dueDate: string | null;
  deadlineKind: DeadlineKind | null;
}

export function measureExtras(text: string, segments: Segment[]): Map<string, MeasureExtras> {
  const out = new Map<string, MeasureExtras>();
  const passed = new Map<string, Carried>(); // what each segment passes to its sub-measures
  const rows = rowDeadlines(segments);
  const none: Carried = { deadlineText: null, dueDate: null, deadlineKind: null };
  for (const seg of segments) {
    const ranges = ownRanges(seg, segments);
    const own = rows.get(seg.id) ?? ownDeadline(text, ranges);
    const fromParent = (seg.parentId ? passed.get(seg.parentId) : undefined) ?? none;
    const here: Carried = own
      ? { deadlineText: own.deadlineText, dueDate: own.dueDate, deadlineKind: own.kind }
      : fromParent;
    passed.set(seg.id, own && !own.inherited ? fromParent : here);
    const target = seg.kind === 'task' ? (ranges.map(([s, e]) => findTarget(text, s, e)).find((t) => t) ?? null) : null;
    out.set(seg.id, { ...here, target: target?.target ?? null });
  }
  return out;
}
