// Local bodies by composition: place + (party marker) + core + suffix, with short forms expanded.
// Examples from the development corpus (28 Anhui 皖政办秘〔2021〕82号, 35 Fengxian 沪奉府发〔2021〕16号) and the
// seed plans (003 Yueyang, 000 Jinshui).
import { describe, expect, it } from 'vitest';
import { REGISTER } from './register-fixture.ts';

type Row = [
  mention: string,
  place: string | undefined,
  level: string | undefined,
  core: string,
  suffix: string,
  name: string,
];
const LOCAL: Row[] = [
  ['省经济和信息化厅', '省', 'province', '经济和信息化', '厅', '省经济和信息化厅'],
  ['省财政厅', '省', 'province', '财政', '厅', '省财政厅'],
  ['安徽省经济和信息化厅', '安徽省', 'province', '经济和信息化', '厅', '安徽省经济和信息化厅'],
  ['区发展改革委', '区', 'district', '发展和改革', '委员会', '区发展和改革委员会'],
  ['市发改委', '市', 'city', '发展和改革', '委员会', '市发展和改革委员会'],
  ['区规划资源局', '区', 'district', '规划和自然资源', '局', '区规划和自然资源局'],
  ['区交通委', '区', 'district', '交通', '委员会', '区交通委员会'],
  ['市交通局', '市', 'city', '交通运输', '局', '市交通运输局'],
  ['市市场监管局', '市', 'city', '市场监督管理', '局', '市市场监督管理局'],
  ['市场监管局', undefined, undefined, '市场监督管理', '局', '市场监督管理局'],
  ['市人社局', '市', 'city', '人力资源和社会保障', '局', '市人力资源和社会保障局'],
  ['省人力资源社会保障厅', '省', 'province', '人力资源和社会保障', '厅', '省人力资源和社会保障厅'],
  ['经信委', undefined, undefined, '经济和信息化', '委员会', '经济和信息化委员会'],
  ['中山市商务局', '中山市', 'city', '商务', '局', '中山市商务局'],
  ['岳阳市商务粮食局', '岳阳市', 'city', '商务粮食', '局', '岳阳市商务粮食局'],
  ['市卫健委', '市', 'city', '卫生健康', '委员会', '市卫生健康委员会'],
  ['市自然资源和规划局', '市', 'city', '自然资源和规划', '局', '市自然资源和规划局'],
  ['市口岸办', '市', 'city', '口岸', '办公室', '市口岸办公室'],
  ['区自贸办', '区', 'district', '自由贸易试验区工作', '办公室', '区自由贸易试验区工作办公室'],
  ['市国资委', '市', 'city', '人民政府国有资产监督管理', '委员会', '市人民政府国有资产监督管理委员会'],
  ['市人民政府', '市', 'city', '人民政府', '', '市人民政府'],
  ['省政府', '省', 'province', '人民政府', '', '省人民政府'],
  ['市政府办公室', '市', 'city', '人民政府办公', '室', '市人民政府办公室'],
  ['县政府办', '县', 'county', '人民政府办公', '室', '县人民政府办公室'],
  ['省人民政府办公厅', '省', 'province', '人民政府办公', '厅', '省人民政府办公厅'],
  ['上海市人大常委会', '上海市', 'province', '人民代表大会常务委员会', '', '上海市人民代表大会常务委员会'],
  ['市中级人民法院', '市', 'city', '中级人民法院', '', '市中级人民法院'],
  ['市检察院', '市', 'city', '人民检察院', '', '市人民检察院'],
  ['岳阳市岳阳楼区财政局', '岳阳市岳阳楼区', 'district', '财政', '局', '岳阳市岳阳楼区财政局'],
  [
    '湘西土家族苗族自治州民族宗教事务委员会',
    '湘西土家族苗族自治州',
    'prefecture',
    '民族宗教事务',
    '委员会',
    '湘西土家族苗族自治州民族宗教事务委员会',
  ],
  ['杭州市数据资源管理局', '杭州市', 'city', '数据资源管理', '局', '杭州市数据资源管理局'],
  ['市文化旅游广电局', '市', 'city', '文化广电和旅游', '局', '市文化广电和旅游局'],
  ['市纪委监委', '市', 'city', '纪律检查委员会', '', '市纪律检查委员会'],
];

describe('parseLocal', () => {
  it.each(LOCAL)('%s', (mention, place, level, core, suffix, name) => {
    const p = REGISTER.parseLocal(mention);
    expect(p).not.toBeNull();
    expect(p?.place).toBe(place);
    expect(p?.placeLevel).toBe(level);
    expect(p?.canonicalCore).toBe(core);
    expect(p?.canonicalSuffix).toBe(suffix);
    expect(p?.canonicalName).toBe(name);
    expect(p?.nameEn).toMatch(/^[A-Z]/);
  });

  it('keeps the written core and suffix beside the canonical ones', () => {
    expect(REGISTER.parseLocal('市发改委')).toMatchObject({
      core: '发改',
      suffix: '委',
      canonicalBody: '发展和改革委员会',
      nameEn: 'Development and Reform Commission',
      placeResolved: false,
      branch: 'government',
    });
  });

  const PARTY: [string, string, string, string][] = [
    ['市委组织部', '市', '组织', '市委组织部'],
    ['中共岳阳市委组织部', '岳阳市', '组织', '岳阳市委组织部'],
    ['市委人才办', '市', '人才工作领导小组办公', '市委人才工作领导小组办公室'],
    ['市委网信办', '市', '网络安全和信息化委员会办公', '市委网络安全和信息化委员会办公室'],
    ['区委办', '区', '办公', '区委办公室'],
    ['省委宣传部', '省', '宣传', '省委宣传部'],
    ['县委统战部', '县', '统一战线工作', '县委统一战线工作部'],
  ];
  it.each(PARTY)('party organ %s', (mention, place, core, name) => {
    expect(REGISTER.parseLocal(mention)).toMatchObject({
      branch: 'party',
      partyMarker: '委',
      place,
      canonicalCore: core,
      canonicalName: name,
    });
  });

  it.each(['组织部', '商务部', '落实时间', '海关', '有关部门', '城陵矶新港区'])(
    'finds no composed local body in %s',
    (m) => {
      const p = REGISTER.parseLocal(m);
      if (m === '商务部') expect(REGISTER.lookupNational(m)?.name).toBe('商务部');
      expect(p).toBeNull();
    },
  );
});

describe('parsePlace', () => {
  const PLACES: [string, string | undefined, boolean, string[]][] = [
    ['省', 'province', false, ['省']],
    ['市', 'city', false, ['市']],
    ['安徽省', 'province', true, ['安徽省']],
    ['安徽', 'province', true, ['安徽']],
    ['北京市', 'province', true, ['北京市']],
    ['杭州市', 'city', true, ['杭州市']],
    ['岳阳市岳阳楼区', 'district', true, ['岳阳市', '岳阳楼区']],
    ['内蒙古自治区鄂尔多斯市', 'city', true, ['内蒙古自治区', '鄂尔多斯市']],
    ['黔东南州', 'prefecture', true, ['黔东南州']],
    ['浦东新区', 'district', true, ['浦东新区']],
    ['城陵矶', undefined, true, ['城陵矶']],
  ];
  it.each(PLACES)('%s', (written, level, resolved, parts) => {
    const p = REGISTER.parsePlace(written);
    expect(p.level).toBe(level);
    expect(p.resolved).toBe(resolved);
    expect(p.parts).toEqual(parts);
  });
});
