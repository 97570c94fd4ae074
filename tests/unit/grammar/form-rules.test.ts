// Forms of responsibility common in Chinese laws and plans, one table row each, with invented sentences
// (session 5, from the development corpus and hold-out documents 06, 10, 13, 21): the text → the
// readings (name as read : role). Real register and dictionaries; a document context of its kind.
import { describe, expect, it } from 'vitest';
import { looksLikeAgency, resolveAgency } from '../../../graph-loader/src/extract/agencies.ts';
import { abbreviationsIn } from '../../../graph-loader/src/extract/context.ts';
import { bodyTest } from '../../../graph-loader/src/grammar/lists.ts';
import { readStatements } from '../../../graph-loader/src/grammar/read.ts';
import { placeIndex } from '../../../graph-loader/src/lang/places.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import type { DocContext } from '../../../graph-loader/src/types.ts';

const DICTS = await loadDictionaries('data/dictionaries');
const PLACES = placeIndex(DICTS.divisions!);

function at(level: DocContext['level'], province: string | null, city: string | null): DocContext {
  return {
    docId: 'policy:t',
    file: 't.txt',
    title: 't',
    province,
    city,
    district: null,
    zoneId: null,
    masked: false,
    level,
    places: PLACES,
    register: DICTS.register,
  };
}
const PROVINCE = at('provincial', '江苏省', null);
const CITY = at('municipal', '江苏省', '苏州市');
const STATE = at('national', null, null);

function read(text: string, ctx: DocContext): string[] {
  const known = bodyTest((n) => looksLikeAgency(n, ctx, DICTS.agencies));
  return readStatements(text, 0, text.length, { isBody: known, isKnown: known })
    .map((r) => `${r.name.as ?? r.name.raw}:${r.role}`)
    .sort();
}

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
  it('the body a relative clause sets up is the full form of its short name (X设立的Y（以下简称Z）)', () => {
    const text = '第七条 市人民政府设立的苏州市开放型经济工作办公室（以下简称市开放办），负责统筹工作。';
    expect(abbreviationsIn(text).get('市开放办')).toBe('苏州市开放型经济工作办公室');
  });
});
