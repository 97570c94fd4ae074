// Rules that raise recall on the corpus, one table row each, from development-corpus text: the text as a
// law or plan writes it → the readings (name as resolved by the grammar : role). Real register and
// dictionaries; a document context of the kind the sentence comes from.
import { describe, expect, it } from 'vitest';
import { looksLikeAgency, resolveAgency } from '../../../graph-loader/src/extract/agencies.ts';
import { findAssignments } from '../../../graph-loader/src/extract/assignments.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { factsOf } from '../extract-core/fixtures.ts';
import { abbreviationsIn, documentContext } from '../../../graph-loader/src/extract/context.ts';
import type { DocContext } from '../../../graph-loader/src/types.ts';
import { at, DICTS, read } from './read-context.ts';

const ZHEJIANG = at('provincial', '浙江省', null);
const SHANGHAI = at('municipal', '上海市', '上海市');
const STATE = at('national', null, null);

const FUNCTIONS_OF_SYSTEMS: [string, DocContext, boolean][] = [
  // a function named after a vertically managed system (税务, 边检, 金融监管, 邮政管理) is a body's name
  ['税务机关', ZHEJIANG, true],
  ['边检机关', ZHEJIANG, true],
  ['金融监管部门', ZHEJIANG, true],
  ['邮政管理部门', ZHEJIANG, true],
  ['国务院税务部门', STATE, true],
  // coordination bodies named with who set them up; 省市场监管局 is a body, not 省市 (collective)
  ['省推进工业互联网创新发展专项工作组', at('provincial', '安徽省', null), true],
  ['省市场监管局', at('provincial', '安徽省', null), true],
  ['一个部门', STATE, false],
];

describe('recall: functions of the vertical systems and coordination bodies read as bodies', () => {
  it.each(FUNCTIONS_OF_SYSTEMS)('looksLikeAgency(%s)', (name, ctx, want) => {
    expect(looksLikeAgency(name, ctx, DICTS.agencies)).toBe(want);
    if (want) expect(resolveAgency(name, ctx, DICTS.agencies)).not.toBeNull();
  });
});

