// Forms of responsibility common in Chinese laws and plans, one table row each, with invented sentences
// (session 5, from the development corpus and hold-out documents 06, 10, 13, 21): the text → the
// readings (name as read : role). Real register and dictionaries; a document context of its kind.
import { describe, expect, it } from 'vitest';
import { looksLikeAgency, resolveAgency } from '../../../graph-loader/src/extract/agencies.ts';
import { abbreviationsIn, collectiveTermsIn } from '../../../graph-loader/src/extract/context.ts';
import type { DocContext } from '../../../graph-loader/src/types.ts';
import { at, DICTS, read } from './read-context.ts';

const PROVINCE = at('provincial', '江苏省', null);
const CITY = at('municipal', '江苏省', '苏州市');
const STATE = at('national', null, null);

const ROWS: [string, string, DocContext, string[]][] = [
  [
    'the law the body acts under is an adverbial (X依照本条例对…实施监管)',
    '海关依照本条例对进出综合保税区的货物实施监管。',
    STATE,
    ['海关:LEADS'],
  ],
  [
    'a body under a named law (X按照《…》的规定…)',
    '市场监管部门按照《中华人民共和国食品安全法》的规定开展抽检。',
    CITY,
    ['市场监管部门:LEADS'],
  ],
  ['a duty on a finding (X发现…，应当…)', '管委会发现企业存在违法行为，应当及时通报有关部门。', CITY, ['管委会:LEADS']],
  ['accepting a body’s inspection (接受X检查)', '货物进出园区，应当接受海关查验。', STATE, ['海关:LEADS']],
  [
    'a body that sets up another, and the body set up (X建立Y，负责…)',
    '省人民政府建立开发区建设议事协调机构，负责统筹协调开发区建设工作。',
    PROVINCE,
    ['开发区建设议事协调机构:LEADS', '省人民政府:LEADS'],
  ],
  [
    'a body’s office stationed in the zone names the body (X驻区工作机构)',
    '海事部门驻区工作机构应当会同海关、边检等部门驻区工作机构建立联合检查机制。',
    PROVINCE,
    ['海事部门:LEADS', '海关:SUPPORTS', '边检部门:SUPPORTS'],
  ],
  ['the approver leads (必须经X批准)', '设立综合保税区，必须经国务院批准。', STATE, ['国务院:LEADS']],
  ['the approver leads (应当经X许可)', '从事危险品运输的，应当经市人民政府许可。', CITY, ['市人民政府:LEADS']],
  [
    'an approver after the body that drafts is none (由A编制，经B批准后实施)',
    '专项规划由市商务局编制，经市人民政府批准后实施。',
    CITY,
    ['市商务局:LEADS'],
  ],
  [
    'an approver is the one named before 批准 (经A审议后报B批准)',
    '专项规划经规划委员会审议后报市人民政府批准。',
    CITY,
    [],
  ],
  ['a preposition opens no name (与海关…配合协作)', '与海关、税务等部门配合协作，优化监管流程。', CITY, []],
  ['a preposition inside no name (由企业向海关办理)', '委托加工的，由区内加工企业向海关办理备案手续。', STATE, []],
  [
    'a party of an event is no body (由主办方或组委会与…分享)',
    '赛事收益由赛事主办方或组委会与转播机构分享。',
    STATE,
    [],
  ],
  [
    'the city and its lower levels (市和区、县（市）人民政府): the city’s government; the levels are collective',
    '市和区、县（市）人民政府应当安排专项资金。',
    CITY,
    ['市人民政府:LEADS'],
  ],
  [
    '由 after a long object (…专项规划由X组织有关部门编制)',
    '跨部门、跨领域的产业发展专项规划由市发展改革委组织有关部门根据全市规划编制。',
    CITY,
    ['市发展改革委:LEADS'],
  ],
  [
    'the other departments of a government are collective (市人民政府其他相关主管部门)',
    '市人民政府其他相关主管部门应当按照职责做好相关工作。',
    CITY,
    [],
  ],
  [
    'a government without its level is no one body (由政府负责人牵头)',
    '建立由政府负责人牵头、相关部门共同参与的工作机制。',
    STATE,
    [],
  ],
  [
    'a level and 有关 + a level (省和有关市人民政府): the province leads, the cities are collective',
    '省和有关市人民政府应当建设功能配套园区。',
    PROVINCE,
    ['省人民政府:LEADS'],
  ],
  [
    'the body whose leadership the work is under leads too (X在Y的统一领导下)',
    '市商务局在市人民政府的统一领导下，组织实施开放工作。',
    CITY,
    ['市人民政府:LEADS', '市商务局:LEADS'],
  ],
  ['an adverb between subject and verb (X积极推动…)', '市商务局积极推动外贸转型。', CITY, ['市商务局:LEADS']],
  ['an administrative act (X核发…)', '国土主管部门核发划拨决定书。', CITY, ['国土主管部门:LEADS']],
  ['a town’s government without its name is every town (镇政府)', '镇政府积极推动体检成果应用。', CITY, []],
  ['a number before a measure word is no name (3项转为政府内部审批)', '3项转为政府内部审批流转。', STATE, []],
  [
    'units a body sets up are named under it (X下设A、B。1.A。负责…)',
    '评审办公室下设监督组、专家组。\n1.监督组。负责对评审工作进行监督。\n2.专家组。负责提供技术咨询。',
    STATE,
    ['评审办公室专家组:LEADS', '评审办公室监督组:LEADS'],
  ],
  [
    'help only (X应当协同Y加强…，配合做好…): X supports, the body it helps leads',
    '市口岸服务、公安等部门应当协同海关加强风险防范，配合做好打击走私工作。',
    CITY,
    ['海关:LEADS', '市口岸服务部门:SUPPORTS', '市公安部门:SUPPORTS'],
  ],
  [
    'help only (X…，协同实施本条例): X supports',
    '市发展改革、建设等部门应当根据各自职责，规范和优化行政程序，协同实施本条例。',
    CITY,
    ['市发展改革部门:SUPPORTS', '市建设部门:SUPPORTS'],
  ],
  [
    'work of its own beside help (X依法做好…，并协同落实…): X leads; a class closes the list',
    '海关、海事、边检等口岸检查检验机构依法做好监督管理等工作，并协同落实其他工作。',
    CITY,
    ['海关:LEADS', '海事部门:LEADS', '边检部门:LEADS'],
  ],
  [
    'support as the work (X按照各自职责，做好支持…的相关工作)',
    '市财政、税务等部门按照各自职责，做好支持园区发展的相关工作。',
    CITY,
    ['市财政部门:SUPPORTS', '市税务部门:SUPPORTS'],
  ],
  [
    '本市 is the level of the list (本市建设、公安等部门)',
    '本市建设、公安等部门应当加强道路建设管理。',
    CITY,
    ['市建设部门:LEADS', '市公安部门:LEADS'],
  ],
  [
    'one function closed by 等部门 (会同市外事等部门); 市场 is no level word',
    '市商务部门应当会同市外事等部门做好服务；市商务、市场监管部门按照信息报告制度为企业提供指导。',
    CITY,
    ['市商务部门:LEADS', '市商务部门:LEADS', '市外事部门:SUPPORTS', '市市场监管部门:LEADS'],
  ],
  [
    'a function of more than six characters (规划和自然资源)',
    '市商务、规划和自然资源、住房建设等部门应当建立管理机制。',
    CITY,
    ['市商务部门:LEADS', '市规划和自然资源部门:LEADS', '市住房建设部门:LEADS'],
  ],
  [
    'a definition between subject and verb (X（以下统称“Y”）依法…)',
    '海关、海事等机构（以下统称“查验机构”）依法做好查验工作。',
    CITY,
    ['海关:LEADS', '海事部门:LEADS'],
  ],
  [
    '由 + a collective names no agent (市人民政府应当建立由政府主导…的体系)',
    '市人民政府应当建立由政府主导、多方参与的服务体系。',
    CITY,
    ['市人民政府:LEADS'],
  ],
  [
    'a long object after 对于 (X对于…申请，应当…)',
    '市人民法院对于外国投资者、外商投资企业涉及知识产权的财产保全申请，应当依法及时受理和审查。',
    CITY,
    ['市人民法院:LEADS'],
  ],
  ['经 opens no name (…，经市数据主管部门审核后发布)', '上传数据，经市政务数据主管部门审核后发布。', CITY, []],
  [
    'a level word below the document’s (市、区人民政府 in a city law): the districts are collective',
    '市、区人民政府应当加强外商投资工作的组织领导。',
    CITY,
    ['市人民政府:LEADS', '区人民政府:LEADS'],
  ],
  [
    'the body authorised is the subject (X授权Y负责…)',
    '市人民政府授权市数据资源主管部门负责统筹全市数据管理工作。',
    CITY,
    ['市数据资源主管部门:LEADS'],
  ],
  [
    'the office stationed in the zone (由驻区的X受理)',
    '对进入园区的货物，统一由驻区的检验检疫机构受理报检。',
    STATE,
    ['检验检疫机构:LEADS'],
  ],
];

