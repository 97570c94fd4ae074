// Joins lines that a PDF copy broke in mid-sentence. A PDF breaks lines at the page width, so such a
// copy has many lines of (nearly) the same display width; a line that reaches that width without
// ending a sentence continues on the next line, unless the next line starts a numbered item, a
// heading, a list item or a table row. Real paragraph breaks (blank lines), headings and table rows
// stay as they are; a document without a dominant line width is left alone.

/** Display width: CJK and full-width characters count 2, others 1. */
export function displayWidth(line: string): number {
  let width = 0;
  // by code point without a string per character: a surrogate pair (≥ U+10000) is one wide
  // character, as its high surrogate (≥ U+1100) alone would be
  for (let i = 0; i < line.length; i++) {
    const cp = line.charCodeAt(i);
    width += cp >= 0x1100 && !(cp >= 0xff61 && cp <= 0xffdc) ? 2 : 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < line.length) {
      const lo = line.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) i++;
    }
  }
  return width;
}

const NUMERAL = '一二三四五六七八九十百零〇';
const STARTS_ITEM = new RegExp(
  [
    String.raw`^#{1,6}\s`, // Markdown heading
    String.raw`^[|｜]`, // Markdown table row
    String.raw`^[-*+•·]\s`, // list item
    String.raw`^\d{1,3}\s*[.．、)）](?!\d)`, // 1． 1. 1、 1)
    String.raw`^[（(]\s*[${NUMERAL}\d]{1,4}\s*[)）]`, // （一） (1)
    String.raw`^[${NUMERAL}]{1,3}\s*[、．.]`, // 一、
    String.raw`^[①-⑳⑴-⒇⒈-⒛]`, // ① ⑴ ⒈
    String.raw`^第[${NUMERAL}\d]{1,4}[章节節条條部分篇款项項]`, // 第一章 (simplified or traditional)
    String.raw`^[${NUMERAL}]是`, // 一是
    String.raw`^(附件|附表|附录|附錄|表\s*\d|[图圖]\s*\d)`,
  ].join('|'),
);
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. A colon at the end
 *  of a full line is not final: "(牵头单位:市市场监管局  责任单位:" goes on on the next line. */
const ENDS_SENTENCE = /[。！？；!?;…][”’」』）)】〕》]*$/;

function isTableRow(line: string): boolean {
  return line.includes('\t') || /^[|｜]/.test(line);
}

/** The dominant width of long lines, if the text has one (a PDF copy); null otherwise. */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths: number[] = [];
  for (const line of lines) {
    if (line === '' || isTableRow(line) || line.startsWith('#')) continue;
    const w = displayWidth(line);
    if (w >= 30) widths.push(w);
  }
  if (widths.length < 3) return null;
  const histogram = new Map<number, number>();
  for (const w of widths) histogram.set(w, (histogram.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const w of histogram.keys()) {
    let count = 0;
    for (let d = 0; d <= 3; d++) count += histogram.get(w - d) ?? 0; // lines of width w−3 … w
    if (count > bestCount || (count === bestCount && w > best)) [best, bestCount] = [w, count];
  }
  return bestCount >= 3 && bestCount >= widths.length * 0.25 ? best : null;
}

/** A line short of the full width with no punctuation inside is a heading or a title, not a wrap. */
function isHeadingLike(line: string, lineWidth: number, width: number): boolean {
  return lineWidth <= width - 2 && !/[，。；：、,;:]/.test(line);
}

interface Layout {
  width: number; // the wrap width
  /** paragraphs start indented (全角 spaces): an indented line starts one, a flush line continues */
  indentation: boolean;
}

interface Step {
  current: string; // the joined line so far
  last: string; // its last physical line
  lastWidth: number; // that line's display width, indentation included
  next: string;
  nextIndent: number;
}

function continues({ current, last, lastWidth, next, nextIndent }: Step, layout: Layout): boolean {
  if (next === '' || current === '') return false;
  if (isTableRow(current) || current.startsWith('#') || isTableRow(next) || STARTS_ITEM.test(next)) return false;
  if (layout.indentation && nextIndent > 0) return false;
  if (last === current && isHeadingLike(last, lastWidth, layout.width)) return false;
  if (lastWidth < layout.width - Math.max(4, Math.round(layout.width * 0.1))) return false;
  if (!ENDS_SENTENCE.test(current)) return true;
  // A full line that ends a sentence continues only where indentation marks paragraph starts.
  return layout.indentation && !isHeadingLike(next, displayWidth(next), layout.width);
}

/** English words broken at a line end lost their space; CJK text, numbers and a Latin acronym inside
 *  CJK text ("充分发挥PP|P模式") have none. */
function joiner(current: string, next: string): string {
  const run = /(^|[^A-Za-z])[A-Za-z]+$/.exec(current);
  if (!run || !/^[A-Za-z]/.test(next)) return '';
  const before = (run[1] ?? '').codePointAt(0) ?? 0;
  return before >= 0x2e80 ? '' : ' ';
}

/** Indentation marks paragraph starts when a fair share of the lines are indented. */
function usesIndentation(lines: readonly string[], indents: readonly number[]): boolean {
  let text = 0;
  let count = 0;
  lines.forEach((line, i) => {
    if (line === '' || isTableRow(line)) return;
    text++;
    if ((indents[i] ?? 0) > 0) count++;
  });
  return count >= 3 && count >= text * 0.02 && count <= text * 0.7;
}

/** Lines with mid-sentence breaks joined; returns the lines and how many joins were made. `indents`
 *  gives the display width of each line's leading whitespace before trimming (paragraph starts are
 *  indented in many PDF copies); absent means no line was indented. */
export function joinBrokenLines(
  lines: readonly string[],
  indents: readonly number[] = [],
): { lines: string[]; joined: number } {
  const width = wrapWidth(lines);
  if (width === null) return { lines: [...lines], joined: 0 };
  const layout: Layout = { width, indentation: usesIndentation(lines, indents) };
  const out: string[] = [];
  let joined = 0;
  let last = ''; // the last physical line of out's last entry
  let lastWidth = 0;
  lines.forEach((line, i) => {
    const current = out[out.length - 1];
    const indent = indents[i] ?? 0;
    if (current !== undefined && continues({ current, last, lastWidth, next: line, nextIndent: indent }, layout)) {
      out[out.length - 1] = current + joiner(current, line) + line;
      joined++;
    } else out.push(line);
    last = line;
    lastWidth = indent + displayWidth(line);
  });
  return { lines: out, joined };
}