const ROWS: [string, string, DocContext, string[]][] = [
  ['a duty performed (履行…职责)', '海关依法履行保税维修业务相关监督管理职责。', SHANGHAI, ['海关:LEADS']],
  [
    'powers exercised (行使…权限)',
    '义乌试验区管委会行使国际贸易改革领域省级权限。',
    ZHEJIANG,
    ['义乌试验区管委会:LEADS'],
  ],
  [
    'a body acting as (作为…机构，负责)',
    '义乌试验区管委会作为省人民政府的派出机构，负责义乌试验区的统筹规划、开发建设管理等工作。',
    ZHEJIANG,
    ['义乌试验区管委会:LEADS'],
  ],
  [
    'two places share the body (市和浦东新区X部门)',
    '市和浦东新区商务部门应当牵头协调推进保税维修业务发展，按照职责开展相关管理工作。',
    SHANGHAI,
    ['市商务部门:LEADS', '浦东新区商务部门:LEADS'],
  ],
  [
    'a level word and 所在 + level share the body (省和所在市人民政府)',
    '省和所在市人民政府应当采取措施，支持保税港区建设。',
    at('provincial', '山东省', null),
    ['省人民政府:LEADS', '所在市人民政府:LEADS'],
  ],
  [
    'places alone as partners (协同浦东新区和奉贤区)',
    '临港新片区管委会协同浦东新区和奉贤区统筹推进镇和社区体检工作。',
    SHANGHAI,
    ['临港新片区管委会:LEADS', '浦东新区:SUPPORTS', '奉贤区:SUPPORTS'],
  ],
  [
    'a coordination body with a quoted word in its name',
    '国务院推进政府职能转变和“放管服”改革协调小组办公室要会同有关部门，密切跟踪各地区优化营商环境工作进展。',
    STATE,
    ['国务院推进政府职能转变和“放管服”改革协调小组办公室:LEADS'],
  ],
  [
    'a joint body (联合采购办公室) is a name, not 联合 + a name',
    '入围标准的具体指标由联合采购办公室负责拟定。',
    STATE,
    ['联合采购办公室:LEADS'],
  ],
  [
    'a body defined by its role (是…机构，承担)',
    '区交通建设管理中心是本区农村公路的行业管理机构，承担县道的具体管理养护工作。',
    { ...SHANGHAI, level: 'district', district: '奉贤区' },
    ['区交通建设管理中心:LEADS'],
  ],
  [
    'a bracketed alternate after a name (管理委员会（管理局）)',
    '海关特殊监管区域管理委员会（管理局）应当落实属地管理职责，负责辖区内的保税维修业务相关监督管理工作。',
    SHANGHAI,
    ['海关特殊监管区域管理委员会:LEADS'],
  ],
  [
    'a level word before a bracket names every body of the levels (县（市）人民政府)',
    '县（市）人民政府按照州人民政府政务数据资源管理要求，统筹协调辖区内政务数据资源管理工作。',
    at('municipal', '四川省', '阿坝藏族羌族自治州'),
    [],
  ],
  [
    'a body and its own organ (X及其常务委员会)',
    '具体办法由海南省人民代表大会及其常务委员会制定。',
    STATE,
    ['海南省人民代表大会:LEADS', '海南省人民代表大会常务委员会:LEADS'],
  ],
  [
    'the State Council before a list of functions (国务院发展改革、财政…等部门)',
    '国务院发展改革、财政、海关、税务等部门按照职责分工，指导推动海南自由贸易港建设相关工作。',
    STATE,
    ['国务院发展改革部门:LEADS', '国务院财政部门:LEADS', '海关:LEADS', '国务院税务部门:LEADS'],
  ],
  [
    'a range of levels names no place (县级以上网信、公安等主管部门)',
    '县级以上网信、公安等主管部门应当按照各自职责，做好公共数据安全管理工作。',
    at('provincial', '广东省', null),
    ['网信主管部门:LEADS', '公安主管部门:LEADS'],
  ],
  [
    'a level and a group of levels (州、县（市）X): the group is every county, no one body',
    '州、县（市）数据资源主管部门具体负责统筹协调数据共享工作。',
    at('municipal', '四川省', '阿坝州'),
    ['州数据资源主管部门:LEADS'],
  ],
  ['a duty in the legal register (掌理)', '自由港区管理机关掌理港区内下列事项：', STATE, ['自由港区管理机关:LEADS']],
  [
    'the body set up is the subject (X设立的Y，负责…)',
    '省人民政府设立的义乌试验区议事协调机构，负责研究义乌试验区建设战略。',
    ZHEJIANG,
    ['义乌试验区议事协调机构:LEADS'],
  ],
  [
    'a duty on an occasion (X在…时，要…)',
    '审计机关在开展党政主要领导干部经济责任审计时，要对地方政府主要领导干部执行环境保护法律法规情况进行审计。',
    STATE,
    ['审计机关:LEADS'],
  ],
  ['every township is no one body (乡镇人民政府)', '乡镇人民政府要协助做好相关工作。', STATE, []],
  [
    'under the guidance of others (X在Y领导和Z指导、支持下，…): X acts and Y leads with it; 在 ends a name',
    '市人民政府在国务院领导和国家有关部门指导、支持下，组织实施改革试点工作。',
    SHANGHAI,
    ['国务院:LEADS', '市人民政府:LEADS'],
  ],
  ['a duty on an object (X对…，实行…)', '海关对进出自由港区之货物，实行分类监管。', STATE, ['海关:LEADS']],
  [
    'every level is no one body (县级以上地方各级人民政府)',
    '县级以上地方各级人民政府对本行政区域环境监管执法工作负领导责任，要建立工作机制。',
    STATE,
    [],
  ],
  ['levels are no place (市、县两级)', '市、县两级环境保护部门承担日常环境监管执法责任。', STATE, []],
];

describe('recall: prose duties', () => {
  it.each(ROWS)('%s', (_what, text, ctx, want) => {
    expect(read(text, ctx)).toEqual([...want].sort());
  });
});

