// Vertical branches, zone administrations, coordination groups, enterprises, Hong Kong/Macao/Taiwan bodies
// and collective subjects; and the order in which `resolve` tries them.
import { describe, expect, it } from 'vitest';
import { REGISTER } from './register-fixture.ts';

describe('parseVertical', () => {
  const ROWS: [mention: string, system: string, parent: string, place: string, resolved: boolean][] = [
    ['岳阳海关', 'customs', '海关总署', '岳阳', true],
    ['中华人民共和国黄埔海关', 'customs', '海关总署', '黄埔', true],
    ['国家税务总局安徽省税务局', 'tax', '国家税务总局', '安徽省', true],
    ['市税务局', 'tax', '国家税务总局', '市', false],
    ['岳阳市国家税务局', 'state-tax', '国家税务总局', '岳阳市', true],
    ['中国人民银行上海分行', 'pbc-branch', '中国人民银行', '上海', true],
    ['人民银行岳阳市中心支行', 'pbc-central-sub-branch', '中国人民银行', '岳阳市', true],
    ['市人民银行', 'pbc-branch', '中国人民银行', '市', false],
    ['国家外汇管理局湖南省分局', 'safe-branch', '国家外汇管理局', '湖南省', true],
    ['国家金融监督管理总局岳阳监管分局', 'nfra-sub-office', '国家金融监督管理总局', '岳阳', true],
    ['岳阳银保监分局', 'cbirc-sub-office', '中国银行保险监督管理委员会', '岳阳', true],
    ['湖南证监局', 'csrc-office', '中国证券监督管理委员会', '湖南', true],
    ['岳阳海事局', 'maritime', '交通运输部', '岳阳', true],
    ['城陵矶出入境边防检查站', 'border-inspection', '国家移民管理局', '城陵矶', true],
    ['岳阳出入境检验检疫局', 'inspection-quarantine', '国家质量监督检验检疫总局', '岳阳', true],
    ['长江航道岳阳管理处', 'changjiang-waterway', '交通运输部', '岳阳', true],
  ];
  it.each(ROWS)('%s', (mention, system, parent, place, resolved) => {
    expect(REGISTER.parseVertical(mention)).toMatchObject({ system, parent, place, placeResolved: resolved });
  });

  // the name a branch goes by: the short forms of one level meet in one full form; a form that does not
  // say the level (市人民银行: 分行, 中心支行 or 支行?) keeps its own
  it.each([
    ['岳阳银保监分局', '中国银行保险监督管理委员会岳阳监管分局'],
    ['中国银保监会安徽监管局', '中国银行保险监督管理委员会安徽监管局'],
    ['安徽银保监局', '中国银行保险监督管理委员会安徽监管局'],
    ['湖南证监局', '中国证券监督管理委员会湖南监管局'],
    ['人行合肥中心支行', '中国人民银行合肥中心支行'],
    ['岳阳市税务局', '国家税务总局岳阳市税务局'],
    ['国家税务总局安徽省税务局', '国家税务总局安徽省税务局'],
    ['中华人民共和国黄埔海关', '黄埔海关'],
    ['城陵矶边检站', '城陵矶出入境边防检查站'],
    ['岳阳人民银行', '岳阳人民银行'],
    ['上海市外汇管理局', '上海市外汇管理局'],
  ])('%s goes by %s', (mention, canonical) => {
    expect(REGISTER.parseVertical(mention)?.canonical).toBe(canonical);
  });

  it('names the system that replaced a retired one', () => {
    expect(REGISTER.parseVertical('上海银监局')).toMatchObject({ until: 2018, successor: 'cbirc-office' });
    expect(REGISTER.parseVertical('岳阳银监分局')).toMatchObject({ until: 2018, successor: 'cbirc-sub-office' });
    expect(REGISTER.parseVertical('国家税务总局安徽省税务局')?.nameEn).toBe(
      'Anhui Tax Service, State Taxation Administration',
    );
  });

  it.each(['海关', '海关总署', '商务局', '人民银行'])('needs a place: %s is no branch', (m) => {
    expect(REGISTER.parseVertical(m)).toBeNull();
  });

  it('knows a system named without a place', () => {
    expect(REGISTER.genericSystem('海关')?.parent).toBe('海关总署');
    expect(REGISTER.genericSystem('海事局')?.id).toBe('maritime');
  });
});

