// Words of the understanding report panel: how a deadline is stated, what kind of span was not
// understood, and the panel's size toggle.
import type { Lang } from '../../../core/display.ts';

type Names = Record<string, { zh: string; en: string }>;

export const DEADLINE_KIND_NAMES: Names = {
  date: { zh: '日期', en: 'date' },
  period: { zh: '期间', en: 'period' },
  from: { zh: '起始', en: 'from' },
  recurring: { zh: '周期', en: 'recurring' },
  continuous: { zh: '持续', en: 'continuous' },
  text: { zh: '其他', en: 'other' },
};

export const UNREAD_KIND_NAMES: Names = {
  tag: { zh: '标注', en: 'tag' },
  marker: { zh: '编号', en: 'marker' },
  skipped: { zh: '略过', en: 'skipped' },
  agency: { zh: '单位', en: 'agency' },
  unresolved: { zh: '未识别单位', en: 'unresolved body' },
  unplaced: { zh: '属地不明', en: 'no place' },
};

export const REPORT_WORDS: Names = {
  expand: { zh: '展开', en: 'Expand' },
  shrink: { zh: '收起', en: 'Shrink' },
};

export function reportName(lang: Lang, table: Names, key: string): string {
  return table[key]?.[lang] ?? key;
}
