// The understanding report as the terminal shows it (`ftz extract`): header fields and where each
// was found, units by level and kind, measures with a lead and a deadline, and the first spans not
// understood with their offsets. Pure: a report in, lines out.
import type { UnderstandingReport, UnreadSpan } from '../../core/model.ts';

/** How many not-understood spans are listed (the count is always given). */
export const UNREAD_SHOWN = 5;

function pct(n: number, of: number): string {
  return of === 0 ? '—' : `${Math.round((100 * n) / of)}%`;
}

function kinds(row: Record<string, number>): string {
  return Object.entries(row)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
}

function unreadLine(u: UnreadSpan): string {
  const text = u.text.length > 30 ? `${u.text.slice(0, 30)}…` : u.text;
  return `${u.kind} @${u.start}-${u.end} ${text.replace(/\s+/g, ' ')}`;
}

/** The report block, indented to sit under a file's summary. */
export function reportLines(r: UnderstandingReport): string[] {
  const header = r.header.map((h) => (h.found ? `${h.field} ← ${h.source}` : `${h.field} ✗`)).join(' · ');
  const levels =
    r.levels.length === 0
      ? 'none'
      : r.byLevelKind.map((row, i) => `L${i + 1} ${r.levels[i] ?? 0} (${kinds(row)})`).join(' · ');
  const unread = r.notUnderstood;
  const byKind = kinds(
    unread.reduce<Record<string, number>>((acc, u) => ({ ...acc, [u.kind]: (acc[u.kind] ?? 0) + 1 }), {}),
  );
  const lines = [
    `  header         ${header}`,
    `  structure      ${levels}`,
    `  responsible    ${r.withLead} of ${r.measures} measures have a lead (${pct(r.withLead, r.measures)})`,
    `  deadlines      ${r.withDeadline} of ${r.measures} measures have a deadline (${pct(r.withDeadline, r.measures)})${
      r.deadlineKinds && r.withDeadline > 0 ? `: ${kinds(r.deadlineKinds)}` : ''
    }`,
    `  not understood ${unread.length}${unread.length > 0 ? ` (${byKind})` : ''}`,
  ];
  for (const u of unread.slice(0, UNREAD_SHOWN)) lines.push(`                 ${unreadLine(u)}`);
  if (unread.length > UNREAD_SHOWN)
    lines.push(`                 … ${unread.length - UNREAD_SHOWN} more (--json lists all)`);
  return lines;
}
