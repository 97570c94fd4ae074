import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../../graph-loader/src/extract/term-matcher.ts';
import * as OpenCC from 'opencc-js';
import { extractIndustries } from '../../../graph-loader/src/extract/industries.ts';
import { fold } from '../../../graph-loader/src/extract/term-text.ts';
import { dicts, evidenceHolds, pairs, seg, termInput } from './helpers.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
const simplified = (s: string) => [...s].map((c) => (t2s(c).length === 1 ? t2s(c) : c)).join('');

describe('industry dictionary', () => {
  it('has at least 150 sectors, each with an English name and a group', async () => {
    const { industries } = await dicts();
    expect(industries.length).toBeGreaterThanOrEqual(150);
    expect(industries.every((e) => e.nameEn.length > 0 && e.group.length > 0)).toBe(true);
    expect(new Set(industries.map((e) => e.name)).size).toBe(industries.length);
  });

  it.each([
    ['跨境电商', '跨境电子商务'],
    ['跨境電商', '跨境电子商务'],
    ['跨境電子商務', '跨境电子商务'],
    ['积体电路', '集成电路'],
    ['積體電路', '集成电路'],
    ['集成電路', '集成电路'],
    ['IC', '集成电路'],
    ['人工智慧', '人工智能'],
    ['軟體', '软件'],
    ['软体', '软件'],
    ['資訊技術', '信息技术'],
    ['资讯科技', '信息技术'],
    ['新一代资讯技术产业', '新一代信息技术'],
    ['网际网路产业', '互联网产业'],
    ['工业网际网路', '工业互联网'],
    ['5G', '5G'],
    ['融資租賃', '融资租赁'],
    ['区块链', '区块链'],
  ])('%s → %s', async (form, name) => {
    const text = simplified(form);
    const hits = nameMatcher((await dicts()).industries).findAll(fold(text));
    expect(hits.map((h) => h.key)).toEqual([name]);
  });

  it('prefers the longest form and respects ASCII word boundaries', async () => {
    const m = nameMatcher((await dicts()).industries);
    expect(m.findAll(fold('发展跨境电子商务和电子商务')).map((h) => h.key)).toEqual(['跨境电子商务', '电子商务']);
    expect(m.findAll(fold('ICP备案与ＩＣ设计')).map((h) => h.key)).toEqual(['集成电路']);
  });
});

describe('extractIndustries: TARGETS', () => {
  it('targets from the innermost measure only, never from assignment clauses', async () => {
    const text =
      '(三十二)支持综合保税区适用跨境电商零售进口政策。\n' +
      '(1)对跨境电子商务实行清单核放的通关模式。(牵头单位:岳阳海关  责任单位:市文化旅游广电局)\n' +
      '(2)支持发展以海产品、宠物食品为特色的跨境電商产业。';
    const segments = [
      seg(text, '32', text, { depth: 1 }),
      seg(text, '32.1', '(1)对跨境电子商务实行清单核放的通关模式。(牵头单位:岳阳海关  责任单位:市文化旅游广电局)'),
      seg(text, '32.2', '(2)支持发展以海产品、宠物食品为特色的跨境電商产业。'),
    ];
    const f = extractIndustries(await termInput(text, segments));
    expect(pairs(f, 'TARGETS')).toEqual(
      ['m32 -> industry:跨境电子商务', 'm32.1 -> industry:跨境电子商务', 'm32.2 -> industry:跨境电子商务'].sort(),
    );
    expect(f.nodes.map((n) => n.id)).toEqual(['industry:跨境电子商务']);
    expect(evidenceHolds(f, text)).toBe(true);
  });

  it.each([
    ['a tool', '(1)利用VR等现代技术推动传统文化“走出去”。', []],
    ['a tool after the word', '(1)推进区块链等信息化技术手段在人才服务场景中的应用。', []],
    ['goods in a list', '(1)探索对国际展品、艺术品、电子商务快件、试剂等特殊物品的监管模式创新。', []],
    [
      'domains of another technology',
      '(1)推进大数据在政务服务、金融服务、电商交易等领域的应用。',
      ['m1 -> industry:大数据'],
    ],
    ['a quoted project name', '(1)搭建落地“海淀区大数据平台”项目。', []],
    ['the name of a body', '(1)配合市金融办、省地方金融监管局开展工作。', []],
    ['a word split across 化', '(1)探索开展知识产权证券化工作。', []],
    ['a kind of talent', '(1)集聚一批专业服务人才。', []],
    ['an event name', '(1)用好中国国际服务贸易交易会等平台。', []],
    ['domains of rule-making', '(1)参与资讯技术安全、数据隐私保护等重点领域规则制定。', []],
    ['a system being built', '(1)落实国家文化大数据体系建设。', []],
  ])('guards against %s', async (_name, text, want) => {
    const f = extractIndustries(await termInput(text, [seg(text, '1', text)]));
    expect(pairs(f, 'TARGETS')).toEqual(want);
  });

  it('does not read the head of an instrument name as a sector', async () => {
    const text = '(1)落实国际贸易“单一窗口”建设行动计划。';
    const f = extractIndustries(await termInput(text, [seg(text, '1', text)]));
    expect(pairs(f, 'TARGETS')).toEqual([]);
  });
});

