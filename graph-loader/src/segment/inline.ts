// Numbering inside running text: a document flattened onto one line (or one paragraph per part),
// an article glued after the previous sentence, a chapter heading running on into its first article.
// A marker inside a line starts a new (virtual) line only when it continues the expected sequence of
// its family (一、 after 一、 is 二、; （一） opens below a marker just seen), so that enumerations
// inside sentences do not become structure. Offsets stay those of the text.

import type { Line } from './lines.ts';
import { type Marker, parseMarker } from './numbering.ts';

/** A line at least this long is a flattened document (or part): any family may continue inside it. */
export const FLAT_LINE_MIN = 1000;

const CN = '[一二三四五六七八九十百]{1,3}';
// a break (sentence end or a whitespace run) followed by something that looks like a marker
const CANDIDATE_RE = new RegExp(
  `(?:[。；;：:！!？?）)]|[ \\u00a0\\u2002\\u3000]+)(?=第[ \\u3000]*(?:${CN}|\\d{1,3})[ \\u3000]*[编章节条]|${CN}[、．﹒]|[（(](?:${CN}|\\d{1,2})[）)]|\\d{1,2}[．.、﹒](?!\\d)|[①-⑳])`,
  'g',
);
// in a flattened text a bracketed marker may also follow a heading title directly: 主要内容（一）…
const FLAT_CANDIDATE_RE = new RegExp(
  `${CANDIDATE_RE.source}|(?<=[\\u4e00-\\u9fa5])(?=[（(](?:${CN}|\\d{1,2})[）)])`,
  'g',
);

/** styles that open the numbering of a document */
const TOP_STYLES = new Set(['cn-dun', 'part', 'chapter', 'article']);

interface Seen {
  ordinal: number;
  at: number; // sequence number of the last marker of this family
}

class Sequence {
  private readonly last = new Map<string, Seen>();
  private count = 0;
  private lastFamily = '';

  note(marker: Marker): void {
    this.count += 1;
    this.last.set(marker.style, { ordinal: marker.ordinal, at: this.count });
    this.lastFamily = marker.style;
  }

  /** Does this marker continue its family, or open a family (at 1) below the marker just seen? */
  continues(marker: Marker, flat: boolean): boolean {
    const seen = this.last.get(marker.style);
    const strong = marker.shape === 'di';
    if (!flat && !strong) return false;
    if (seen && marker.ordinal === seen.ordinal + 1) return true;
    if (marker.ordinal !== 1) return false;
    // the first numbering of a flattened text opens with a top-level style
    if (this.lastFamily === '') return flat && TOP_STYLES.has(marker.style);
    // a family restarts (or opens) at 1 only right below a different family's marker
    return this.lastFamily !== '' && this.lastFamily !== marker.style && (!seen || seen.at < this.count);
  }
}

function piece(line: Line, from: number, to: number): Line {
  let start = from;
  let end = to;
  const at = (k: number): string => line.raw[k - line.start] ?? '';
  while (start < end && /\s/.test(at(start))) start += 1;
  while (end > start && /\s/.test(at(end - 1))) end -= 1;
  return {
    ...line,
    start,
    end,
    raw: line.raw.slice(start - line.start, end - line.start),
    blank: end <= start,
    hashes: start === line.start ? line.hashes : 0,
  };
}

function cutsOf(line: Line, seq: Sequence): number[] {
  const flat = line.raw.length >= FLAT_LINE_MIN;
  const cuts: number[] = [];
  const re = flat ? FLAT_CANDIDATE_RE : CANDIDATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(line.raw); m; m = re.exec(line.raw)) {
    const at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex += 1;
    const marker = parseMarker(line.raw.slice(at, at + 120));
    if (!marker || !seq.continues(marker, flat)) continue;
    seq.note(marker);
    cuts.push(line.start + at);
  }
  return cuts;
}

/** Lines with the numbering found inside them split into virtual lines at each accepted marker. */
export function splitInline(lines: Line[]): Line[] {
  const seq = new Sequence();
  const out: Line[] = [];
  for (const line of lines) {
    if (line.blank) {
      out.push(line);
      continue;
    }
    const head = parseMarker(line.raw);
    if (head) seq.note(head);
    const cuts = cutsOf(line, seq);
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    let from = line.start;
    for (const cut of cuts) {
      out.push(piece(line, from, cut));
      from = cut;
    }
    out.push(piece(line, from, line.end));
  }
  return out;
}
