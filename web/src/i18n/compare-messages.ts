// The words of the cross-plan views (zones side by side, agencies across plans) in both languages.
// Kept beside messages.ts so the views can grow without crowding the shared dictionary.
import type { Lang } from '../../../core/display.ts';

const TEXT = {
  tab: { zh: '跨方案', en: 'Across plans' },
  zonesTitle: { zh: '片区对比', en: 'Zones side by side' },
  agenciesTitle: { zh: '跨方案单位', en: 'Agencies across plans' },
  zonesHint: {
    zh: '选择 2–4 个片区（各含下级区域），并列比较产业、改革举措、牵头单位、措施数和到期时限。',
    en: 'Pick 2–4 zones (each with its sub-zones) to compare industries, instruments, lead agencies, measure counts and deadlines.',
  },
  agenciesHint: {
    zh: '出现在不止一个方案中的单位，及其在各方案、各片区牵头、配合和参与的措施数。',
    en: 'Bodies that appear in more than one plan, with the measures they lead, support or take part in per plan and zone.',
  },
  addZone: { zh: '添加片区', en: 'Add a zone' },
  removeZone: { zh: '移除', en: 'Remove' },
  compare: { zh: '对比', en: 'Compare' },
  show: { zh: '查看', en: 'Show' },
  close: { zh: '关闭', en: 'Close' },
  needTwo: { zh: '至少选择两个片区。', en: 'Pick at least two zones.' },
  atMostFour: { zh: '最多对比四个片区。', en: 'At most four zones.' },
  differencesOnly: { zh: '只看差异', en: 'Differences only' },
  legendPartial: { zh: '仅部分片区有', en: 'in some zones only' },
  legendDiffers: { zh: '数量不同', en: 'counts differ' },
  showAll: { zh: '显示全部 {n} 项', en: 'Show all {n}' },
  showFewer: { zh: '收起', en: 'Show fewer' },
  addToScene: { zh: '加入画面', en: 'Add to scene' },
  addAllToScene: { zh: '全部加入画面', en: 'Add all to scene' },
  addedHint: { zh: '点击名称把节点加入画面。', en: 'Click a name to add its node to the scene.' },
  minPlans: { zh: '至少出现在几个方案中', en: 'Appears in at least … plans' },
  nothing: { zh: '没有符合条件的结果。', en: 'Nothing matches.' },
  running: { zh: '正在查询…', en: 'Running…' },
  failed: { zh: '查询失败：{message}', en: 'The query failed: {message}' },
  agenciesCount: { zh: '{n} 个单位', en: '{n} agencies' },
  rowsShownOf: { zh: '显示 {shown} / {total} 行', en: '{shown} of {total} rows shown' },
  total: { zh: '合计', en: 'Total' },
  noZone: { zh: '（未定位片区）', en: '(no zone)' },
  inZones: { zh: '出现片区', en: 'In zones' },
  // section names of the matrix
  'aspect:count': { zh: '措施数', en: 'Measures' },
  'aspect:due year': { zh: '按年度到期', en: 'Falling due by year' },
  'aspect:industry': { zh: '产业', en: 'Industries' },
  'aspect:instrument': { zh: '改革举措（采用的政策）', en: 'Instruments (policies adopted)' },
  'aspect:lead agency': { zh: '牵头单位', en: 'Lead agencies' },
  'count:measures': { zh: '全部措施', en: 'All measures' },
  'count:with a lead': { zh: '有牵头单位', en: 'With a lead agency' },
  'count:with a deadline': { zh: '有完成时限', en: 'With a deadline' },
  // headers of the agencies table
  'col:agency': { zh: '单位', en: 'Agency' },
  'col:plans': { zh: '方案数', en: 'Plans' },
  'col:plan': { zh: '方案', en: 'Plan' },
  'col:zone': { zh: '片区', en: 'Zone' },
  'col:leads': { zh: '牵头', en: 'Leads' },
  'col:supports': { zh: '配合', en: 'Supports' },
  'col:involved': { zh: '参与', en: 'Involved' },
} satisfies Record<string, { zh: string; en: string }>;

export type CompareKey = keyof typeof TEXT;

export function compareText(lang: Lang, key: CompareKey, vars: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The same text in the other language (for two-language headers). */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function isCompareKey(key: string): key is CompareKey {
  return key in TEXT;
}
