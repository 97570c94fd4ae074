// The jurisdiction rules, one row each: a mention in a document context → the body's name, place and id.
import { describe, expect, it } from 'vitest';
import { looksLikeAgency, resolveAgency } from '../../../graph-loader/src/extract/agencies.ts';
import { abbreviationsIn } from '../../../graph-loader/src/extract/context.ts';
import { documentJurisdiction } from '../../../graph-loader/src/extract/jurisdiction.ts';
import { placeIndex } from '../../../graph-loader/src/lang/places.ts';
import type { DocContext, DocLevel } from '../../../graph-loader/src/types.ts';
import { createRegister } from '../../../graph-loader/src/register/index.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { loadRegisterFiles } from '../../../graph-loader/src/read/register.ts';
import { DICTS, GLOSSARY } from '../extract-core/fixtures.ts';
import { docContext } from './doc-context.ts';

const PLACES = placeIndex(DICTS.divisions!);
const REGISTER = createRegister(await loadRegisterFiles('data/register'));

function ctx(
  level: DocLevel | null,
  province: string | null,
  city: string | null,
  district: string | null,
): DocContext {
  return docContext({ level, province, city, district }, PLACES, REGISTER);
}
const ANHUI = ctx('provincial', '安徽省', null, null);
const ZHONGSHAN = ctx('municipal', '广东省', '中山市', null);
const FENGXIAN = ctx('district', '上海市', '上海市', '奉贤区');
const STATE = ctx('national', null, null, null);
const UNKNOWN = ctx(null, null, null, null);

const RULES: { rule: string; raw: string; at: DocContext; name: string; jurisdiction: string | null; id: string }[] = [
  {
    rule: '省 prefix → the document province',
    raw: '省经济和信息化厅',
    at: ANHUI,
    name: '安徽省经济和信息化厅',
    jurisdiction: '安徽省',
    id: 'agency:安徽省经济和信息化厅',
  },
  {
    rule: '市 prefix → the document city',
    raw: '市商务局',
    at: ZHONGSHAN,
    name: '中山市商务局',
    jurisdiction: '中山市',
    id: 'agency:中山市商务局',
  },
  {
    rule: '区 prefix → district with its city',
    raw: '区审计局',
    at: FENGXIAN,
    name: '上海市奉贤区审计局',
    jurisdiction: '上海市奉贤区',
    id: 'agency:上海市奉贤区审计局',
  },
  {
    rule: 'a customs office keeps its city',
    raw: '海关',
    at: ZHONGSHAN,
    name: '中山海关',
    jurisdiction: '中山市',
    id: 'agency:中山海关',
  },
  {
    rule: 'a named customs office is placed by the gazetteer',
    raw: '岳阳海关',
    at: ANHUI,
    name: '岳阳海关',
    jurisdiction: '岳阳市',
    id: 'agency:岳阳海关',
  },
  {
    rule: 'a named city body',
    raw: '合肥市商务局',
    at: ANHUI,
    name: '合肥市商务局',
    jurisdiction: '合肥市',
    id: 'agency:合肥市商务局',
  },
  {
    rule: 'a district named alone gets its city',
    raw: '浦东新区人民政府',
    at: FENGXIAN,
    name: '上海市浦东新区人民政府',
    jurisdiction: '上海市浦东新区',
    id: 'agency:上海市浦东新区人民政府',
  },
  {
    rule: 'a place as actor is its government',
    raw: '海南省',
    at: STATE,
    name: '海南省人民政府',
    jurisdiction: '海南省',
    id: 'agency:海南省人民政府',
  },
  {
    rule: 'national short form in a national document',
    raw: '发展改革委',
    at: STATE,
    name: '国家发展和改革委员会',
    jurisdiction: '中国',
    id: 'agency:国家发展和改革委员会',
  },
  {
    rule: 'national short form: 人力资源社会保障部',
    raw: '人力资源社会保障部',
    at: STATE,
    name: '人力资源和社会保障部',
    jurisdiction: '中国',
    id: 'agency:人力资源和社会保障部',
  },
  {
    rule: 'the same short form in a city document is the city body',
    raw: '市发展改革委',
    at: ZHONGSHAN,
    name: '中山市发展和改革委员会',
    jurisdiction: '中山市',
    id: 'agency:中山市发展和改革委员会',
  },
  {
    rule: 'a bare system in a national document is national',
    raw: '海关',
    at: STATE,
    name: '海关',
    jurisdiction: '中国',
    id: 'agency:海关',
  },
  {
    rule: 'a bare system in a provincial document carries the province in its id',
    raw: '海关',
    at: ANHUI,
    name: '海关',
    jurisdiction: '安徽省',
    id: 'agency:安徽省/海关',
  },
  {
    rule: 'place unknown → scoped to the document',
    raw: '市商务局',
    at: UNKNOWN,
    name: '市商务局',
    jurisdiction: null,
    id: 'agency:测试文件#市商务局',
  },
  {
    rule: 'place unknown, bare body → scoped',
    raw: '商务局',
    at: UNKNOWN,
    name: '商务局',
    jurisdiction: null,
    id: 'agency:测试文件#商务局',
  },
  {
    rule: 'masked city (**市) → scoped to the document, kept as written',
    raw: '商务局',
    at: { ...ctx('municipal', '河南省', null, null), masked: true },
    name: '**市商务局',
    jurisdiction: null,
    id: 'agency:测试文件#**市商务局',
  },
  {
    rule: 'masked customs → scoped to the document',
    raw: '海关',
    at: { ...ctx('municipal', '河南省', null, null), masked: true },
    name: '**海关',
    jurisdiction: null,
    id: 'agency:测试文件#**海关',
  },
  {
    rule: 'a body written masked → scoped to the document',
    raw: '**市税务局',
    at: ANHUI,
    name: '**市税务局',
    jurisdiction: null,
    id: 'agency:测试文件#**市税务局',
  },
  {
    rule: 'a name that begins with the country and names no place is national',
    raw: '中国储备粮管理总公司',
    at: ZHONGSHAN,
    name: '中国储备粮管理总公司',
    jurisdiction: '中国',
    id: 'agency:中国储备粮管理总公司',
  },
  {
    rule: 'a name that begins with the country sits where it names a place',
    raw: '中国人民银行长沙中心支行',
    at: ZHONGSHAN,
    name: '中国人民银行长沙中心支行',
    jurisdiction: '长沙市',
    id: 'agency:中国人民银行长沙中心支行',
  },
  {
    rule: '州 prefix → the prefecture',
    raw: '州人民政府',
    at: ctx('municipal', '四川省', '阿坝州', null),
    name: '阿坝州人民政府',
    jurisdiction: '阿坝州',
    id: 'agency:阿坝州人民政府',
  },
  {
    rule: '省级 reads as 省',
    raw: '省级商务局',
    at: ANHUI,
    name: '安徽省商务局',
    jurisdiction: '安徽省',
    id: 'agency:安徽省商务局',
  },
];

