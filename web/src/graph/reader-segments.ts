// The plan reader's text, cut into segments: plain runs, highlighted mentions (clickable: they
// select the node) and the marked evidence of the relationship the reader was opened from.

export interface Mention {
  nodeId: string;
  label: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  mention: Mention | null;
  marked: boolean;
  anchor: string | null; // id of a measure whose text starts here (outline target)
}

/** Non-overlapping mentions: earlier first, the longer one where two start together. */
export function pickMentions(mentions: readonly Mention[], textLength: number): Mention[] {
  const sorted = mentions
    .filter((m) => m.start >= 0 && m.end > m.start && m.end <= textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const picked: Mention[] = [];
  let reach = 0;
  for (const m of sorted) {
    if (m.start < reach) continue;
    picked.push(m);
    reach = m.end;
  }
  return picked;
}

export function readerSegments(
  text: string,
  mentions: readonly Mention[],
  mark: { start: number; end: number } | null,
  anchors: readonly { id: string; start: number }[] = [],
): Segment[] {
  const picked = pickMentions(mentions, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of picked) cuts.add(m.start).add(m.end);
  const validMark = mark && mark.start >= 0 && mark.end > mark.start && mark.end <= text.length ? mark : null;
  if (validMark) cuts.add(validMark.start).add(validMark.end);
  const anchorAt = new Map<number, string>();
  for (const a of anchors) {
    if (a.start < 0 || a.start > text.length || anchorAt.has(a.start)) continue;
    anchorAt.set(a.start, a.id);
    cuts.add(a.start);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    while (mi < picked.length && picked[mi].end <= start) mi += 1;
    const m = picked[mi];
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      mention: m && m.start <= start && end <= m.end ? m : null,
      marked: validMark !== null && validMark.start <= start && end <= validMark.end,
      anchor: anchorAt.get(start) ?? null,
    });
  }
  return segments;
}
