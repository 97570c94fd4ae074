// Web-page and PDF debris: lines that are navigation, page tools, page metadata, page numbers,
// Markdown rules or the document's distribution footer, and inline Word bookmarks. Patterns are
// written for simplified text (normalisation converts traditional characters first).

export type DebrisKind = 'breadcrumb' | 'page-tool' | 'page-meta' | 'page-number' | 'rule' | 'footer' | 'bookmark' | 'duplicate';

export interface Dropped {
  kind: DebrisKind;
  text: string;
}

const BREADCRUMB = /^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在位置|所在位置|当前页面)\s*[:：]/;
const HOME_TRAIL = /^首页\s*(>|＞|»|›|→|\/)\s*\S/;

/** Page tools, alone or several on a line: 打印本页, 关闭窗口, 【字体：大 中 小】, 返回顶部, 上一篇… */
const TOOL = String.raw`(打印本页|打印此页|我要打印|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|返回|收藏本页|加入收藏|收藏|分享到\s*[:：]?|分享|保存本页|保存|(字体|字号)\s*[:：]?\s*[【\[]?\s*大\s*中\s*小\s*[】\]]?|大\s*中\s*小|默认|纠错|扫一扫[^【】\[\]]*|(上|下)一篇\s*[:：].*|(上|下)一篇)`;
const PAGE_TOOLS = new RegExp(String.raw`^(?:[【\[〖(（]?\s*${TOOL}\s*[】\]〗)）]?\s*[|｜/／·•]?\s*)+$`);

const META_LABEL = String.raw`(来源|信息来源|文章来源|发布时间|发布日期|编稿时间|更新时间|成文日期|作者|浏览次数|浏览量|浏览|点击数|点击量|点击|访问量|阅读量|阅读次数|阅读|责任编辑|编辑|发布机构|发布者|字号)`;
const META_START = new RegExp(String.raw`^${META_LABEL}\s*[:：]`);
const META_ANY = new RegExp(String.raw`${META_LABEL}\s*[:：]`, 'g');
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}/;

const PAGE_NUMBER = [/^[-－—–~～]\s*\d{1,4}\s*[-－—–~～]$/, /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/, /^\d{1,4}\s*[/／]\s*\d{1,4}\s*页$/];
const RULE = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|[—━─＿]{3,})$/;

/** Distribution footer of an official document: 主办/抄送/印发 lines and what follows them. */
const FOOTER_START = /^(主办|协办|督办|承办|抄送|抄报|分送|发送|印发)(单位|机关)?\s*[:：]|^\S{2,30}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;
/** The footer is looked for among the last lines only, where it sits. */
const FOOTER_WINDOW = 40;

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;

/** The kind of debris a trimmed line is, or null for content. */
export function classifyLine(line: string): DebrisKind | null {
  if (line === '') return null;
  if (BREADCRUMB.test(line) || HOME_TRAIL.test(line)) return 'breadcrumb';
  if (line.length <= 80 && PAGE_TOOLS.test(line)) return 'page-tool';
  if (isPageMeta(line)) return 'page-meta';
  if (PAGE_NUMBER.some((re) => re.test(line))) return 'page-number';
  if (RULE.test(line)) return 'rule';
  return null;
}

/** 编稿时间: 2021-01-19 19:28 来源: 岳阳市商务粮食局 浏览: */
function isPageMeta(line: string): boolean {
  if (line.length > 120 || !META_START.test(line)) return false;
  const labels = line.match(META_ANY)?.length ?? 0;
  return labels >= 2 || DATE.test(line) || /[:：]\s*$/.test(line);
}

/** Indices of the footer block: from the first footer line among the last non-blank lines to the end
 *  (short lines only: a long paragraph after it means it was not the footer). */
export function footerLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const nonBlank: number[] = [];
  for (let i = lines.length - 1; i >= 0 && nonBlank.length < FOOTER_WINDOW; i--) if (lines[i] !== '') nonBlank.push(i);
  nonBlank.reverse();
  const at = nonBlank.findIndex((i) => FOOTER_START.test(lines[i] ?? ''));
  if (at === -1) return found;
  // "郑州市人民政府办公厅" on the line before "2018年10月16日印发" belongs to the footer too.
  const before = nonBlank[at - 1];
  const issuingOffice = before !== undefined && /印发$/.test(lines[nonBlank[at] ?? 0] ?? '') && /^[^\s，。；：,;:]{2,30}$/.test(lines[before] ?? '');
  const start = issuingOffice ? before : (nonBlank[at] ?? 0);
  const block = nonBlank.filter((i) => i >= start);
  if (block.some((i) => (lines[i] ?? '').length > 100 && !FOOTER_START.test(lines[i] ?? ''))) return found;
  for (const i of block) found.add(i);
  return found;
}

/** Removes inline Word bookmarks ("[bookmark: _GoBack]"); returns the line and what it dropped. */
export function stripBookmarks(line: string): { line: string; dropped: string[] } {
  const dropped = line.match(BOOKMARK);
  if (!dropped) return { line, dropped: [] };
  return { line: line.replace(BOOKMARK, ''), dropped };
}
