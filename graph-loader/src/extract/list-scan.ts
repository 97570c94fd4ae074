// Lists closed by 等(多个/相关/有关/职能)部门/单位 — "联合公安、市场监管等部门" — found in linear time.
// The matches are exactly those of LIST_RE used with exec and the g flag (leftmost start, greedy
// items, the longest list that closes), but without its backtracking: the regex scans a long list
// that no 等部门 closes once from every start, which takes time quadratic in the list's length.
// Items are the runs of CJK characters between 、; a list is items of 2–6 characters joined by 、
// (the first may be the last 2–6 characters of a longer run) and a last item of which 2–6 leading
// characters are followed by the closing words.

export const LIST_RE = /((?:[\u4e00-\u9fa5]{2,6}、)+[\u4e00-\u9fa5]{2,6})等(?:多个?|相关|有关|职能)?(?:部门|单位)/g;
const CLOSER_RE = /等(?:多个?|相关|有关|职能)?(?:部门|单位)/y;
const SEPARATOR = '、';
const CLOSER_FIRST = '等'.charCodeAt(0);
const MIN_ITEM = 2;
const MAX_ITEM = 6;

export interface ListMatch {
  /** where the list starts */
  index: number;
  /** the list: items joined by 、 (what LIST_RE captures) */
  list: string;
  /** where the match ends (after 等…部门) */
  end: number;
}

interface Item {
  start: number;
  end: number;
  /** 、 follows, then the next item */
  linked: boolean;
  /** the end of the list part when 2–6 leading characters are followed by the closing words */
  closesAt: number;
  closerEnd: number;
}

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

/** The longest 2–6 leading characters of the run that the closing words follow. */
function closing(text: string, start: number, end: number): { closesAt: number; closerEnd: number } {
  for (let f = Math.min(MAX_ITEM, end - start - 1); f >= MIN_ITEM; f--) {
    if (text.charCodeAt(start + f) !== CLOSER_FIRST) continue; // what CLOSER_RE opens with
    CLOSER_RE.lastIndex = start + f;
    if (CLOSER_RE.test(text) && CLOSER_RE.lastIndex <= end)
      return { closesAt: start + f, closerEnd: CLOSER_RE.lastIndex };
  }
  return NO_CLOSER;
}
/** shared (spread into each item, never changed) */
const NO_CLOSER = { closesAt: -1, closerEnd: -1 } as const;

function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < text.length;) {
    if (!isCjk(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isCjk(text.charCodeAt(end))) end++;
    const linked = text[end] === SEPARATOR && end + 1 < text.length && isCjk(text.charCodeAt(end + 1));
    items.push({ start: i, end, linked, ...closing(text, i, end) });
    i = end;
  }
  return items;
}

/** For each item, the furthest item that closes a list continued from it (through items of 2–6
 *  characters each followed by 、), or -1. */
function furthestClosers(items: Item[]): number[] {
  const furthest = new Array<number>(items.length + 1).fill(-1);
  for (let i = items.length - 1; i >= 0; i--) {
    const { start, end, linked, closesAt } = items[i];
    const passes = linked && end - start >= MIN_ITEM && end - start <= MAX_ITEM;
    furthest[i] = passes && furthest[i + 1] !== -1 ? furthest[i + 1] : closesAt !== -1 ? i : -1;
  }
  return furthest;
}

/** Every list of the text, in order, as LIST_RE's successive matches would give them. */
export function findLists(text: string): ListMatch[] {
  const items = itemsOf(text);
  const furthest = furthestClosers(items);
  const lists: ListMatch[] = [];
  let from = 0;
  for (let i = 0; i < items.length; i++) {
    const { end, linked } = items[i];
    const start = Math.max(items[i].start, from);
    if (!linked || end - start < MIN_ITEM || furthest[i + 1] === -1) continue;
    const last = items[furthest[i + 1]];
    const index = start + Math.max(0, end - start - MAX_ITEM);
    lists.push({ index, list: text.slice(index, last.closesAt), end: last.closerEnd });
    from = last.closerEnd;
    i = furthest[i + 1] - 1; // the next list may start in the rest of the closing item
  }
  return lists;
}
