// Names in a list of bodies, with offsets: "工业和信息化部、发展改革委、科技部等" → three names;
// "国家发展改革委及国家粮食局" → two; "扶贫办、全国总工会等和各省级人民政府" → two names and a
// collective. A joiner (和/及/与/以及/或者) splits only where the left side ends like a body
// (工业和信息化部 stays whole). Trailing noise (等, 等有关部门) and the person behind a body
// (主要负责人) are cut off. Pure string work.

import { NOISE, alternation, hasBodyEnding, isCollectiveName } from './vocabulary.ts';

export interface NameSpan {
  raw: string; // the name as written, noise removed
  start: number; // absolute offsets into the text
  end: number;
  collective: boolean; // 各地区, 有关部门 …: named, but no one body
  /** the body the words stand for, where they are a function word of a list closed by 等部门:
   *  海事 in "海关、海事、税务等部门" → 海事部门 */
  as?: string;
}

const SEPARATOR_RE = new RegExp(`[${NOISE.separators.join('')}\\s\\u3000]+`, 'u');
const JOINER_RE = new RegExp(`(?:${alternation(NOISE.joiners)})`, 'gu');
const TRAILING_RE = new RegExp(`(?:${alternation(NOISE.trailing)})$`, 'u');
const PERSON_RE = new RegExp(`(?:${alternation(NOISE.persons)})$`, 'u');
const PREFIXES_ONLY = new Set(NOISE.prefixesOnly);
const LEADING_RE = new RegExp(`^(?:${alternation(NOISE.leading)})`, 'u');

/** Cuts noise off both ends of [start, end): returns the trimmed span. */
function trimNoise(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    const body = text.slice(s, e);
    const tail = TRAILING_RE.exec(body) ?? PERSON_RE.exec(body);
    const head = LEADING_RE.exec(body);
    if (tail && tail[0].length < body.length) e -= tail[0].length;
    else if (head && head[0].length < body.length) s += head[0].length;
    else break;
  }
  return [s, e];
}

/** Splits one separator-free piece at joiners whose left side ends like a body. */
function splitJoined(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const piece = text.slice(start, end);
  let from = 0;
  JOINER_RE.lastIndex = 0;
  for (let m = JOINER_RE.exec(piece); m; m = JOINER_RE.exec(piece)) {
    const left = piece.slice(from, m.index).replace(TRAILING_RE, '');
    if (left.length >= 2 && !PREFIXES_ONLY.has(left) && (hasBodyEnding(left) || isCollectiveName(left))) {
      out.push([start + from, start + m.index]);
      from = m.index + m[0].length;
    }
  }
  out.push([start + from, end]);
  return out;
}

/** The names of a list in text[start, end), in order. */
export function splitNames(text: string, start: number, end: number): NameSpan[] {
  const names: NameSpan[] = [];
  const body = text.slice(start, end);
  let at = 0;
  for (const part of body.split(SEPARATOR_RE)) {
    const partStart = body.indexOf(part, at);
    at = partStart + part.length;
    if (part === '') continue;
    for (const [s0, e0] of splitJoined(text, start + partStart, start + at)) {
      const [s, e] = trimNoise(text, s0, e0);
      if (e - s < 2) continue;
      const raw = text.slice(s, e);
      names.push({ raw, start: s, end: e, collective: isCollectiveName(raw) });
    }
  }
  return names;
}
