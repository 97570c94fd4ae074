// Dates and 发文字号 as copies print them: text in, value out, and texts that must not match.
import { describe, expect, it } from 'vitest';
import { parseDate, findDate } from '../../../graph-loader/src/header/dates.ts';
import { docNumbersIn, orderNumber, standaloneDocNumber } from '../../../graph-loader/src/header/doc-number.ts';
import { readHeader } from '../../../graph-loader/src/header/index.ts';

describe('parseDate', () => {
  it.each([
    ['2018年12月21日', '2018-12-21'],
    ['2012 年 2 月 1 日', '2012-02-01'],
    ['二〇〇五年六月十一日', '2005-06-11'],
    ['二○一九年十二月三十一日', '2019-12-31'],
    ['中华民国九十二年七月二十三日', '2003-07-23'],
    ['中华民国一百零八年一月十六日', '2019-01-16'],
    ['2021-09-02', '2021-09-02'],
    ['2021-01-19 19:28', '2021-01-19'],
    ['2021/9/2', '2021-09-02'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['2021年13月1日', '九十二年七月二十三日', '2021年', '第十三届', '2021—2023年'])('%s is no date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('finds the first date in running text', () => {
    expect(findDate('已经2021年9月22日十三届广东省人民政府第162次常务会议审议通过')).toMatchObject({
      iso: '2021-09-22',
    });
  });
});

describe('standaloneDocNumber: a line that is a 发文字号', () => {
  it.each([
    ['国发〔2018〕42号', '国发〔2018〕42号'],
    ['国办函[2005]57号', '国办函〔2005〕57号'],
    ['（皖政办秘〔2021〕82号）', '皖政办秘〔2021〕82号'],
    ['沪奉府发(2021)16号', '沪奉府发〔2021〕16号'],
    ['京政字〔2020〕第3号', '京政字〔2020〕第3号'],
    ['郑政办【2018】94号', '郑政办〔2018〕94号'],
    ['文号：沪自贸临管委〔2024〕53号', '沪自贸临管委〔2024〕53号'],
    ['海关总署公告2020年第1号', '海关总署公告2020年第1号'],
    ['上海市人民代表大会常务委员会公告（第十号）', '上海市人民代表大会常务委员会公告第十号'],
    ['国发〔2018〕1号    签发人：李某', '国发〔2018〕1号'],
  ])('%s → %s', (line, value) => {
    expect(standaloneDocNumber(line)).toBe(value);
  });

  it.each([
    '为贯彻落实《通知》（国发〔2017〕17号），制定本方案。',
    '国发〔2017〕17号和国发〔2020〕10号',
    '2021年12月底前',
    '国务院办公厅',
  ])('%s is not', (line) => {
    expect(standaloneDocNumber(line)).toBeNull();
  });
});

describe('docNumbersIn: a 文号 glued to the end of a title', () => {
  it.each([
    ['国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号', '国办函〔2018〕46号'],
    ['国务院办公厅关于加强环境监管执法的通知国办发〔2014〕56号各省、自治区', '国办发〔2014〕56号'],
    ['关于印发某规划的通知沪府发〔2020〕3号', '沪府发〔2020〕3号'],
  ])('%s', (text, value) => {
    expect(docNumbersIn(text)[0]?.value).toBe(value);
  });
});

describe('orderNumber: the number of an order (令)', () => {
  it.each([
    [['广东省人民政府令', '', '（第290号）'], '广东省人民政府令第290号', '广东省人民政府'],
    [['广东省人民政府令（第290号）'], '广东省人民政府令第290号', '广东省人民政府'],
    [['中华人民共和国国务院令', '第708号'], '中华人民共和国国务院令第708号', '中华人民共和国国务院'],
    [['商务部令2019年第1号'], '商务部令2019年第1号', '商务部'],
    [['1.中华民国九十二年七月二十三日总统华总一义字第 09200134530  号令'], '总统华总一义字第09200134530号令', '总统'],
  ])('%j', (lines, value, issuer) => {
    expect(orderNumber(lines, 0)).toMatchObject({ value, issuer });
  });

  it.each(['依照国务院令，现予公布。', '命令', '司令部', '（第290号）'])('%s is none', (line) => {
    expect(orderNumber([line], 0)).toBeNull();
  });
});

describe('a local regulation promulgated by its standing committee 公告', () => {
  it.each([
    [
      '2019年3月1日 宁波市第十五届人民代表大会常务委员会公告第12号公布',
      '宁波市第十五届人民代表大会常务委员会公告第12号',
    ],
    ['（2019年3月1日宁波市人民代表大会常务委员会公告（第12号）公布）', '宁波市人民代表大会常务委员会公告第12号'],
  ])('%s', (line, number) => {
    const text = `# 宁波市跨境贸易促进条例\n\n2018年12月20日 宁波市第十五届人民代表大会常务委员会第十七次会议通过\n\n${line}\n\n## 第一章 总则\n\n第一条 为了促进跨境贸易，制定本条例。\n\n第二条 本条例适用于本市。`;
    const header = readHeader({ text, prefixes: [] });
    expect(header.docNumber).toBe(number);
    expect(header.issuer).toBe('宁波市人民代表大会常务委员会');
    expect(header.title).toBe('宁波市跨境贸易促进条例');
  });
});
