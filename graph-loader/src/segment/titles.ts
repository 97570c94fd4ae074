// Titles of raw nodes and the vocabulary that decides what a heading is: background (现状, 指导思想,
// 目标 …), a transparent grouping heading (落实举措), or a target heading (评估目标).

import { DEADLINE_LABEL_ALT, FIELD_LABEL_ALT } from '../grammar/vocabulary.ts';
import type { RawNode } from './tree.ts';

export const TITLE_MAX = 80;
const TITLE_LOOKAHEAD = 400;

/** Short headings with these words describe, they do not commit anyone: structure, not measures. */
const BACKGROUND_RE =
  /现状|形势|背景|指导思想|基本原则|原则|目标|总体要求|思路|定位|布局|基础|意义|情况|指标|愿景|总则|概况|问题|短板|规划范围|发展环境|机遇|挑战/;
const BACKGROUND_TITLE_MAX = 16;

/** Grouping headings inside a task whose items belong to the task itself. */
const TRANSPARENT_RE =
  /^(落实举措|具体举措|主要举措|工作举措|具体措施|主要措施|工作措施|重点任务|具体任务|实施举措)[。.:：]?$/;
/** Headings inside a task whose paragraph is the task's target, not a measure. */
const TARGET_RE = /^(评估目标|预期目标|工作目标|预期成效|考核目标|评估指标|预期效果)[。.:：]?$/;

/** a bracketed assignment or deadline closing a heading: （责任单位：X） (落实时间：2021年底前) */
const CLAUSE_TAIL_RE = new RegExp(
  `[（(][^（）()]*(?:单位|${FIELD_LABEL_ALT}|${DEADLINE_LABEL_ALT}|排第一)[^（）()]*[）)]?\\s*$`,
  'u',
);
/** a weight or score carried by a heading: （20分） (权重30%) 【15分】 */
const WEIGHT_RE = /[（(【[](?:权重|分值|满分)?[：:]?\s*\d+(?:\.\d+)?\s*(?:分|%|％)[）)】\]]$/;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function firstSentence(s: string, stops = /[。；;！!？?]/): string {
  let t = s;
  const stop = t.search(stops);
  if (stop >= 0) t = t.slice(0, stop);
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(CLAUSE_TAIL_RE, '').trimEnd().replace(WEIGHT_RE, '');
  }
  t = clean(t.replace(/[：:，,]$/, ''));
  return t.length > TITLE_MAX ? t.slice(0, TITLE_MAX) : t;
}

function stripEmphasis(s: string): string {
  return s.replace(/\*\*/g, '');
}

export function headingText(n: RawNode): string {
  const raw = n.line.raw;
  return n.marker ? raw.slice(n.marker.length) : raw;
}

export function titleOf(n: RawNode, text: string): string {
  switch (n.role) {
    case 'label':
      return n.label;
    case 'group':
      return firstSentence(n.label);
    case 'project':
      return firstSentence(stripEmphasis(n.line.raw));
    case 'table':
      return /\t|^\|/.test(n.line.raw) ? n.cells.map((c) => c.text).join(' | ') : clean(n.line.raw);
    case 'row':
      return rowTitle(n);
    case 'enum':
      return firstSentence(text.slice(n.start + 2, n.end).replace(/^[，,：:\s]+/, ''), /[。；;！!？?，,]/);
    case 'md-heading':
      return firstSentence(stripEmphasis(n.line.raw));
    default: {
      // "第 1 条" alone on its line: its title is the first sentence of its text
      const own = firstSentence(headingText(n));
      const bodyEnd = Math.min(n.children[0]?.start ?? n.end, n.end, n.headEnd + TITLE_LOOKAHEAD);
      return own !== '' || bodyEnd <= n.headEnd ? own : firstSentence(text.slice(n.headEnd, bodyEnd).trim());
    }
  }
}

/** The title of a table cell (a row's measure text). */
export function cellTitle(text: string): string {
  return firstSentence(text);
}

function rowTitle(n: RawNode): string {
  const named = n.cells.find((c, i) => i > 0 && c.text.length > 1 && !/^\d+$/.test(c.text));
  return firstSentence(named?.text ?? n.cells[0]?.text ?? '');
}

export function isBackgroundTitle(title: string): boolean {
  return title.length <= BACKGROUND_TITLE_MAX && BACKGROUND_RE.test(title);
}

export function isTransparentTitle(title: string): boolean {
  return TRANSPARENT_RE.test(title);
}

export function isTargetTitle(title: string): boolean {
  return TARGET_RE.test(title);
}

/** The full heading text of a numbered heading (for matching 落实举措 / 评估目标 with punctuation). */
export function bareHeading(n: RawNode): string {
  return clean(clean(stripEmphasis(headingText(n))).replace(WEIGHT_RE, ''));
}
