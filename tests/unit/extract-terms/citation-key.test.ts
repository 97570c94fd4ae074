import { describe, expect, it } from 'vitest';
import { citationKey, parseDocNumber } from '../../../graph-loader/src/extract/citations.ts';
import { normaliseTitle, unwrapNotice } from '../../../graph-loader/src/extract/citation-key.ts';

describe('parseDocNumber', () => {
  it.each([
    ['国发〔2017〕17号', { prefix: '国发', year: 2017, serial: 17 }],
    ['国办发[2018]5号', { prefix: '国办发', year: 2018, serial: 5 }],
    ['豫政(2017)12号', { prefix: '豫政', year: 2017, serial: 12 }],
    ['湘政办发（2019）33号', { prefix: '湘政办发', year: 2019, serial: 33 }],
    ['郑政办【2018】94号', { prefix: '郑政办', year: 2018, serial: 94 }],
    ['京政发［2020］9号', { prefix: '京政发', year: 2020, serial: 9 }],
    ['湘政发〔2020〕 号', { prefix: '湘政发', year: 2020, serial: null }],
    [' 署加发〔2021〕 3 号 ', { prefix: '署加发', year: 2021, serial: 3 }],
  ])('%s', (input, expected) => {
    expect(parseDocNumber(input)).toEqual(expected);
  });

  it.each(['国务院关于印发方案的通知', '2017年17号', '国发2017-17', ''])('%s is not a number', (input) => {
    expect(parseDocNumber(input)).toBeNull();
  });
});

describe('citationKey', () => {
  it.each([
    ['国发[2017]17号', '国发〔2017〕17号'],
    ['国发(2017)17号', '国发〔2017〕17号'],
    ['国发【2017】17号', '国发〔2017〕17号'],
    ['《中国(湖南)自由贸易试验区总体方案》', '中国（湖南）自由贸易试验区总体方案'],
    ['中国（湖南）自由贸易试验区总体方案', '中国（湖南）自由贸易试验区总体方案'],
    [
      '中国（河南）自由贸易试验区郑州片区 产业发展规划（暂行）',
      '中国（河南）自由贸易试验区郑州片区产业发展规划（暂行）',
    ],
    ['湘政发〔2020〕 号', '湘政发〔2020〕号'],
  ])('%s → %s', (input, key) => {
    expect(citationKey(input)).toBe(key);
  });

  it('gives one key for the bracket variants of one title', () => {
    const variants = [
      '《中国(北京)自由贸易试验区总体方案》',
      '中国（北京）自由贸易试验区总体方案',
      '中国［北京］自由贸易试验区总体方案',
    ];
    expect(new Set(variants.map(citationKey)).size).toBe(1);
  });
});

describe('unwrapNotice', () => {
  it.each([
    ['国务院关于印发中国(湖南)自由贸易试验区总体方案的通知', '国务院', '中国（湖南）自由贸易试验区总体方案'],
    [
      '河南省人民政府关于印发中国（河南）自由贸易试验区建设实施方案的通知',
      '河南省人民政府',
      '中国（河南）自由贸易试验区建设实施方案',
    ],
    ['关于转发《某某办法》的通知', null, '某某办法'],
  ])('%s', (title, issuer, inner) => {
    expect(unwrapNotice(title)).toEqual({ issuer, inner: normaliseTitle(inner) });
  });

  it('leaves other titles alone', () => {
    expect(unwrapNotice('外商投资法')).toBeNull();
  });
});