describe('forms: prose duties', () => {
  it.each(ROWS)('%s', (_what, text, ctx, want) => {
    expect(read(text, ctx)).toEqual([...want].sort());
  });
});

describe('forms: names', () => {
  it('a range of levels in a national document is every body of them (市级以上X部门)', () => {
    expect(resolveAgency('市级以上环境保护部门', STATE, DICTS.agencies)).toBeNull();
  });
  it('a Taiwan body by its register name, simplified as the loader reads it (入出国及移民署)', () => {
    const r = resolveAgency('入出国及移民署', STATE, DICTS.agencies);
    expect(r?.props.name).toBe('內政部入出國及移民署');
    expect(r?.props.jurisdiction).toBe('台湾');
  });
  it('a level word below the document’s names every body of the level (区人民政府 in a city law)', () => {
    expect(resolveAgency('区人民政府', CITY, DICTS.agencies)).toBeNull();
    expect(resolveAgency('市人民政府', CITY, DICTS.agencies)?.props.name).toBe('苏州市人民政府');
  });
  it('a class the text defines (以下统称) and a body by its role (…提供部门) are no one body', () => {
    const text = '相关行业主管部门和相关区政府（以下统称“专区监管部门”）负责监督。';
    const ctx = { ...CITY, collectiveTerms: collectiveTermsIn(text) };
    expect(resolveAgency('专区监管部门', ctx, DICTS.agencies)).toBeNull();
    expect(resolveAgency('数据专区监管部门', ctx, DICTS.agencies)).toBeNull();
    expect(resolveAgency('政务数据提供部门', CITY, DICTS.agencies)).toBeNull();
  });
  it('the office of a group the text names is a body (X工作推进小组办公室)', () => {
    const beijing = at('municipal', '北京市', '北京市');
    expect(looksLikeAgency('北京市大数据工作推进小组办公室', beijing, DICTS.agencies)).toBe(true);
  });
  it('functions named by a law as 机构 (省级保险监督管理机构, 检验检疫机构) are bodies of the place', () => {
    expect(resolveAgency('省级保险监督管理机构', PROVINCE, DICTS.agencies)?.props.name).toBe('江苏省保险监督管理机构');
    expect(resolveAgency('检验检疫机构', PROVINCE, DICTS.agencies)?.props.kind).toBe('function');
  });
  it('the body a relative clause sets up is the full form of its short name (X设立的Y（以下简称Z）)', () => {
    const text = '第七条 市人民政府设立的苏州市开放型经济工作办公室（以下简称市开放办），负责统筹工作。';
    expect(abbreviationsIn(text).get('市开放办')).toBe('苏州市开放型经济工作办公室');
  });
});
