// National bodies by the names and short forms that State Council documents use, and the reforms that
// lead a body named in an older document to today's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, REGISTER } from './register-fixture.ts';

// Short forms as they stand in the development corpus (国发〔2018〕42号 = 17, 国发〔2018〕39号 = 18,
// 国办发〔2018〕129号 = 20, 国办发〔2018〕117号 = 22, 国办发〔2019〕2号 = 23, 国办函〔2005〕57号 = 24, 国办发〔2014〕56号 = 39).
const NATIONAL: [mention: string, name: string, category: string][] = [
  ['发展改革委', '国家发展和改革委员会', 'constituent'],
  ['国家发展改革委', '国家发展和改革委员会', 'constituent'],
  ['工业和信息化部', '工业和信息化部', 'constituent'],
  ['工信部', '工业和信息化部', 'constituent'],
  ['科技部', '科学技术部', 'constituent'],
  ['人力资源社会保障部', '人力资源和社会保障部', 'constituent'],
  ['住房城乡建设部', '住房和城乡建设部', 'constituent'],
  ['卫生健康委', '国家卫生健康委员会', 'constituent'],
  ['国家卫生健康委', '国家卫生健康委员会', 'constituent'],
  ['人民银行', '中国人民银行', 'constituent'],
  ['国资委', '国务院国有资产监督管理委员会', 'special'],
  ['市场监管总局', '国家市场监督管理总局', 'direct'],
  ['国家市场监管总局', '国家市场监督管理总局', 'direct'],
  ['税务总局', '国家税务总局', 'direct'],
  ['国管局', '国家机关事务管理局', 'direct'],
  ['国际发展合作署', '国家国际发展合作署', 'direct'],
  ['国家医保局', '国家医疗保障局', 'direct'],
  ['证监会', '中国证券监督管理委员会', 'direct'],
  ['体育总局', '国家体育总局', 'direct'],
  ['粮食和储备局', '国家粮食和物资储备局', 'bureau'],
  ['国家粮食和储备局', '国家粮食和物资储备局', 'bureau'],
  ['国家药监局', '国家药品监督管理局', 'bureau'],
  ['邮政局', '国家邮政局', 'bureau'],
  ['民航局', '中国民用航空局', 'bureau'],
  ['外汇局', '国家外汇管理局', 'bureau'],
  ['供销合作总社', '中华全国供销合作总社', 'managed-institution'],
  ['银保监会', '中国银行保险监督管理委员会', 'institution'],
  ['扶贫办', '国务院扶贫开发领导小组办公室', 'office'],
  ['中央统战部', '中共中央统一战线工作部', 'party'],
  ['中央宣传部', '中共中央宣传部', 'party'],
  ['中央和国家机关工委', '中央和国家机关工作委员会', 'party'],
  ['国务院新闻办', '中共中央对外宣传办公室', 'party'],
  ['中央网信办', '中央网络安全和信息化委员会办公室', 'party'],
  ['中央军委政治工作部', '中央军委政治工作部', 'military'],
  ['全国人大常委会', '全国人民代表大会常务委员会', 'npc'],
  ['国家监委', '国家监察委员会', 'supervision'],
  ['最高法', '最高人民法院', 'court'],
  ['全国总工会', '中华全国总工会', 'mass-org'],
  ['共青团中央', '中国共产主义青年团中央委员会', 'mass-org'],
  ['全国妇联', '中华全国妇女联合会', 'mass-org'],
  ['全国工商联', '中华全国工商业联合会', 'mass-org'],
  ['贸促会', '中国国际贸易促进委员会', 'mass-org'],
  ['中国侨联', '中华全国归国华侨联合会', 'mass-org'],
  ['北京冬奥组委', '北京2022年冬奥会和冬残奥会组织委员会', 'organising-committee'],
  ['中国农业发展银行', '中国农业发展银行', 'soe'],
  ['中华人民共和国海关总署', '海关总署', 'direct'],
  ['铁道部', '铁道部', 'constituent'],
  ['交通部', '交通部', 'constituent'],
  ['质检总局', '国家质量监督检验检疫总局', 'direct'],
];

