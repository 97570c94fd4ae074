import { describe, expect, it } from 'vitest';
import { findDeadlines, parseDueDate } from '../../../graph-loader/src/extract/deadlines.ts';
import { findTarget } from '../../../graph-loader/src/extract/targets.ts';

const DUE: [string, string | null][] = [
  ['2023年8月底前', '2023-08-31'],
  ['2021年8月底前', '2021-08-31'],
  ['2021年底前', '2021-12-31'],
  ['2021年年底前', '2021-12-31'],
  ['2022年6月', '2022-06-30'],
  ['2024年2月底', '2024-02-29'],
  ['2021年6月15日前', '2021-06-15'],
  ['2023年9月31日前', '2023-09-30'],
  ['2023年2月29日', '2023-02-28'],
  ['2022年十二月', '2022-12-31'],
  ['2022年上半年', '2022-06-30'],
  ['2022年下半年', '2022-12-31'],
  ['2021年第三季度', '2021-09-30'],
  ['2021—2023年', '2023-12-31'],
  ['2022年3月上旬', '2022-03-10'],
  ['持续推进', null],
  ['长期', null],
  ['长期坚持', null],
  ['', null],
];

describe('parseDueDate: the last day of the period a deadline names', () => {
  it.each(DUE)('%s → %s', (text, iso) => {
    expect(parseDueDate(text)).toBe(iso);
  });
});

describe('findDeadlines: labelled deadlines with offsets', () => {
  it.each([
    ['(责任单位:市商务局 落实时间:2023年8月底前)', '2023年8月底前', '2023-08-31'],
    ['(责任单位:市人民银行、岳阳海关  落实时间:持续推进)', '持续推进', null],
    ['完成时限：2022年6月。', '2022年6月', '2022-06-30'],
    ['(牵头单位:市市场监管局,落实时间:2021年8月底前)', '2021年8月底前', '2021-08-31'],
    // every deadline label of the grammar (data/grammar/labels.json), not a list of its own
    ['（责任单位：区交通委；时间要求：2022年底前）', '2022年底前', '2022-12-31'],
    ['进度要求：2023年第三季度', '2023年第三季度', '2023-09-30'],
  ])('%s', (text, deadlineText, dueDate) => {
    const [d] = findDeadlines(text, 0, text.length);
    expect(d).toMatchObject({ deadlineText, dueDate });
    expect(text.slice(d.start, d.end)).toBe(d.deadlineText);
  });

  it('finds nothing without a label', () => {
    expect(findDeadlines('2023年8月底前完成。', 0, 12)).toEqual([]);
  });
});

describe('findTarget: the paragraph under 评估目标', () => {
  it.each([
    ['(一)开展试点。\n1.落实举措。\n(1)甲。\n2.评估目标。\n营造高标准国际营商环境。', '营造高标准国际营商环境。'],
    [
      '(七十二)落地。\n1、落实举措\n(1)甲。\n2、评估目标。\n在科技创新领域加强合作。\n(七十三)下一项',
      '在科技创新领域加强合作。',
    ],
    ['(五)税收。\n2、评估目标\n有效激励企业研发创新。', '有效激励企业研发创新。'],
  ])('%#', (text, target) => {
    const t = findTarget(text, 0, text.length);
    expect(t?.target).toBe(target);
    expect(text.slice(t?.start, t?.end)).toBe(target);
  });

  it('a task without 评估目标 has no target', () => {
    expect(findTarget('(一)开展试点。\n1.落实举措。\n(1)甲。', 0, 20)).toBeNull();
  });
});
