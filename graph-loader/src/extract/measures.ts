// Measure properties found in the text of each segment: the deadline (落实时间, inherited by the
// sub-measures of a task that states it) and the 评估目标 target of a task.

import type { MeasureExtras } from '../fragment/build.ts';
import { type Deadline, findDeadlines, parseDueDate } from './deadlines.ts';
import { ownRanges } from './spans.ts';
import { taskTableRows } from './table-assignments.ts';
import { findTarget } from './targets.ts';
import type { Segment } from '../types.ts';

export function measureExtras(text: string, segments: Segment[]): Map<string, MeasureExtras> {
  const out = new Map<string, MeasureExtras>();
  const rowDeadlines = new Map<string, Deadline>();
  for (const row of taskTableRows(segments)) {
    const cell = row.cells.find((c) => c.role === 'deadline' && c.cell.text !== '')?.cell;
    if (cell)
      rowDeadlines.set(row.seg.id, {
        deadlineText: cell.text,
        dueDate: parseDueDate(cell.text),
        start: cell.start,
        end: cell.end,
      });
  }
  for (const seg of segments) {
    const ranges = ownRanges(seg, segments);
    const deadline = rowDeadlines.get(seg.id) ?? ranges.flatMap(([s, e]) => findDeadlines(text, s, e))[0] ?? null;
    const target = seg.kind === 'task' ? (ranges.map(([s, e]) => findTarget(text, s, e)).find((t) => t) ?? null) : null;
    const parent = seg.parentId ? out.get(seg.parentId) : undefined;
    out.set(seg.id, {
      deadlineText: deadline?.deadlineText ?? parent?.deadlineText ?? null,
      dueDate: deadline ? deadline.dueDate : (parent?.dueDate ?? null),
      target: target?.target ?? null,
    });
  }
  return out;
}
