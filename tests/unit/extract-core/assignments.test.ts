import { describe, expect, it } from 'vitest';
import { findAssignments } from '../../../graph-loader/src/extract/assignments.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { GLOSSARY, HAIDIAN, JINSHUI, YUEYANG, factsOf } from './fixtures.ts';

const task = (body: string): string => `一、主要任务\n（一）推进改革\n${body}`;

interface Case {
  name: string;
  text: string;
  ctx?: typeof YUEYANG;
  facts: string[];
}

const CASES: Case[] = [
  {
    name: 'lead and responsible labels with half-width colons and two spaces',
    text: task('1.推进一网通办。(牵头单位:市市场监管局  责任单位:市行政审批局、市税务局)'),
    facts: ['LEADS 岳阳市市场监督管理局 label', 'SUPPORTS 岳阳市行政审批局 label', 'SUPPORTS 岳阳市税务局 label'],
  },
  {
    name: 'full-width colons and brackets, a comma between the labels',
    text: task('1.设立服务中心。（牵头单位：市商务粮食局，责任单位：岳阳海关）'),
    facts: ['LEADS 岳阳市商务粮食局 label', 'SUPPORTS 岳阳海关 label'],
  },
  {
    name: 'no space between the lead and the next label ("岳阳海关责任单位:")',
    text: task('1.落实启运港退税政策。(牵头单位:岳阳海关责任单位:市财政局、市税务局)'),
    facts: ['LEADS 岳阳海关 label', 'SUPPORTS 岳阳市财政局 label', 'SUPPORTS 岳阳市税务局 label'],
  },
  {
    name: 'co-leads joined by 、 all lead',
    text: task('1.简化换证程序。(牵头单位:市地方海事局、岳阳海事局  责任单位:市金融办)'),
    facts: ['LEADS 岳阳市地方海事局 label', 'LEADS 岳阳海事局 label', 'SUPPORTS 岳阳市金融办 label'],
  },
  {
    name: '"排第一的为牵头单位，下同": the first of a task-level 责任单位 list leads, the rest support',
    text: '一、主要任务\n（一）开展试点。(排第一的为牵头单位,下同)\n(责任单位:市商务粮食局、市发改委,落实时间:2021年8月底前)',
    facts: ['LEADS 岳阳市商务粮食局 list-order', 'SUPPORTS 岳阳市发展和改革委员会 list-order'],
  },
  {
    name: 'without the rule a lone 责任单位 list is the responsible (leading) unit',
    text: task('1.推进改革。(责任单位:市商务局)'),
    facts: ['LEADS 岳阳市商务局 label'],
  },
  {
    name: 'trailing "等相关部门单位" / "等涉企行政许可单位" is stripped, the agency kept',
    text: task(
      '1.建设系统。(牵头单位:市行政审批局 责任单位:市政务服务中心、市卫健委等相关部门单位)\n2.梳理事项。(牵头单位:市市场监管局 责任单位:市住建局等涉企行政许可单位)',
    ),
    facts: [
      'LEADS 岳阳市行政审批局 label',
      'SUPPORTS 岳阳市政务服务中心 label',
      'SUPPORTS 岳阳市卫生健康委员会 label',
      'LEADS 岳阳市市场监督管理局 label',
      'SUPPORTS 岳阳市住房和城乡建设局 label',
    ],
  },
  {
    name: '配合单位 and 协办单位 support; labels separated by ；',
    text: task('1.推进改革。牵头单位：市商务局；配合单位：市财政局；协办单位：市税务局。'),
    facts: ['LEADS 岳阳市商务局 label', 'SUPPORTS 岳阳市财政局 label', 'SUPPORTS 岳阳市税务局 label'],
  },
  {
    name: 'collective phrases are not agencies',
    text: task('1.推进改革。(牵头单位:市商务局 责任单位:各有关单位、成员单位、国务院相关部门、各区、县级市)'),
    facts: ['LEADS 岳阳市商务局 label'],
  },
  {
    name: '"X牵头，Y、Z配合" in running text',
    text: task('1.推进改革。由市商务局牵头，市财政局、市税务局配合。'),
    facts: ['LEADS 岳阳市商务局 tag', 'SUPPORTS 岳阳市财政局 tag', 'SUPPORTS 岳阳市税务局 tag'],
  },
  {
    name: '"X牵头，Y按职责分工负责"',
    text: task('1.推进改革。市发改委牵头，市财政局按职责分工负责。'),
    facts: ['LEADS 岳阳市发展和改革委员会 tag', 'SUPPORTS 岳阳市财政局 tag'],
  },
  {
    name: '"X负责" leads',
    text: task('1.加强监管。市市场监管局负责。'),
    facts: ['LEADS 岳阳市市场监督管理局 tag'],
  },
  {
    name: "running-text mentions: 联合海关、国检等部门 (the city's customs and inspection bureau)",
    text: task('1.提升监管水平。联合海关、国检等部门探索开展保税监管模式。'),
    ctx: JINSHUI,
    facts: ['INVOLVED_IN 郑州海关 pattern', 'INVOLVED_IN 郑州出入境检验检疫局 pattern'],
  },
  {
    name: '配合人民银行 (national) and 配合市规划自然资源委 (Beijing)',
    text: task('1.扩大开放。配合人民银行探索开展试点。配合市规划自然资源委在区内试点。'),
    ctx: HAIDIAN,
    facts: ['INVOLVED_IN 中国人民银行 pattern', 'INVOLVED_IN 北京市规划和自然资源委员会 pattern'],
  },
  {
    name: '向省药品监督管理局争取 (provincial)',
    text: task('1.推进试点。积极向省药品监督管理局争取将产品注册权限下放。'),
    facts: ['INVOLVED_IN 湖南省药品监督管理局 pattern'],
  },
  {
    name: '区自贸办要发挥好牵头作用 (the district of the document)',
    text: '三、保障机制\n（一）加强组织实施。区自贸办要发挥好牵头、组织、协调作用。',
    ctx: JINSHUI,
    facts: ['LEADS 郑州市金水区自贸办 prose'],
  },
  {
    name: 'noun phrases and decisions are not actors: 海关特殊监管区域, 党中央、国务院的决策部署, 《…》 titles',
    text: task('1.申建海关特殊监管区域。落实党中央、国务院的决策部署。落实《国务院关于印发总体方案的通知》。'),
    facts: [],
  },
  {
    name: 'a task table: 牵头单位 column leads, 责任单位 column supports',
    text: '一、重点任务\n表 1 任务分工\n序号\t任务\t牵头单位\t责任单位\t完成时限\n1\t推进单一窗口\t市口岸办\t岳阳海关、市税务局\t2021年底前',
    facts: ['LEADS 岳阳市口岸办 table', 'SUPPORTS 岳阳海关 table', 'SUPPORTS 岳阳市税务局 table'],
  },
];