describe('lookupNational', () => {
  it.each(NATIONAL)('%s → %s (%s)', (mention, name, category) => {
    const found = REGISTER.lookupNational(mention);
    expect(found?.name).toBe(name);
    expect(found?.category).toBe(category);
    expect(found?.level).toBe('national');
    expect(found?.nameEn).toMatch(/\w/);
  });

  it.each(['市发改委', '海关', '省商务厅', '有关部门', '国家', '发展改革'])(
    'does not take %s for a national body',
    (m) => {
      expect(REGISTER.lookupNational(m)).toBeNull();
    },
  );

  it('tells a plate from a name and a short form', () => {
    expect(REGISTER.lookupNational('国家认证认可监督管理委员会')).toMatchObject({
      name: '国家市场监督管理总局',
      matchedAs: 'plate',
    });
    expect(REGISTER.lookupNational('国家版权局')?.name).toBe('中共中央宣传部');
  });

  it('picks the body of the year for an ambiguous short form (广电总局)', () => {
    expect(REGISTER.lookupNational('广电总局', { year: 2010 })?.name).toBe('国家广播电影电视总局');
    const today = REGISTER.lookupNational('广电总局', { year: 2020 });
    expect(today?.name).toBe('国家广播电视总局');
    expect(today?.alternatives.map((b) => b.name)).toEqual(['国家广播电影电视总局']);
  });
});

const SUCCESSION: [name: string, steps: [number, string][], today: string[]][] = [
  ['环境保护部', [[2018, '生态环境部']], ['生态环境部']],
  [
    '国家环境保护总局',
    [
      [2008, '环境保护部'],
      [2018, '生态环境部'],
    ],
    ['生态环境部'],
  ],
  ['国家工商行政管理总局', [[2018, '国家市场监督管理总局']], ['国家市场监督管理总局']],
  ['国家粮食局', [[2018, '国家粮食和物资储备局']], ['国家粮食和物资储备局']],
  ['农业部', [[2018, '农业农村部']], ['农业农村部']],
  ['国家旅游局', [[2018, '文化和旅游部']], ['文化和旅游部']],
  ['国家外国专家局', [[2018, '科学技术部']], ['科学技术部']],
  [
    '中国银行业监督管理委员会',
    [
      [2018, '中国银行保险监督管理委员会'],
      [2023, '国家金融监督管理总局'],
    ],
    ['国家金融监督管理总局'],
  ],
  [
    '国务院扶贫开发领导小组办公室',
    [
      [2021, '国家乡村振兴局'],
      [2023, '农业农村部'],
    ],
    ['农业农村部'],
  ],
  [
    '铁道部',
    [
      [2013, '交通运输部,国家铁路局,中国铁路总公司'],
      [2019, '中国国家铁路集团有限公司'],
    ],
    ['交通运输部', '国家铁路局', '中国国家铁路集团有限公司'],
  ],
  ['商务部', [], ['商务部']],
];

describe('successors', () => {
  it.each(SUCCESSION)('%s', (name, steps, today) => {
    expect(REGISTER.successors(name).map((s) => [s.year, s.to.join(',')])).toEqual(steps);
    expect(REGISTER.today(name)).toEqual(today);
  });

  it('follows a body named by its short form in a 2014 document to today', () => {
    const found = REGISTER.lookupNational('工商总局', { year: 2014 });
    expect(found).toMatchObject({ name: '国家工商行政管理总局', current: false, until: 2018 });
    expect(found?.today).toEqual(['国家市场监督管理总局']);
  });

  it('keeps only the steps from a year on', () => {
    const steps = REGISTER.successors('国家环境保护总局', 2010);
    expect(steps.map((s) => s.to[0])).toEqual(['生态环境部']);
  });
});

/** The bodies in the responsibility tags of the State Council documents: "（A、B、C等负责）",
 *  "（A、B等和各有关省级人民政府负责）", "（A会同有关部门负责）". The grammar splits the list; here each
 *  part must be a national body or a collective. */
describe('the corpus tags of State Council documents', () => {
  const DOCS = [
    '17_guofa2018_42_nongye_jixiehua_zhuanxing_shengji.txt',
    '18_guofa2018_39_cujin_jiuye_rawhtml.txt',
    '20_guobanfa2018_129_xiaofei_fupin.txt',
    '22_guobanfa2018_117_zhenzhua_shigan_jili_zhichi.txt',
  ];
  it.each(DOCS)('%s: every listed body resolves', (doc) => {
    const text = readFileSync(join(CORPUS_DIR, doc), 'utf8');
    const parts = [...text.matchAll(/（([^（）]{2,300}?)负责(?:[。，][^（）]*)?）/g)].flatMap((m) =>
      m[1]
        .split(/[、，,]|等有关部门和单位|等和|等|会同|牵头|按职责分工/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
    expect(parts.length).toBeGreaterThan(5);
    const unresolved = parts.filter((p) => {
      const r = REGISTER.resolve(p, { year: 2018 });
      return r?.type !== 'national' && r?.type !== 'collective';
    });
    expect(unresolved).toEqual([]);
  });
});
