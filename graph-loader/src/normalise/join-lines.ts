// Joins lines that a PDF copy broke in mid-sentence. A PDF breaks lines at the page width, so such a
// copy has many lines of (nearly) the same display width; a line that reaches that width without
// ending a sentence continues on the next line, unless the next line starts a numbered item, a
// heading, a list item or a table row. Real paragraph breaks (blank lines), headings and table rows
// stay as they are; a document without a dominant line width is left alone.

/** Display width: CJK and full-width characters count 2, others 1. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    width += cp >= 0x1100 && !(cp >= 0xff61 && cp <= 0xffdc) ? 2 : 1;
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
    String.raw`^第[${NUMERAL}\d]{1,4}[章节条部分篇款项]`, // 第一章
    String.raw`^[${NUMERAL}]是`, // 一是
    String.raw`^(附件|附表|附录|表\s*\d|图\s*\d)`,
  ].join('|'),
);
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[。！？；：!?;:…][”’」』）)】〕》]*$/;

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

function continues(current: string, last: string, next: string, width: number): boolean {
  if (next === '' || current === '') return false;
  if (isTableRow(current) || current.startsWith('#') || isTableRow(next)) return false;
  if (ENDS_SENTENCE.test(current) || STARTS_ITEM.test(next)) return false;
  const lastWidth = displayWidth(last);
  if (last === current && isHeadingLike(last, lastWidth, width)) return false;
  return lastWidth >= width - Math.max(4, Math.round(width * 0.1));
}

/** Lines with mid-sentence breaks joined; returns the lines and how many joins were made. */
export function joinBrokenLines(lines: readonly string[]): { lines: string[]; joined: number } {
  const width = wrapWidth(lines);
  if (width === null) return { lines: [...lines], joined: 0 };
  const out: string[] = [];
  let joined = 0;
  let last = ''; // the last physical line of out's last entry
  for (const line of lines) {
    const current = out[out.length - 1];
    if (current !== undefined && continues(current, last, line, width)) {
      // Latin words broken at a line end lost their space; CJK text and numbers have none.
      const space = /[A-Za-z]$/.test(current) && /^[A-Za-z]/.test(line) ? ' ' : '';
      out[out.length - 1] = current + space + line;
      joined++;
    } else out.push(line);
    last = line;
  }
  return { lines: out, joined };
}