describe('jurisdiction: a mention resolved to its level and place', () => {
  it.each(RULES)('$rule: $raw', ({ raw, at, name, jurisdiction, id }) => {
    const a = resolveAgency(raw, at, GLOSSARY);
    expect(a?.props.name).toBe(name);
    expect(a?.props.jurisdiction).toBe(jurisdiction);
    expect(a?.id).toBe(id);
  });

  it('the short form is kept in aliases', () => {
    expect(resolveAgency('发展改革委', STATE, GLOSSARY)?.props.aliases).toContain('发展改革委');
  });

  it.each(['日市商务局', '3市商务局', '市或区人民政府', '各有关部门', '考察对接了中拉控股集团'])(
    'debris and collectives are no body: %s',
    (raw) => {
      expect(resolveAgency(raw, ZHONGSHAN, GLOSSARY)).toBeNull();
    },
  );

  it('two cities never share a 市商务局, and one city meets itself in two documents', () => {
    const a = resolveAgency('市商务局', ZHONGSHAN, GLOSSARY)!;
    const b = resolveAgency('市商务局', ctx('municipal', '湖南省', '岳阳市', null), GLOSSARY)!;
    const c = resolveAgency('市商务局', { ...ZHONGSHAN, docId: 'policy:另一份文件' }, GLOSSARY)!;
    expect(a.id).not.toBe(b.id);
    expect(a.id).toBe(c.id);
  });

  it('masked documents never share a body: each keeps its own', () => {
    const masked = { ...ctx('municipal', '河南省', null, null), masked: true };
    const a = resolveAgency('市商务局', masked, GLOSSARY)!;
    const b = resolveAgency('市商务局', { ...masked, docId: 'policy:另一份文件' }, GLOSSARY)!;
    expect(a.id).not.toBe(b.id);
  });

  it('districts of the same name in two cities stay apart', () => {
    const gulou = (city: string, province: string) =>
      resolveAgency('区自贸办', ctx('district', province, city, '鼓楼区'), GLOSSARY)!.id;
    expect(gulou('徐州市', '江苏省')).not.toBe(gulou('福州市', '福建省'));
  });
});

const HEADERS: {
  what: string;
  title: string;
  issuers?: string[];
  head?: string;
  docNumber?: string;
  want: [DocLevel | null, string | null, string | null, string | null];
}[] = [
  {
    what: 'issuer of a province',
    title: '关于印发行动计划的通知',
    issuers: ['安徽省人民政府办公厅'],
    want: ['provincial', '安徽省', null, null],
  },
  { what: 'title of a city', title: '中山市政务数据管理办法', want: ['municipal', '广东省', '中山市', null] },
  {
    what: 'title of a district',
    title: '上海市奉贤区人民政府关于印发方案的通知',
    want: ['district', '上海市', '上海市', '奉贤区'],
  },
  {
    what: 'a prefecture written short',
    title: '阿坝州人民政府办公室关于印发办法的通知',
    want: ['municipal', '四川省', '阿坝州', null],
  },
  {
    what: 'a State Council number',
    title: '关于加强环境监管执法的通知',
    docNumber: '国办发〔2014〕56号',
    want: ['national', null, null, null],
  },
  {
    what: 'national addressees',
    title: '通报',
    head: '通报\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：现将',
    want: ['national', null, null, null],
  },
  {
    what: 'an adoption line of a province',
    title: '义乌国际贸易综合改革试验区条例',
    head: '（2019年11月29日浙江省第十三届人民代表大会常务委员会第十五次会议通过）',
    want: ['provincial', '浙江省', null, null],
  },
  { what: 'nothing to go by', title: '自由贸易港区设置管理条例', want: [null, null, null, null] },
];

