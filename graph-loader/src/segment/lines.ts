// Splits the normalised text into lines with offsets and classifies each line: a numbered heading,
// an unnumbered Markdown heading, a labelled paragraph (产业招商：), a table caption or row, a footer
// line, or plain text. Offsets are JavaScript string indices into the text.

import { type Marker, markdownPrefix, parseMarker } from './numbering.ts';

export interface Line {
  index: number; // 0-based line number
  start: number; // offset of the first non-blank character (after Markdown '#'/'**')
  end: number; // offset after the last non-blank character
  raw: string; // text.slice(start, end)
  hashes: number; // Markdown heading level, 0 if none
  blank: boolean;
  /** set where the line was cut out of a longer one and its kind is already known (a table row) */
  forced?: LineKind;
}

export type LineKind =
  | { kind: 'heading'; marker: Marker }
  | { kind: 'md-heading'; level: number }
  | { kind: 'label'; label: string; labelEnd: number } // labelEnd: offset after "：" within raw
  | { kind: 'caption' }
  | { kind: 'row'; cells: Cell[] }
  | { kind: 'footer' }
  | { kind: 'text' };

export interface Cell {
  text: string;
  start: number; // absolute offsets
  end: number;
}

/** The lines of the last texts split: the segmenter and the structure report split the same text.
 *  The lines are read, never changed, by every caller. */
const recentLines = new Map<string, Line[]>();

export function splitLines(text: string): Line[] {
  const known = recentLines.get(text);
  if (known) return known;
  const lines = splitAll(text);
  if (recentLines.size >= 2) recentLines.delete(recentLines.keys().next().value as string);
  recentLines.set(text, lines);
  return lines;
}

function splitAll(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let index = 0;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const lineStart = m.index;
    const body = m[0].replace(/\r?\n$/, '');
    const lead = /^\s*/.exec(body)?.[0].length ?? 0;
    const md = markdownPrefix(body.slice(lead));
    const trail = /\s*$/.exec(body)?.[0].length ?? 0;
    const start = lineStart + lead + md.length;
    const end = Math.max(start, lineStart + body.length - trail);
    lines.push({ index, start, end, raw: text.slice(start, end), hashes: md.hashes, blank: end <= start });
    index += 1;
    if (re.lastIndex >= text.length) break;
  }
  return lines;
}

// Labels of paragraphs that are footers or page debris, never measure labels.
const FOOTER_RE =
  /^(主办|协办|督办|承办|抄送|抄报|发送|印发|附件|联系人|联系电话|打印本页|关闭窗口|来源|编稿时间|责任编辑)([：:]|$)/;
/** An attachment's own heading ("附件1", "附件 2："): its numbering starts again at level 1. */
export const ATTACHMENT_RE = /^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[：:]?$/;
const LABEL_RE = /^(?:\*\*)?([\u4e00-\u9fa5]{2,8})(?:\*\*)?[：:](?:\*\*)?/;
const NOT_LABELS = new Set(['注', '备注', '说明', '其中', '即', '例如', '包括', '目标', '要求']);
/** labels that only introduce a block of numbered items (具体措施：) */
export const BLOCK_LABELS =
  /^(具体措施|主要措施|工作措施|具体举措|主要举措|落实举措|工作举措|实施举措|重点任务|具体任务|主要任务)$/;
const CAPTION_RE = /^表\s*\d+\s/;

function cellsOf(line: Line): Cell[] {
  const parts: Cell[] = [];
  const sep = line.raw.includes('\t') ? '\t' : '|';
  let offset = line.start;
  for (const part of line.raw.split(sep)) {
    const lead = /^\s*/.exec(part)?.[0].length ?? 0;
    const trimmed = part.trim();
    parts.push({ text: trimmed, start: offset + lead, end: offset + lead + trimmed.length });
    offset += part.length + 1;
  }
  if (sep === '|') {
    // "| a | b |": drop the empty cells outside the outer pipes
    if (parts.length && parts[0].text === '') parts.shift();
    if (parts.length && parts[parts.length - 1].text === '') parts.pop();
  }
  return parts;
}

/** Each line's kind, classified once (a line is classified by the segmenter and the report). */
const kindOf = new WeakMap<Line, LineKind>();

export function classifyLine(line: Line): LineKind {
  let kind = kindOf.get(line);
  if (!kind) {
    kind = classifyOnce(line);
    kindOf.set(line, kind);
  }
  return kind;
}

function classifyOnce(line: Line): LineKind {
  const raw = line.raw;
  if (line.forced) return line.forced;
  if (line.blank) return { kind: 'text' };
  if (
    FOOTER_RE.test(raw) ||
    ATTACHMENT_RE.test(raw) ||
    /^-{3,}$/.test(raw) ||
    /^(当前位置|您当前的位置)[：:]/.test(raw)
  )
    return { kind: 'footer' };
  if (raw.includes('\t') || /^\|.*\|$/.test(raw)) {
    if (/^\|?[\s:|-]+\|?$/.test(raw)) return { kind: 'row', cells: [] }; // Markdown separator row
    return { kind: 'row', cells: cellsOf(line) };
  }
  if (CAPTION_RE.test(raw)) return { kind: 'caption' };
  const marker = parseMarker(raw);
  if (marker) return { kind: 'heading', marker };
  const label = LABEL_RE.exec(raw);
  // "具体措施：" alone introduces the items below it: they belong to the heading above, not to it
  if (label && BLOCK_LABELS.test(label[1]) && label[0].length === raw.length) return { kind: 'text' };
  if (label && !NOT_LABELS.has(label[1])) return { kind: 'label', label: label[1], labelEnd: label[0].length };
  if (line.hashes > 0) return { kind: 'md-heading', level: line.hashes };
  return { kind: 'text' };
}