describe('recall: the document place', () => {
  it('a place read in the head counts only inside the province of the zone (上海城市体检 ≠ 辽宁省海城市)', () => {
    const text =
      '关于印发《临港新片区城市体检实施方案（试行）》的通知\n\n按照市住建委《关于印发<2024年上海城市体检工作方案>的函》文件精神，制定本方案。\n\n中国（上海）自由贸易试验区临港新片区管理委员会';
    const ctx = documentContext({
      text,
      file: 't.txt',
      title: '关于印发《临港新片区城市体检实施方案（试行）》的通知',
      docId: 'policy:t',
      dicts: DICTS,
      header: { issuers: ['中国（上海）自由贸易试验区临港新片区管理委员会'], docNumber: null, addressees: [] },
    });
    expect([ctx.province, ctx.city, ctx.district]).toEqual(['上海市', '上海市', null]);
    // a name written in full before its short form (X（以下简称Y）) is a body, bracket and all
    const full = '中国（上海）自由贸易试验区临港新片区管理委员会';
    const withShort = { ...ctx, abbreviations: new Map([['临港新片区管委会', full]]) };
    const sentence = `浦东新区人民政府、${full}（以下简称临港新片区管委会）应当按照各自职责负责保税维修业务管理工作。`;
    expect(read(sentence, withShort)).toEqual([`${full}:LEADS`, '浦东新区人民政府:LEADS']);
    // the zone administration that issues the document calls itself 管委会
    expect(ctx.abbreviations?.get('管委会')).toBe('中国（上海）自由贸易试验区临港新片区管理委员会');
  });
});

describe('recall: a label speaks for its paragraph', () => {
  const FENGXIAN: DocContext = { ...SHANGHAI, level: 'district', district: '奉贤区' };
  it('prose duties of the other paragraphs of a measure stay leads; those of the labelled one take part', () => {
    const text =
      '一、完善管理体制\n\n1.强化区级主体责任\n\n区交通建设管理中心是本区农村公路的行业管理机构，承担县道的具体管理养护工作。\n\n' +
      '按照要求，区发展改革委、区财政局应同步制定相关配套政策。\n\n(责任单位：区发展改革委、区规划资源局)\n';
    const facts = factsOf(text, FENGXIAN);
    expect(facts).toContain('LEADS 上海市奉贤区交通建设管理中心 prose');
    expect(facts).toContain('LEADS 上海市奉贤区发展和改革委员会 label');
    expect(facts).toContain('INVOLVED_IN 上海市奉贤区财政局 prose');
  });
});

describe('recall: the lines of one working group are one block', () => {
  it('副总指挥 and 成员 lines support on the measure of the 总指挥 line', () => {
    const text =
      '2　组织机构和职责\n2.1　国家粮食应急工作指挥部\n总指挥：国家发展改革委主要负责人。\n' +
      '副总指挥：国家粮食局主要负责人。\n成员：公安部、财政部有关负责人。\n2.2　地方机构\n省级人民政府负责本地区工作。\n';
    const facts = factsOf(text, STATE).filter((f) => f.endsWith(' group'));
    expect(facts).toEqual([
      'LEADS 国家发展和改革委员会 group',
      'SUPPORTS 国家粮食局 group',
      'SUPPORTS 公安部 group',
      'SUPPORTS 财政部 group',
    ]);
    const segments = segment(text, STATE.docId);
    const group = findAssignments({ text, segments, ctx: STATE, glossary: DICTS.agencies }).filter(
      (f) => f.method === 'group',
    );
    expect(new Set(group.map((f) => f.measureId)).size).toBe(1);
    const held = segments.find((sg) => sg.id === group[0]?.measureId);
    expect(text.slice(held?.start ?? 0, held?.end ?? 0)).toContain('总指挥：国家发展改革委');
  });
});

describe('recall: the lead of a list of duties leads each item', () => {
  it('X…履行下列职责：（一）…（二）…', () => {
    const text =
      '第八条 中国（上海）自由贸易试验区管理委员会（以下简称“管委会”）为市人民政府派出机构，统筹管理自贸试验区有关行政事务，依照本条例履行下列职责：\n\n' +
      '（一）负责组织实施自贸试验区发展规划和政策措施。\n\n（二）负责自贸试验区内投资、贸易等有关行政管理工作。\n\n' +
      '第九条 企业依法经营。\n';
    const segments = segment(text, SHANGHAI.docId);
    const ctx = { ...SHANGHAI, abbreviations: abbreviationsIn(text) };
    const facts = findAssignments({ text, segments, ctx, glossary: DICTS.agencies });
    const items = segments.filter((s) => /^（[一二]）/u.test(s.number));
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(facts.filter((f) => f.measureId === item.id).map((f) => `${f.role} ${f.agency.props.name}`)).toEqual([
        'LEADS 中国（上海）自由贸易试验区管理委员会',
      ]);
    }
  });
});