describe('assignments: clause forms and running-text patterns', () => {
  it.each(CASES)('$name', ({ text, ctx, facts }) => {
    expect(factsOf(text, ctx)).toEqual(facts);
  });
});

describe('assignments: evidence and attribution', () => {
  it('several clauses in one measure each cover the sentences before them', () => {
    const text = task('1.甲工作。(牵头单位:市商务局)乙工作。(牵头单位:市财政局)');
    const segments = segment(text, YUEYANG.docId);
    const facts = findAssignments({ text, segments, ctx: YUEYANG, glossary: GLOSSARY });
    expect(facts.map((f) => f.evidence.evidence)).toEqual([
      '1.甲工作。(牵头单位:市商务局)',
      '乙工作。(牵头单位:市财政局)',
    ]);
    const measure = segments.find((s) => s.number === '1.');
    expect(new Set(facts.map((f) => f.measureId))).toEqual(new Set([measure?.id]));
    for (const f of facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.evidence);
    for (const f of facts) expect(text.slice(f.mention.start, f.mention.end)).toBe(f.mention.raw);
  });

  it('a task-level clause belongs to the task, a measure-level clause to its measure', () => {
    const text =
      '一、主要任务\n（一）开展试点。\n(责任单位:市商务局 落实时间:持续推进)\n1.落实举措。\n(1)甲。(牵头单位:市财政局)';
    const segments = segment(text, YUEYANG.docId);
    const facts = findAssignments({ text, segments, ctx: YUEYANG, glossary: GLOSSARY });
    const where = facts.map((f) => `${f.agency.props.name}@${segments.find((s) => s.id === f.measureId)?.number}`);
    expect(where).toEqual(['岳阳市商务局@（一）', '岳阳市财政局@(1)']);
  });
});

describe('assignments: the list-order rule in its usual wordings', () => {
  it.each([
    '(排第一的为牵头单位,下同)',
    '（注：责任单位排在第一位的为牵头单位）',
    '（列第一位的为牵头部门）',
    '（排名第一的单位为牵头单位）',
    '(第一个为牵头单位)',
  ])('%s', (rule) => {
    const text = `一、主要任务\n（一）开展试点。${rule}\n(责任单位:市商务局、市财政局)`;
    expect(factsOf(text)).toEqual(['LEADS 岳阳市商务局 list-order', 'SUPPORTS 岳阳市财政局 list-order']);
  });

  it('a rule stated later does not reach back', () => {
    const text =
      '一、主要任务\n（一）甲。\n(责任单位:市商务局、市财政局)\n（二）乙。(排第一的为牵头单位,下同)\n(责任单位:市税务局、市公安局)';
    expect(factsOf(text)).toEqual([
      'LEADS 岳阳市商务局 label',
      'LEADS 岳阳市财政局 label',
      'LEADS 岳阳市税务局 list-order',
      'SUPPORTS 岳阳市公安局 list-order',
    ]);
  });
});

