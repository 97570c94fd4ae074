// Web-page, export and PDF debris: lines that are navigation, page tools, page metadata, export
// headers (北大法宝), comment markers (<!-- INFO END -->), page numbers, Markdown rules, and inline
// Word bookmarks. YAML front matter and leading quote lines are recognised as blocks (index.ts). Patterns are written for simplified text (normalisation
// converts traditional characters first). An official document's distribution footer (主办/抄送/印发)
// is not debris: it is part of the document and stays in its text.

import { isExportHeaderLine } from '../lang/metadata.ts';

export type DebrisKind =
  | 'breadcrumb'
  | 'page-tool'
  | 'page-meta'
  | 'page-number'
  | 'rule'
  | 'bookmark'
  | 'duplicate'
  | 'front-matter'
  | 'export-header'
  | 'quote'
  | 'marker';

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

const PAGE_NUMBER = [
  /^[-－—–~～]\s*\d{1,4}\s*[-－—–~～]$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}\s*页$/,
];
const RULE = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|[—━─＿]{3,})$/;

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
const MARKER = /^<!--[^\n]{0,200}?-->$/;

/** Page chrome is short: a line longer than this is content whatever it starts with (a plan saved
 *  on one line starts with its page's breadcrumb and must not be dropped as one). */
export const MAX_DEBRIS_LINE = 200;

/** The kind of debris a trimmed line is, or null for content. */
export function classifyLine(line: string): DebrisKind | null {
  if (line === '' || line.length > MAX_DEBRIS_LINE) return null;
  if (BREADCRUMB.test(line) || HOME_TRAIL.test(line)) return 'breadcrumb';
  if (line.length <= 80 && PAGE_TOOLS.test(line)) return 'page-tool';
  if (isPageMeta(line)) return 'page-meta';
  if (isExportHeaderLine(line)) return 'export-header';
  if (MARKER.test(line)) return 'marker';
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

/** Removes inline Word bookmarks ("[bookmark: _GoBack]"); returns the line and what it dropped. */
export function stripBookmarks(line: string): { line: string; dropped: string[] } {
  const dropped = line.match(BOOKMARK);
  if (!dropped) return { line, dropped: [] };
  return { line: line.replace(BOOKMARK, ''), dropped };
}