describe('zone administrations, coordination groups and enterprises', () => {
  it.each([
    ['中国（湖南）自由贸易试验区岳阳片区管理委员会', '中国（湖南）自由贸易试验区岳阳片区', '片区'],
    ['城陵矶综合保税区管委会', '城陵矶综合保税区', '综合保税区'],
    ['郑州高新区管委会', '郑州高新区', '高新区'],
  ])('%s', (mention, zone, ending) => {
    expect(REGISTER.parseZoneAdministration(mention)).toMatchObject({ zone, zoneEnding: ending, resolved: true });
  });
  it('a bare 管委会 is a zone administration of the document', () => {
    expect(REGISTER.parseZoneAdministration('管委会')).toMatchObject({ zone: '', resolved: false });
    expect(REGISTER.parseZoneAdministration('市发改委')).toBeNull();
  });
  it('coordination groups and enterprises', () => {
    expect(REGISTER.parseCoordination('省推进工业互联网创新发展专项工作组')).toMatchObject({
      name: '省推进工业互联网创新发展',
      suffix: '专项工作组',
    });
    expect(REGISTER.parseEnterprise('头桥集团')).toMatchObject({ name: '头桥', suffix: '集团' });
    expect(REGISTER.parseEnterprise('岳阳城陵矶港务集团有限公司')?.suffix).toBe('集团有限公司');
    expect(REGISTER.parseEnterprise('集团')).toBeNull();
  });
});

describe('Hong Kong, Macao and Taiwan', () => {
  it.each([
    ['財政部關務署', 'TW', 'Customs Administration, Ministry of Finance'],
    ['财政部关务署', 'TW', 'Customs Administration, Ministry of Finance'],
    ['關務署', 'TW', 'Customs Administration, Ministry of Finance'],
    ['行政院', 'TW', 'Executive Yuan'],
    ['經濟部', 'TW', 'Ministry of Economic Affairs'],
    ['香港金融管理局', 'HK', 'Hong Kong Monetary Authority'],
    ['金管局', 'HK', 'Hong Kong Monetary Authority'],
    ['澳門貿易投資促進局', 'MO', 'Macao Trade and Investment Promotion Institute'],
  ])('%s', (mention, region, en) => {
    const [found, ...rest] = REGISTER.lookupRegional(mention);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ region, en });
  });
  it('keeps Taiwan apart from the PRC: 交通部 is both, by index', () => {
    expect(REGISTER.lookupRegional('交通部', 'TW')[0]?.name).toBe('交通部');
    expect(REGISTER.lookupNational('交通部')).toMatchObject({ until: 2008, today: ['交通运输部'] });
    expect(REGISTER.lookupRegional('立法會').map((b) => b.region)).toEqual(['HK', 'MO']);
  });
});

describe('collective subjects', () => {
  it.each([
    '各地区',
    '各部门',
    '有关部门',
    '各省级人民政府',
    '各有关省级人民政府',
    '各有关单位',
    '相关区政府',
    '市政府有关部门',
    '各镇',
    '各街镇',
    '各基础电信企业',
    '国务院有关部门',
    '县级以上地方人民政府',
    '有关金融机构',
    '市直有关部门',
    '国家组织药品集中采购和使用试点工作小组成员单位',
    // opening words and closing groups (one list with the grammar's subjects)
    '全市各级党政机关',
    '海关等有关部门',
    '试点城市',
  ])('%s is collective', (m) => {
    expect(REGISTER.isCollective(m)).toBe(true);
  });
  it.each(['商务部', '市商务局', '岳阳海关', '国家发展改革委会同有关部门', '省人民政府', '管委会'])(
    '%s is not collective',
    (m) => {
      expect(REGISTER.isCollective(m)).toBe(false);
    },
  );
});

describe('resolve', () => {
  it.each([
    ['有关部门', 'collective'],
    ['发展改革委', 'national'],
    ['財政部關務署', 'regional'],
    ['岳阳海关', 'vertical'],
    ['海关', 'vertical-generic'],
    ['城陵矶综合保税区管委会', 'zone-administration'],
    ['市委组织部', 'local'],
    ['省港务集团', 'enterprise'],
  ])('%s → %s', (mention, type) => {
    expect(REGISTER.resolve(mention)?.type).toBe(type);
  });

  it('costs time in proportion to the mention, not the register', () => {
    const long = '岳阳'.repeat(50_000) + '市发改委';
    const started = performance.now();
    for (let i = 0; i < 10; i++) expect(REGISTER.resolve(long)?.type).toBe('local');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('resolve settles overlaps', () => {
  it.each([
    ['省地方金融监管局', 'local'],
    ['岳阳金融监管分局', 'vertical'],
    ['市地方海事局', 'local'],
    ['岳阳海事局', 'vertical'],
    ['财政局', 'local'],
    ['財政局', 'regional'],
    ['管理局', null],
    ['市委人才工作领导小组办公室', 'local'],
  ])('%s → %s', (mention, type) => {
    expect(REGISTER.resolve(mention)?.type ?? null).toBe(type);
  });

  it("puts the document's region first", () => {
    const tw = REGISTER.resolve('交通部', { region: 'TW' });
    expect(tw?.type === 'regional' && tw.matches[0].en).toBe('Ministry of Transportation and Communications');
    expect(REGISTER.resolve('交通部')?.type).toBe('national');
  });
});
