// 评估目标: the paragraph under a task's "2.评估目标。" heading becomes the task's `target` property.
// The segmenter keeps that heading out of the measure hierarchy; this finds its text in the task.

export interface Target {
  target: string;
  start: number;
  end: number;
}

const TARGET_HEAD_RE =
  /(?:^|\n)\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]、)?\s*(?:评估目标|预期目标|工作目标|预期成效|考核目标|评估指标|预期效果)[。.:：]?\s*(?=\n|$)/;

/** The target paragraph inside a segment's own span [start, end) of text, if it has one. */
export function findTarget(text: string, start: number, end: number): Target | null {
  const body = text.slice(start, end);
  const m = TARGET_HEAD_RE.exec(body);
  if (!m) return null;
  let s = start + m.index + m[0].length;
  let e = end;
  // the target runs to the next numbered line or the end of the span
  const next = /\n\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])/.exec(text.slice(s, e));
  if (next) e = s + next.index;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /\s/.test(text[e - 1])) e -= 1;
  if (e <= s) return null;
  return { target: text.slice(s, e), start: s, end: e };
}