const FULL = await loadDictionaries('data/dictionaries');

const FUNCTIONS: { raw: string; at: DocContext; name: string | null; jurisdiction?: string }[] = [
  { raw: '市商务部门', at: ctx('municipal', '上海市', '上海市', null), name: '上海市商务部门', jurisdiction: '上海市' },
  { raw: '浦东新区生态环境部门', at: FENGXIAN, name: '上海市浦东新区生态环境部门', jurisdiction: '上海市浦东新区' },
  { raw: '国务院财政部门', at: STATE, name: '国务院财政部门', jurisdiction: '中国' },
  { raw: '公安机关', at: STATE, name: '公安机关', jurisdiction: '中国' },
  { raw: '部门', at: STATE, name: null },
];

describe('jurisdiction: functions named by laws', () => {
  it.each(FUNCTIONS)('$raw', ({ raw, at, name, jurisdiction }) => {
    const a = resolveAgency(raw, { ...at, register: FULL.register }, FULL.agencies);
    expect(a?.props.name ?? null).toBe(name);
    if (name) expect(a?.props.jurisdiction).toBe(jurisdiction);
  });

  it('a function is a mention only when its words are a body core', () => {
    const at = { ...STATE, register: FULL.register };
    expect(looksLikeAgency('市商务部门', at, FULL.agencies)).toBe(true);
    expect(looksLikeAgency('跨部门', at, FULL.agencies)).toBe(false);
    expect(looksLikeAgency('一个部门', at, FULL.agencies)).toBe(false);
  });
});

describe('jurisdiction: short forms the text defines (以下简称)', () => {
  const text =
    '第七条 义乌国际贸易综合改革试验区管理委员会（以下简称义乌试验区管委会）负责统筹。\n' +
    '第八条 中国（上海）自由贸易试验区管理委员会（以下简称“管委会”）。在区内设立的企业（以下简称“区内企业”）。';
  const abbreviations = abbreviationsIn(text);

  it('only bodies are kept', () => {
    expect([...abbreviations.keys()]).toEqual(['义乌试验区管委会', '管委会']);
  });

  it.each([
    ['义乌试验区管委会', '义乌国际贸易综合改革试验区管理委员会', '义乌国际贸易综合改革试验区'],
    ['管委会', '中国（上海）自由贸易试验区管理委员会', '中国（上海）自由贸易试验区'],
  ])('%s → %s @ %s', (raw, name, jurisdiction) => {
    const a = resolveAgency(raw, { ...ZHONGSHAN, abbreviations }, GLOSSARY);
    expect([a?.props.name, a?.props.jurisdiction, a?.props.level]).toEqual([name, jurisdiction, 'zone']);
    expect(a?.props.aliases).toContain(raw);
  });
});

describe('jurisdiction: the document place from its header', () => {
  it.each(HEADERS)('$what', ({ title, issuers, head, docNumber, want }) => {
    const j = documentJurisdiction(
      { title, issuers: issuers ?? [], addressees: [], docNumber: docNumber ?? null, head: head ?? title, tail: '' },
      PLACES,
    );
    expect([j.level, j.place.province, j.place.city, j.place.district]).toEqual(want);
  });

  it('a State Council body the register knows by its name is national (海关总署, 审计署), and so is its order', () => {
    const national = (name: string) => REGISTER.lookupNational(name)?.matchedAs === 'name';
    const header = (issuers: string[], docNumber: string | null) => ({
      title: '保税区海关监管办法',
      issuers,
      addressees: [],
      docNumber,
      head: '保税区海关监管办法',
      tail: '',
    });
    expect(documentJurisdiction(header(['海关总署'], null), PLACES, national).level).toBe('national');
    expect(documentJurisdiction(header([], '海关总署令第65号'), PLACES).level).toBe('national');
    expect(documentJurisdiction(header(['海关总署'], null), PLACES).level).toBeNull();
  });
});

describe('jurisdiction: bodies of Taiwan, Hong Kong and Macao', () => {
  it('入出国及移民署 in a document placed nowhere on the mainland is Taiwan’s body', () => {
    expect(resolveAgency('入出国及移民署', UNKNOWN, GLOSSARY)?.props.jurisdiction).toBe('台湾');
  });

  it.each(['财政局', '入出国及移民署'])('%s in simplified script in a mainland plan is no region’s body', (raw) => {
    for (const at of [ANHUI, ZHONGSHAN, FENGXIAN]) {
      const jurisdiction = resolveAgency(raw, at, GLOSSARY)?.props.jurisdiction ?? null;
      expect(['台湾', '香港特别行政区', '澳门特别行政区']).not.toContain(jurisdiction);
    }
  });
});
