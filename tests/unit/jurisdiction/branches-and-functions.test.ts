// Who a mention is, where resolution met real documents and went wrong: a branch of a vertically managed
// system (人行合肥中心支行) sits where its name says and goes by its system's full name; a function named
// by a law keeps its place only when the place is one (应当经市交通行政管理部门 is no name); 所在市 is the
// city the document is about, or no body. The real dictionaries and register, as the loader reads them.
import { describe, expect, it } from 'vitest';
import { looksLikeAgency, resolveAgency } from '../../../graph-loader/src/extract/agencies.ts';
import { issuerRightBefore, jointIssuers } from '../../../graph-loader/src/extract/citation-issuer.ts';
import { cleanMention } from '../../../graph-loader/src/lang/agency-glossary.ts';
import { placeIndex } from '../../../graph-loader/src/lang/places.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import type { DocContext, DocLevel } from '../../../graph-loader/src/types.ts';
import { docContext } from './doc-context.ts';

const DICTS = await loadDictionaries('data/dictionaries');
const GLOSSARY = DICTS.agencies;
const PLACES = placeIndex(DICTS.divisions!);

let docs = 0;
function ctx(
  level: DocLevel | null,
  province: string | null,
  city: string | null,
  district: string | null,
  title = '测试文件',
): DocContext {
  docs += 1; // one document each: resolution is memoised per document
  return docContext(
    { level, province, city, district, title, docId: `policy:测试文件${docs}` },
    PLACES,
    DICTS.register ?? null,
  );
}

const where = (raw: string, at: DocContext): string | null => {
  const a = resolveAgency(raw, at, GLOSSARY);
  return a ? `${a.props.name} @ ${a.props.jurisdiction}` : null;
};

describe('a branch of a vertically managed system', () => {
  it.each([
    ['安徽银保监局', ctx('provincial', '安徽省', null, null), '中国银行保险监督管理委员会安徽监管局 @ 安徽省'],
    ['人行合肥中心支行', ctx('municipal', '广东省', '中山市', null), '中国人民银行合肥中心支行 @ 合肥市'],
    ['人行合肥中心支行', ctx('national', null, null, null), '中国人民银行合肥中心支行 @ 合肥市'],
    ['国家税务总局上海市税务局', ctx('provincial', '安徽省', null, null), '国家税务总局上海市税务局 @ 上海市'],
    ['市税务局', ctx('municipal', '湖南省', '岳阳市', null), '国家税务总局岳阳市税务局 @ 岳阳市'],
    ['岳阳银保监分局', ctx('municipal', '湖南省', '岳阳市', null), '中国银行保险监督管理委员会岳阳监管分局 @ 岳阳市'],
    // a form that does not say the level keeps its name; a place that is no place is no branch
    ['市人民银行', ctx('municipal', '湖南省', '岳阳市', null), '岳阳市人民银行 @ 岳阳市'],
    ['主管海关', ctx('municipal', '湖南省', '岳阳市', null), '主管海关 @ 岳阳市'],
  ])('%s → its full name where its name says', (raw, at, expected) => {
    expect(where(raw, at)).toBe(expected);
  });

  it("is named in English as its system names it, when its place's English is known", () => {
    expect(resolveAgency('岳阳银保监分局', ctx('municipal', '湖南省', '岳阳市', null), GLOSSARY)?.props.nameEn).toBe(
      'CBIRC Yueyang Sub-office',
    );
    expect(resolveAgency('市税务局', ctx('municipal', '湖南省', '岳阳市', null), GLOSSARY)?.props.nameEn).toBe(
      'Yueyang Tax Service, State Taxation Administration',
    );
  });

  it('is one node however a document writes it, and keeps the written forms as aliases', () => {
    const short = resolveAgency('上海市税务局', ctx('provincial', '上海市', '上海市', null), GLOSSARY)!;
    const full = resolveAgency('国家税务总局上海市税务局', ctx('national', null, null, null), GLOSSARY)!;
    const prefixed = resolveAgency('市税务局', ctx('municipal', '上海市', '上海市', null), GLOSSARY)!;
    expect(new Set([short.id, full.id, prefixed.id]).size).toBe(1);
    expect(short.props.aliases).toContain('上海市税务局');
    expect(prefixed.props.aliases).toEqual(expect.arrayContaining(['市税务局', '上海市税务局']));
  });
});

