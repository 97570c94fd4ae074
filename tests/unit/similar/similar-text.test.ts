// The pure parts of the similarity step: what a measure is compared by (cleaning, own text, skipped
// sections) and how pairs come out of findSimilar (other documents only, one canonical direction,
// a reloaded document replacing its earlier version).
import { describe, expect, it } from 'vitest';
import {
  comparableMeasures,
  findSimilar,
  type MeasureRecord,
  SIMILARITY_METHOD,
  TfIdfIndex,
} from '../../../graph-loader/src/similar/index.ts';
import { inSkippedSection, ownText, textCleaner } from '../../../graph-loader/src/similar/text.ts';

const clean = textCleaner();

describe('textCleaner', () => {
  const cases: [string, string, string][] = [
    [
      'numbering, agency tag and deadline',
      '（三）推进电力改革试点。（责任单位:市发改委 落实时间:2022年8月底前）',
      '推进电力改革试点',
    ],
    ['article numbers and label tags', '第五十七条 本条例自2014年8月1日起施行。', '本条例自起施行'],
    [
      'nested list markers after a sentence',
      '1.落实举措。(1)深化增量配电网改革。(牵头单位:市发改委)',
      '深化增量配电网改革',
    ],
    ['circled numbers and full-width punctuation', '①建设“单一窗口”；②推广电子口岸。', '建设单一窗口推广电子口岸'],
    ['an open tag at the end', '支持企业开展保税维修（牵头单位：岳阳海关', '支持企业开展保税维修'],
    ['latin letters kept, lower-cased', '开展QFLP试点，支持B2B出口', '开展qflp试点支持b2b出口'],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    expect(clean(text)).toBe(expected);
  });
});

describe('inSkippedSection', () => {
  const cases: [string | null, boolean][] = [
    ['总则', true],
    ['附 则', true],
    ['第九章  附则', true],
    ['法律责任 第四十三条 政务数据相关监督管理部门工作人员玩忽职守', true],
    ['投资开放', false],
    [null, false],
  ];
  it.each(cases)('%s → %s', (section, skipped) => {
    expect(inSkippedSection(section)).toBe(skipped);
  });
});

describe('ownText', () => {
  it('cuts the spans of sub-measures out of the text', () => {
    const text = '（一）任务标题。1.子措施甲。2.子措施乙。评估目标。';
    const parent = { text, start: 100 };
    const first = { start: 100 + text.indexOf('1.'), end: 100 + text.indexOf('2.') };
    const second = { start: 100 + text.indexOf('2.'), end: 100 + text.indexOf('评估') };
    expect(ownText(parent, [second, first])).toBe('（一）任务标题。评估目标。');
  });
});

function measure(docId: string, path: string, text: string, extra: Partial<MeasureRecord> = {}): MeasureRecord {
  return {
    id: `measure:${docId}#${path}`,
    docId,
    path,
    text,
    start: 0,
    end: text.length,
    section: '主要任务',
    ...extra,
  };
}

const SINGLE_WINDOW = '加快推进国际贸易单一窗口建设，推动单一窗口覆盖领域拓展至服务贸易，将出口退税纳入单一窗口管理。';
const SINGLE_WINDOW_B =
  '建设具有国际先进水平的国际贸易单一窗口，将出口退税、服务外包、维修服务等事项逐步纳入单一窗口。';
const ELSE = '大力发展航运金融、航运保险、航运仲裁、海损理算、航运交易等高端航运服务业，引进航运公司。';

describe('findSimilar', () => {
  it('pairs measures of different documents only, once, from the smaller id, with score and method', () => {
    const index = new TfIdfIndex();
    expect(findSimilar(index, [measure('a', '1', SINGLE_WINDOW), measure('a', '2', SINGLE_WINDOW_B)])).toEqual([]);
    const pairs = findSimilar(index, [measure('b', '1', SINGLE_WINDOW_B), measure('b', '2', ELSE)], { threshold: 0.2 });
    expect(pairs.map((p) => [p.from, p.to])).toEqual([
      ['measure:a#2', 'measure:b#1'],
      ['measure:a#1', 'measure:b#1'],
    ]);
    expect(pairs[0]?.method).toBe(SIMILARITY_METHOD);
    expect(pairs[0]?.score).toBeGreaterThan(pairs[1]?.score ?? 1);
    expect(pairs[0]?.score).toBeLessThanOrEqual(1);
  });

  it('replaces an earlier version of a document in the index', () => {
    const index = new TfIdfIndex();
    findSimilar(index, [measure('a', '1', SINGLE_WINDOW)]);
    findSimilar(index, [measure('b', '1', ELSE)]);
    expect(index.size).toBe(2);
    const pairs = findSimilar(index, [measure('b', '1', SINGLE_WINDOW_B)], { threshold: 0.2 });
    expect(index.size).toBe(2);
    expect(pairs.map((p) => p.to)).toEqual(['measure:b#1']);
  });

  it('leaves out background, skipped sections and short measures', () => {
    const kept = comparableMeasures([
      measure('a', '1', SINGLE_WINDOW, { background: true }),
      measure('a', '2', SINGLE_WINDOW, { section: '附则' }),
      measure('a', '3', '（一）加强组织领导。'),
      measure('a', '4', SINGLE_WINDOW),
    ]);
    expect(kept.map((m) => m.id)).toEqual(['measure:a#4']);
  });
});
