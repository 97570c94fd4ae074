// The lines of a document as the header rules read them: cleaned of Markdown marks and of the
// spaces a PDF or a typesetter put between characters ("国 家 粮 食 应 急 预 案"), and the head: the
// lines before the body starts (its first numbered heading, 第一章/第一条, or a table of contents).
// A document flattened onto one line keeps its first HEAD_CHARS characters as the head. Pure.

export interface HeadLine {
  index: number; // line number in the text
  raw: string;
  clean: string;
}

const HEAD_LINES = 60;
const HEAD_CHARS = 400;
const CN_NUM = '[一二三四五六七八九十百零〇]';
const BODY_START = new RegExp(
  String.raw`^(?:#{1,6}\s*)?(?:${CN_NUM}{1,3}\s*[、.．]|第\s*(?:${CN_NUM}{1,4}|\d{1,3})\s*[编章节条]|[（(]${CN_NUM}{1,3}[)）]|目\s*录$|1\s*[\u3000\s]\s*总\s*则)`,
  'u',
);

/** Markdown heading marks, emphasis, and spaces between CJK characters removed; trimmed. */
export function cleanLine(s: string): string {
  return s
    .replace(/^#{1,6}\s*/u, '')
    .replace(/\*\*/gu, '')
    .replace(/([\u4e00-\u9fa5（）《》〈〉“”、]) +(?=[\u4e00-\u9fa5（）《》〈〉“”、])/gu, '$1')
    .replace(/([\u4e00-\u9fa5（）《》])[ \u00a0\u3000]+(?=[\u4e00-\u9fa5（）《》])/gu, '$1')
    .trim();
}

/** The head: lines before the body starts, at most HEAD_LINES; a long line is cut to HEAD_CHARS. */
export function headLines(text: string): HeadLine[] {
  const out: HeadLine[] = [];
  const lines = text.split('\n', HEAD_LINES);
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] ?? '').slice(0, HEAD_CHARS);
    const clean = cleanLine(raw);
    if (BODY_START.test(clean)) break;
    out.push({ index, raw, clean });
  }
  return out;
}

/** True for a line that is sentence text rather than a title, name or label. */
export function isSentence(s: string): boolean {
  return /[。；;！!？?]/u.test(s) || /[，,]/u.test(s);
}