describe('a transport commission', () => {
  it('交通委 is a 交通委员会 (北京, 上海 and their districts), 交通局 a 交通运输局', () => {
    expect(where('区交通委', ctx('district', '上海市', '上海市', '奉贤区'))).toBe(
      '上海市奉贤区交通委员会 @ 上海市奉贤区',
    );
    expect(where('市交通局', ctx('municipal', '广东省', '中山市', null))).toBe('中山市交通运输局 @ 中山市');
  });
});

describe('a function named by a law', () => {
  const shanghai = ctx('provincial', '上海市', '上海市', null);
  it.each([
    '应当经市交通行政管理部门',
    '资企业投诉事项和市商务部门',
    '和浦东新区商务部门',
    '管委会或者浦东新区商务部门',
  ])('words that end in 市 or 区 are no place: %s is no name', (candidate) => {
    expect(looksLikeAgency(candidate, shanghai, GLOSSARY)).toBe(false);
  });

  it.each(['市交通行政管理部门', '浦东新区商务部门', '国务院交通运输主管部门'])('%s is a name', (candidate) => {
    expect(looksLikeAgency(candidate, shanghai, GLOSSARY)).toBe(true);
  });

  it('without a level it is the place of the document, named as the prefixed form is', () => {
    const shenzhen = ctx('municipal', '广东省', '深圳市', null);
    const bare = resolveAgency('商务部门', shenzhen, GLOSSARY)!;
    const prefixed = resolveAgency('市商务部门', shenzhen, GLOSSARY)!;
    expect(`${bare.props.name} @ ${bare.props.jurisdiction}`).toBe('深圳市商务部门 @ 深圳市');
    expect(bare.id).toBe(prefixed.id);
    expect(where('市外事部门', shenzhen)).toBe('深圳市外事部门 @ 深圳市');
    // words that are no body's core keep the name as written
    expect(where('属地商务部门', shanghai)).toBe('属地商务部门 @ 上海市');
  });

  it('is named in English with the words of its core', () => {
    const shanghai2 = ctx('provincial', '上海市', '上海市', null);
    expect(resolveAgency('市发展改革部门', shanghai2, GLOSSARY)?.props.nameEn).toBe(
      'Shanghai Municipal Development and Reform Department',
    );
  });

  it.each(['不同部门', '起草部门', '本级数据资源主管部门', '免于到外汇管理部门'])(
    '%s is a role or a clause, no body',
    (raw) => {
      expect(resolveAgency(raw, ctx('municipal', '广东省', '中山市', null), GLOSSARY)).toBeNull();
    },
  );

  it('a preposition after the function word makes a clause, not a name', () => {
    expect(
      resolveAgency('市政务数据主管部门自政务部门', ctx('municipal', '广东省', '中山市', null), GLOSSARY),
    ).toBeNull();
  });
});

describe('words that name no body', () => {
  const zhengzhou = ctx('municipal', '河南省', '郑州市', null);
  it.each(['统筹产业布局', '核心区域空间布局', '需要文广新局', '做大做强金融控股集团', '一统筹是指市委'])(
    '%s is no body',
    (raw) => {
      expect(resolveAgency(raw, zhengzhou, GLOSSARY)).toBeNull();
    },
  );

  it('a body whose name holds such a word is still one', () => {
    expect(where('文广新局', zhengzhou)).toBe('郑州市文化广电新闻出版局 @ 郑州市');
    expect(where('市政务服务中心', zhengzhou)).toBe('郑州市政务服务中心 @ 郑州市');
  });
});

describe('a commission', () => {
  it('of the government is a department, not a party committee', () => {
    const zhengzhou = ctx('municipal', '河南省', '郑州市', null);
    expect(resolveAgency('市工信委', zhengzhou, GLOSSARY)?.props.kind).toBe('government');
    expect(resolveAgency('市委组织部', zhengzhou, GLOSSARY)?.props.kind).toBe('party');
    expect(resolveAgency('市行政复议委员会', zhengzhou, GLOSSARY)?.props.kind).toBe('government');
  });
});

describe('a joint issuer written together', () => {
  const state = ctx('national', null, null, null);
  it.each([
    ['中共中央国务院', ['中共中央', '国务院']],
    ['中共中央办公厅国务院办公厅', ['中共中央办公厅', '国务院办公厅']],
    ['国务院办公厅', ['国务院办公厅']],
    ['湖南省人民政府', ['湖南省人民政府']],
  ])('%s → %j', (name, parts) => {
    expect(jointIssuers(name, state)).toEqual(parts);
  });
});

