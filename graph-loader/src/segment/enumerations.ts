// "一是…二是…三是…" enumerations inside a paragraph become child items: each runs from its marker to
// the next one (the last to the end of its paragraph). At least 一是 and 二是, in order, are needed.

import { chineseToNumber } from '../lang/chinese-numerals.ts';

export interface EnumItem {
  number: string; // "一是"
  start: number;
  end: number;
}

const MARKER_RE = /(^|[。；;！!？?：:，,\n\s])([一二三四五六七八九十]{1,2})是/g;

export function findEnumerations(text: string, start: number, end: number): EnumItem[] {
  const body = text.slice(start, end);
  const found: { ordinal: number; at: number; number: string }[] = [];
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(body); m; m = MARKER_RE.exec(body)) {
    const ordinal = chineseToNumber(m[2]);
    if (ordinal === null) continue;
    const expected = found.length + 1;
    if (ordinal !== expected) continue;
    found.push({ ordinal, at: m.index + m[1].length, number: `${m[2]}是` });
  }
  if (found.length < 2) return [];
  const items: EnumItem[] = [];
  found.forEach((f, i) => {
    const from = start + f.at;
    const next = found[i + 1];
    let to = next ? start + next.at : paragraphEnd(text, from, end);
    while (to > from && /\s/.test(text[to - 1])) to -= 1;
    items.push({ number: f.number, start: from, end: to });
  });
  return items;
}

function paragraphEnd(text: string, from: number, end: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > end ? end : nl;
}