describe('assignments: forms beyond the seeds', () => {
  it.each<Case>([
    {
      name: '"责任单位：市发改委（牵头）、市财政局": the marked unit leads',
      text: task('1.推进改革。（责任单位：市发改委（牵头）、市财政局、市税务局）'),
      facts: ['LEADS 岳阳市发展和改革委员会 label', 'SUPPORTS 岳阳市财政局 label', 'SUPPORTS 岳阳市税务局 label'],
    },
    {
      name: '牵头部门/责任部门 labels',
      text: task('1.推进改革。牵头部门：市商务局；责任部门：市财政局。'),
      facts: ['LEADS 岳阳市商务局 label', 'SUPPORTS 岳阳市财政局 label'],
    },
    {
      name: 'a leading group named with its task',
      text: '三、保障机制\n（一）加强组织实施。金水区块建设工作领导小组要建立完善协调机制。',
      ctx: JINSHUI,
      facts: ['LEADS 金水区块建设工作领导小组 prose'],
    },
    {
      name: '"X会同Y负责": X leads, Y supports',
      text: task('1.保障资金。由市财政局会同市税务局负责。'),
      facts: ['LEADS 岳阳市财政局 prose', 'SUPPORTS 岳阳市税务局 prose'],
    },
    {
      name: 'function words in a list closed by 等部门 stand for the local bureaus',
      text: task('1.加强执法。联合公安、市场监管等部门开展联合执法。建设集商务、税务等功能的平台。'),
      facts: ['INVOLVED_IN 岳阳市公安局 pattern', 'INVOLVED_IN 岳阳市市场监督管理局 pattern'],
    },
    {
      name: 'exchanges by their short names',
      text: task('1.推进上市。加强与上交所、深交所的对接。'),
      facts: ['INVOLVED_IN 上海证券交易所 pattern', 'INVOLVED_IN 深圳证券交易所 pattern'],
    },
  ])('$name', ({ text, ctx, facts }) => {
    expect(factsOf(text, ctx)).toEqual(facts);
  });

  it('a masked document keeps its masked city: 联通海关 → **海关; 片区管委会 → **片区管委会', () => {
    const masked = {
      ...YUEYANG,
      province: '河南省',
      city: null,
      masked: true,
      zoneId: 'zone:中国（河南）自由贸易试验区**片区',
    };
    expect(factsOf(task('1.推进单一窗口。在线联通海关等部门。建议下放给片区管委会。'), masked)).toEqual([
      'INVOLVED_IN **海关 pattern',
      'INVOLVED_IN **片区管理委员会 pattern',
    ]);
  });
});

describe('assignments: tags, working groups and prose duties (the grammar of responsibility)', () => {
  it.each<Case>([
    {
      name: 'a tag with a stated list-order rule inside it, carried on by 下同',
      text: '一、主要任务\n（一）甲。（市商务局、市财政局负责。列第一位者为牵头单位，下同）\n（二）乙。（市税务局、市公安局负责）',
      facts: [
        'LEADS 岳阳市商务局 list-order',
        'SUPPORTS 岳阳市财政局 list-order',
        'LEADS 岳阳市税务局 list-order',
        'SUPPORTS 岳阳市公安局 list-order',
      ],
    },
    {
      name: 'X、Y负责 without a rule: co-leads; collectives (各区县) are left out',
      text: task('1.推进改革。（市商务局、市财政局和各区县负责）'),
      facts: ['LEADS 岳阳市商务局 tag', 'LEADS 岳阳市财政局 tag'],
    },
    {
      name: 'collective subjects only: no agency',
      text: task('1.推进改革。各地区、各部门要加强组织领导。（各有关单位负责）'),
      facts: [],
    },
    {
      name: 'prose duty of a law: X负责…, X应当会同Y…',
      text: '第一章 总则\n第五条 市商务局负责自贸试验区的综合协调。\n第六条 市财政局应当会同市税务局制定扶持办法。',
      facts: ['LEADS 岳阳市商务局 prose', 'LEADS 岳阳市财政局 prose', 'SUPPORTS 岳阳市税务局 prose'],
    },
    {
      name: 'no duty: 本办法由X负责解释; a power (X可以…) is read as a duty, as the corpus gold reads laws',
      text: '第一章 总则\n第九条 市商务局可以制定具体措施。\n第十条 本办法由市商务局负责解释。',
      facts: ['LEADS 岳阳市商务局 prose', 'INVOLVED_IN 岳阳市商务局 pattern'],
    },
    {
      name: 'a working group: 组长单位 leads, 成员单位 support',
      text: task('1.建立机制。（组长单位：市商务局；成员单位：市财政局、市税务局）'),
      facts: ['LEADS 岳阳市商务局 label', 'SUPPORTS 岳阳市财政局 label', 'SUPPORTS 岳阳市税务局 label'],
    },
    {
      name: 'the office of a group sits in a body, whose head runs it',
      text: task('1.建立机制。领导小组办公室设在市商务局，市财政局、市税务局等相关部门负责人为成员。'),
      facts: ['LEADS 岳阳市商务局 group', 'SUPPORTS 岳阳市财政局 group', 'SUPPORTS 岳阳市税务局 group'],
    },
  ])('$name', ({ text, ctx, facts }) => {
    expect(factsOf(text, ctx)).toEqual(facts);
  });
});