describe('the issuer written right before a cited title', () => {
  it.each([
    ['政务部门应当按照国家发展和改革委员会《政务信息资源目录编制指南》', '国家发展和改革委员会'],
    ['经验被最高人民法院《司法改革动态》', '最高人民法院'],
    ['参照商务部和海关总署《指引》', '海关总署'],
    ['（沪府办〔2019〕1号）及市住建委《城市体检工作方案》', '市住建委'],
  ])('%s → %s', (text, issuer) => {
    expect(issuerRightBefore(text, text.indexOf('《'))).toBe(issuer);
  });
});

describe('a body in English', () => {
  it('has the words of its core and its place, the place in pinyin where the glossary has no English', () => {
    expect(resolveAgency('省经济和信息化厅', ctx('provincial', '安徽省', null, null), GLOSSARY)?.props.nameEn).toBe(
      'Anhui Provincial Economy and Information Technology Department',
    );
    expect(resolveAgency('人行合肥中心支行', ctx('provincial', '安徽省', null, null), GLOSSARY)?.props.nameEn).toBe(
      "People's Bank of China Hefei Central Sub-branch",
    );
  });
});

describe('a body one sets up', () => {
  it('is the body set up (X设立的Y, X建立Y), under the same id as Y alone', () => {
    const zhejiang = ctx('provincial', '浙江省', null, null);
    const setUp = resolveAgency('浙江省人民政府建立自贸试验区议事协调机构', zhejiang, GLOSSARY)!;
    expect(setUp.id).toBe(resolveAgency('自贸试验区议事协调机构', zhejiang, GLOSSARY)!.id);
    expect(setUp.props.aliases).toContain('浙江省人民政府建立自贸试验区议事协调机构');
  });
});

describe('a congress', () => {
  it('is one body whatever its term', () => {
    const shandong = ctx('provincial', '山东省', null, null);
    const term = resolveAgency('山东省第九届人民代表大会常务委员会', shandong, GLOSSARY)!;
    expect(`${term.props.name} @ ${term.props.jurisdiction}`).toBe('山东省人民代表大会常务委员会 @ 山东省');
    expect(term.id).toBe(resolveAgency('山东省人民代表大会常务委员会', shandong, GLOSSARY)!.id);
    expect(term.props.aliases).toContain('山东省第九届人民代表大会常务委员会');
  });
});

describe('verbs before a name', () => {
  it.each([
    ['应当经市交通行政管理部门', '市交通行政管理部门'],
    ['报区发展改革委', '区发展改革委'],
    ['并报市交通主管部门', '市交通主管部门'],
    ['经国务院', '国务院'],
    ['经济和信息化局', '经济和信息化局'],
    ['报业集团', '报业集团'],
  ])('%s → %s', (raw, name) => {
    expect(cleanMention(raw).name).toBe(name);
  });
});

describe('the city where it lies (所在市)', () => {
  it('is the one city the title names inside the province', () => {
    const qianwan = ctx('provincial', '山东省', null, null, '山东省青岛前湾保税港区条例');
    expect(where('所在市人民政府', qianwan)).toBe('青岛市人民政府 @ 青岛市');
    expect(resolveAgency('保税港区所在市人民政府', qianwan, GLOSSARY)?.props.aliases).toContain(
      '保税港区所在市人民政府',
    );
  });

  it('is also the city a 市 prefix names in such a document', () => {
    const qianwan = ctx('provincial', '山东省', null, null, '山东省青岛前湾保税港区条例');
    expect(where('市人民政府', qianwan)).toBe('青岛市人民政府 @ 青岛市');
    // a provincial document whose title names no city keeps a bare 市 to itself
    expect(
      resolveAgency('市人民政府', ctx('provincial', '山东省', null, null), GLOSSARY)?.props.jurisdiction,
    ).toBeNull();
  });

  it("is the document's own city", () => {
    expect(where('片区所在市人民政府', ctx('municipal', '湖南省', '岳阳市', null))).toBe('岳阳市人民政府 @ 岳阳市');
  });

  it('is no body when the document does not say which city', () => {
    const zhejiang = ctx('provincial', '浙江省', null, null, '中国（浙江）自由贸易试验区条例');
    expect(resolveAgency('自贸试验区所在地的市人民政府', zhejiang, GLOSSARY)).toBeNull();
  });
});
