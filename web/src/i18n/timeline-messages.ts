// The timeline view's words in both languages (kept beside messages.ts so that views added at the
// same time do not edit one long dictionary). `en` must have exactly the keys of `zh`.
import type { Lang } from '../../../core/display.ts';

export const timelineZh = {
  viewTimeline: '时间线',
  groupBy: '按',
  groupZone: '片区',
  groupAgency: '牵头单位',
  groupPlan: '方案',
  manyZone: '片区',
  manyAgency: '牵头单位',
  manyPlan: '方案',
  planLane: '方案（未关联片区）',
  undated: '日期不详',
  asOf: '截至 {date}',
  until: '至 {date}',
  legendOverdue: '逾期',
  legendDue: '即将到期',
  legendAdopted: '采用（按方案日期）',
  legendSource: '所选措施所在方案',
  summaryDeadlines: '截至 {asOf}：{overdue} 项逾期，{due} 项将于 {until} 前到期，涉及 {lanes} 个{group}。',
  summaryDiffusion: '{reform}：{zones} 个片区采用{plans}，最早 {first}{undated}。',
  summaryPlans: '，另有 {n} 个未关联片区的方案',
  summaryUndated: '；{n} 个方案日期不详',
  summaryRows: '{lanes} 个{group}，{n} 项。',
  moreLanes: '另有 {n} 行未显示（可用参数缩小范围）。',
  markTitle: '{lane} · {date}：{n} 项',
  pickHint: '点击圆点把其措施加入画面。',
  noDates: '这些结果没有日期，无法画成时间线。',
} as const;

export type TimelineKey = keyof typeof timelineZh;

export const timelineEn: Record<TimelineKey, string> = {
  viewTimeline: 'Timeline',
  groupBy: 'By',
  groupZone: 'zone',
  groupAgency: 'lead agency',
  groupPlan: 'plan',
  manyZone: 'zones',
  manyAgency: 'lead agencies',
  manyPlan: 'plans',
  planLane: 'a plan (no zone linked)',
  undated: 'Undated',
  asOf: 'as of {date}',
  until: 'until {date}',
  legendOverdue: 'overdue',
  legendDue: 'due soon',
  legendAdopted: 'adopted (plan date)',
  legendSource: "the selected measure's plan",
  summaryDeadlines: 'As of {asOf}: {overdue} overdue, {due} due by {until}, across {lanes} {group}.',
  summaryDiffusion: '{reform}: taken up in {zones} zones{plans}, first on {first}{undated}.',
  summaryPlans: ' and {n} plans linked to no zone',
  summaryUndated: '; {n} plans undated',
  summaryRows: '{lanes} {group}, {n} items.',
  moreLanes: '{n} more rows not shown (narrow the question with its parameters).',
  markTitle: '{lane} · {date}: {n}',
  pickHint: 'Click a dot to add its measures to the scene.',
  noDates: 'These results carry no dates to draw as a timeline.',
};

export function timelineText(lang: Lang, key: TimelineKey, vars: Record<string, string | number> = {}): string {
  const template: string = lang === 'zh' ? timelineZh[key] : timelineEn[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