describe('extractIndustries: FOCUSES_ON', () => {
  const HD = '中国（北京）自由贸易试验区科技创新片区海淀组团实施方案';

  it('reads sub-zone priorities led by the zone name', async () => {
    const text = simplified(
      '一、基本規劃情況\n1.翠湖片區。重點發展人工智慧、下一代通信網路、智慧網聯等數字產業。\n2.永豐片區。重點發展積體電路、新材料等產業。',
    );
    const segments = [seg(text, '1', text, { kind: 'background', title: '基本规划情况' })];
    const f = extractIndustries(await termInput(text, segments, { title: HD }));
    expect(pairs(f, 'FOCUSES_ON')).toEqual(
      [
        'zone:科技创新片区海淀组团永丰片区 -> industry:集成电路',
        'zone:科技创新片区海淀组团永丰片区 -> industry:新材料',
        'zone:科技创新片区海淀组团翠湖片区 -> industry:数字产业',
        'zone:科技创新片区海淀组团翠湖片区 -> industry:下一代通信网络',
        'zone:科技创新片区海淀组团翠湖片区 -> industry:人工智能',
        'zone:科技创新片区海淀组团翠湖片区 -> industry:智能网联汽车',
      ].sort(),
    );
  });

  it('gives zone-level priority statements to the document zone', async () => {
    const text = '二、功能布局\n岳阳片区面积19.94平方公里,发展航运物流、电子商务、新一代信息技术等产业。';
    const segments = [seg(text, '2', text, { kind: 'section', title: '功能布局' })];
    const f = extractIndustries(await termInput(text, segments, { title: '中国(湖南)自由贸易试验区岳阳片区实施方案' }));
    expect(pairs(f, 'FOCUSES_ON')).toEqual(
      [
        'zone:岳阳片区 -> industry:电子商务',
        'zone:岳阳片区 -> industry:新一代信息技术',
        'zone:岳阳片区 -> industry:航运物流',
      ].sort(),
    );
  });

  it('reads cluster lists and 为重点企业的 lines in a status report', async () => {
    const text =
      '一、**片区发展现状\n聚焦贸易新经济、物流新经济、金融新经济七大产业集群。以中航光电、鸿泰半导体等为重点企业的电子信息产业完成产值87.3亿元。';
    const segments = [seg(text, '1', text, { kind: 'background', title: '**片区发展现状' })];
    const f = extractIndustries(
      await termInput(text, segments, { title: '中国（河南）自由贸易试验区**片区发展情况报告' }),
    );
    expect(pairs(f, 'FOCUSES_ON')).toEqual(
      [
        'zone:**片区 -> industry:国际贸易',
        'zone:**片区 -> industry:现代物流',
        'zone:**片区 -> industry:电子信息',
        'zone:**片区 -> industry:金融服务',
      ].sort(),
    );
  });

  it('does not read measures, proper names or other places as zone priorities', async () => {
    const text =
      '三、主要任务\n(1)支持发展以海产品为特色的跨境电商产业。\n' +
      '郑州航空港经济综合实验区。重点发展航空物流、电子信息等产业。\n' +
      '紧紧围绕打造“中部保税物流基地”，建设“一带一路”商贸物流合作交流中心。';
    const segments = [
      seg(text, '3', '三、主要任务\n(1)支持发展以海产品为特色的跨境电商产业。', { kind: 'section', title: '主要任务' }),
      seg(text, '3.1', '(1)支持发展以海产品为特色的跨境电商产业。'),
      seg(
        text,
        '4',
        '郑州航空港经济综合实验区。重点发展航空物流、电子信息等产业。\n紧紧围绕打造“中部保税物流基地”，建设“一带一路”商贸物流合作交流中心。',
        {
          kind: 'background',
          title: '现状',
        },
      ),
    ];
    const f = extractIndustries(
      await termInput(text, segments, { title: '中国（河南）自由贸易试验区郑州片区产业发展规划' }),
    );
    expect(pairs(f, 'FOCUSES_ON')).toEqual([]);
  });

  it('reads a positioning named in quotes as a priority', async () => {
    const text =
      '一、**片区发展现状\n紧紧围绕打造“国际智能制造合作示范区”功能定位，锚定氢能汽车、智能机器人两个细分领域。';
    const segments = [seg(text, '1', text, { kind: 'background', title: '**片区发展现状' })];
    const f = extractIndustries(
      await termInput(text, segments, { title: '中国（河南）自由贸易试验区**片区发展情况报告' }),
    );
    expect(pairs(f, 'FOCUSES_ON')).toEqual(
      [
        'zone:**片区 -> industry:智能制造',
        'zone:**片区 -> industry:新能源汽车',
        'zone:**片区 -> industry:机器人',
      ].sort(),
    );
  });
});
