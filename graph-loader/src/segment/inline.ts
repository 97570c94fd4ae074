// Numbering inside running text: a document flattened onto one line (or one paragraph per part),
// an article glued after the previous sentence, a chapter heading running on into its first article.
// A marker inside a line starts a new (virtual) line only when it continues the expected sequence of
// its family (一、 after 一、 is 二、; （一） opens below a marker just seen), so that enumerations
// inside sentences do not become structure. Offsets stay those of the text.

import { gluedHeaderLength } from './columns.ts';
import { ATTACHMENT_RE, type Line } from './lines.ts';
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

  /** a 具体措施： block opens: its first item may start a family at 1 */
  openBlock(): void {
    this.lastFamily = 'block';
  }

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

function piece(line: Line, from: number, to: number, serial: Marker | null): Line {
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
    ...(serial ? { forced: { kind: 'heading' as const, marker: serial } } : {}),
  };
}

/** `inTable`: inside a table flattened without separators, whose group rows continue in any line. */
function cutsOf(line: Line, seq: Sequence, inTable: boolean): number[] {
  const flat = inTable || line.raw.length >= FLAT_LINE_MIN;
  // after "具体措施：" inside a line its items 1. 2. … (or (1) (2) …) continue as in a flattened text
  const block = flat ? -1 : blockStart(line.raw);
  const cuts: number[] = [];
  const re = flat ? FLAT_CANDIDATE_RE : CANDIDATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(line.raw); m; m = re.exec(line.raw)) {
    const at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex += 1;
    const marker = parseMarker(line.raw.slice(at, at + 120));
    const open = block >= 0 && at >= block && marker !== null && marker.shape !== 'di';
    if (open && cuts.length === 0 && marker.ordinal === 1) seq.openBlock();
    if (!marker || !seq.continues(marker, flat || open)) continue;
    // in a flattened text a paragraph starts after a sentence or a space, not after ；/：(a list)
    if (!open && marker.shape !== 'di' && LIST_BREAK_RE.test(m[0])) continue;
    // an article or chapter inside a line is set off by a space or a bracketed heading: "。第三十条规定的"
    // is a reference even where 第三十条 comes next
    if (marker.shape === 'di' && !DI_SET_OFF_RE.test(line.raw.slice(at + marker.number.length, at + marker.length + 1)))
      continue;
    seq.note(marker);
    cuts.push(line.start + at);
  }
  return cuts;
}

// in a table flattened without separators, a row starts with its 序号 glued to a short title that a
// whitespace run ends: 1企业投资项目承诺制改革 + U+3000 U+3000 + 山西开展…
const SERIAL_ROW_RE = /(?<![0-9０-９.％%])([0-9]{1,3})(?=[^。，；：:,;\s0-9]{2,40}[ \u3000\u00a0]{1,})/g;

function serialMarker(digits: string): Marker {
  const ordinal = Number.parseInt(digits, 10);
  return { style: 'serial', ordinal, number: digits, shape: 'serial', numeral: 'ar', length: digits.length };
}

/** Row cuts of a table flattened without separators (rows numbered 1, 2, 3 … across lines). */
function serialCuts(line: Line, table: { next: number }, from: number): { at: number; marker: Marker }[] {
  const cuts: { at: number; marker: Marker }[] = [];
  SERIAL_ROW_RE.lastIndex = from;
  for (let m = SERIAL_ROW_RE.exec(line.raw); m; m = SERIAL_ROW_RE.exec(line.raw)) {
    if (Number.parseInt(m[1], 10) !== table.next) continue;
    table.next += 1;
    cuts.push({ at: line.start + m.index, marker: serialMarker(m[1]) });
  }
  return cuts;
}

const LIST_BREAK_RE = /^[；;：:]$/;
const DI_SET_OFF_RE = /^(?:\s|[【（(［]|$)/;
const BLOCK_RE = /(?:具体措施|主要措施|工作措施|具体举措|主要举措|落实举措|工作举措|实施举措)[：:]/;

function blockStart(raw: string): number {
  const m = BLOCK_RE.exec(raw);
  return m ? m.index + m[0].length - 1 : -1; // the colon is the break before the first item
}

/** Lines with the numbering found inside them split into virtual lines at each accepted marker. */
export function splitInline(lines: Line[]): Line[] {
  let seq = new Sequence();
  let table: { next: number } | null = null;
  const out: Line[] = [];
  for (const line of lines) {
    if (line.blank) {
      out.push(line);
      continue;
    }
    if (ATTACHMENT_RE.test(line.raw)) {
      seq = new Sequence(); // an attachment numbers from 一、 again
      table = null;
    }
    const glued = gluedHeaderLength(line.raw);
    if (glued > 0) table = { next: 1 };
    const head = parseMarker(line.raw);
    if (head) seq.note(head);
    const afterHeader = glued > 0 ? parseMarker(line.raw.slice(glued, glued + 120)) : null;
    if (afterHeader) seq.note(afterHeader); // the first group row right after the header
    const cuts = cutsOf(line, seq, table !== null).map((at) => ({ at, marker: null as Marker | null }));
    if (table) cuts.push(...serialCuts(line, table, glued));
    if (glued > 0 && glued < line.raw.length) cuts.push({ at: line.start + glued, marker: null });
    cuts.sort((a, b) => a.at - b.at);
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    let from = line.start;
    let marker: Marker | null = null;
    for (const cut of cuts) {
      out.push(piece(line, from, cut.at, marker));
      from = cut.at;
      marker = cut.marker;
    }
    out.push(piece(line, from, line.end, marker));
  }
  return out;
}
