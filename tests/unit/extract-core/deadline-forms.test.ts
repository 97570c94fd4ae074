import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyDeadline,
  findTagDeadlines,
  findTextDeadlines,
} from '../../../graph-loader/src/extract/deadline-forms.ts';

type Row = [string, string | null, string | null, string | null]; // text, deadlineText, kind, dueDate

// sentences of the development corpus (39, 18, 35, 22, 23, 28) and the seeds, as written
const PROSE: Row[] = [
  [
    '（三）抓紧开展环境保护大检查。2015年底前，地方各级人民政府要组织开展一次环境保护全面排查',
    '2015年底前',
    'date',
    '2015-12-31',
  ],
  ['监管网格划分方案要于2015年底前报上一级人民政府备案，并向社会公开。', '2015年底前', 'date', '2015-12-31'],
  ['2015年6月底前，地方各级人民政府要全面清理、废除阻碍环境监管执法的“土政策”', '2015年6月底前', 'date', '2015-06-30'],
  ['于2018年12月31日前报送国务院办公厅。', '2018年12月31日前', 'date', '2018-12-31'],
  ['自2015年起，市级以上环境保护部门要对下级环境监管执法工作进行稽查。', '自2015年起', 'from', null],
  ['(三)2021年起，全面推行农村公路路长制。', '2021年起', 'from', null],
  ['从2019年1月1日起，实施三年百万青年见习计划；', '从2019年1月1日起', 'from', null],
  [
    '2019年1月1日至12月31日，对面临暂时性生产经营困难且恢复有望的参保企业',
    '2019年1月1日至12月31日',
    'period',
    '2019-12-31',
  ],
  ['2019年1月1日至2020年12月31日，将技术技能提升补贴申领条件', '2019年1月1日至2020年12月31日', 'period', '2020-12-31'],
  ['(一)到2022年，基本建立市、区、镇三级权责明晰、齐抓共管的管理养护体制机制', '到2022年', 'date', '2022-12-31'],
  ['于2021年全面实施并形成长效管理。', '于2021年', 'date', '2021-12-31'],
  ['各有关部门于每年2月底前，根据上一年度工作成效', '每年2月底前', 'recurring', null],
  // not deadlines: a date of record, a past event, an entry into force, a frequency, a verb, a plan's name
  ['(一)县道截至2020年底，全区县道总里程427公里', null, null, null],
  ['(一)2018年9月，根据习近平总书记“城市管理应该像绣花一样精细”的精神', null, null, null],
  ['本政策自2021年开始执行，由省经济和信息化厅负责解释。', null, null, null],
  ['于2019年初开始执行集中采购结果，周期为1年。', null, null, null],
  ['每年遴选20家网络改造应用良好的企业，推广其建设经验。', null, null, null],
  ['持续推进行政审批“两集中、两到位”', null, null, null],
  ['《安徽省工业互联网创新发展行动计划（2021-2023年）》已经省政府同意', null, null, null],
];

describe('findTextDeadlines: deadlines written in running text', () => {
  it.each(PROSE)('%s', (text, deadlineText, kind, dueDate) => {
    const [d] = findTextDeadlines(text, 0, text.length);
    expect(d ? [d.deadlineText, d.kind, d.dueDate] : [null, null, null]).toEqual([deadlineText, kind, dueDate]);
    if (d) expect(text.slice(d.start, d.end)).toBe(d.deadlineText);
  });
});

const TAGS: Row[] = [
  ['（2023年底前完成，省商务厅牵头）', '2023年底前', 'date', '2023-12-31'],
  ['（省发展改革委牵头，长期坚持）', '长期坚持', 'continuous', null],
  ['（持续推进）', '持续推进', 'continuous', null],
  ['（2025年）', '2025年', 'date', '2025-12-31'],
  ['（一）动员部署阶段（2021年8月—9月）', '2021年8月—9月', 'period', '2021-09-30'],
  ['（每年）', '每年', 'recurring', null],
  ['(责任单位:市市场监管局、市发改委 落实时间:持续推进)', '持续推进', 'continuous', null],
  ['安徽省工业互联网创新发展行动计划（2021-2023年）', null, null, null],
  ['(每年根据设施量动态更新核定后调整)', null, null, null],
  ['（国办发〔2016〕82号）', null, null, null],
];

describe('findTagDeadlines: the part of a bracketed tag that is a time', () => {
  it.each(TAGS)('%s', (text, deadlineText, kind, dueDate) => {
    const [d] = findTagDeadlines(text, 0, text.length);
    expect(d ? [d.deadlineText, d.kind, d.dueDate] : [null, null, null]).toEqual([deadlineText, kind, dueDate]);
  });
});

describe('classifyDeadline: a column cell or a labelled value', () => {
  it.each([
    ['长期坚持', 'continuous', null],
    ['持续推进', 'continuous', null],
    ['2023年6月底前完成', 'date', '2023-06-30'],
    ['2022年底前', 'date', '2022-12-31'],
    ['2021—2023年', 'period', '2023-12-31'],
    ['每年', 'recurring', null],
    ['2021年起', 'from', null],
    ['根据工作进度', 'text', null],
  ])('%s → %s %s', (text, kind, dueDate) => {
    expect(classifyDeadline(text)).toEqual({ kind, dueDate });
  });

  it('every 落实时间 of seed 003 is a date or continuous', () => {
    const text = readFileSync('data/plans/003_f31d9fd870de6b80.txt', 'utf8');
    const values = [...text.matchAll(/落实时间[：:]([^）)\n]+)/g)].map((m) => m[1].trim());
    expect(values.length).toBeGreaterThan(80);
    const kinds = new Set(values.map((v) => classifyDeadline(v).kind));
    expect([...kinds].sort()).toEqual(['continuous', 'date']);
  });
});
