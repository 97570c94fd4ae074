import { describe, expect, it } from 'vitest';
import { mergeAgencies } from '../../../graph-loader/src/extract/agency-merge.ts';
import { resolveAgency } from '../../../graph-loader/src/extract/agencies.ts';
import type { AgencyFact } from '../../../graph-loader/src/extract/assignments.ts';
import { GLOSSARY, JINSHUI, YUEYANG } from './fixtures.ts';

interface Case {
  raw: string;
  ctx?: typeof YUEYANG;
  name: string;
  level: string;
  jurisdiction: string | null;
  kind: string;
  nameEn?: string;
}

const CASES: Case[] = [
  {
    raw: '市商务粮食局',
    name: '岳阳市商务粮食局',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'government',
    nameEn: 'Yueyang Municipal Commerce and Grain Bureau',
  },
  {
    raw: '市发改委',
    name: '岳阳市发展和改革委员会',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'government',
    nameEn: 'Yueyang Municipal Development and Reform Commission',
  },
  {
    raw: '市发展改革委',
    name: '岳阳市发展和改革委员会',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'government',
  },
  {
    raw: '市发展和改革委员会',
    name: '岳阳市发展和改革委员会',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'government',
  },
  { raw: '市检察院', name: '岳阳市人民检察院', level: 'municipal', jurisdiction: '岳阳市', kind: 'procuratorate' },
  { raw: '市人民检察院', name: '岳阳市人民检察院', level: 'municipal', jurisdiction: '岳阳市', kind: 'procuratorate' },
  {
    raw: '市中级人民法院',
    name: '岳阳市中级人民法院',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'court',
    nameEn: "Yueyang Municipal Intermediate People's Court",
  },
  {
    raw: '区自贸办',
    ctx: JINSHUI,
    name: '郑州市金水区自贸办',
    level: 'zone',
    jurisdiction: '郑州市金水区',
    kind: 'zone-admin',
    nameEn: 'Jinshui Free Trade Zone Office',
  },
  {
    raw: '岳阳海关',
    name: '岳阳海关',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'customs',
    nameEn: 'Yueyang Customs',
  },
  {
    raw: '海关',
    ctx: JINSHUI,
    name: '郑州海关',
    level: 'municipal',
    jurisdiction: '郑州市',
    kind: 'customs',
    nameEn: 'Zhengzhou Customs',
  },
  {
    raw: '城陵矶新港区',
    name: '城陵矶新港区',
    level: 'zone',
    jurisdiction: '岳阳市',
    kind: 'zone-admin',
    nameEn: 'Chenglingji New Port Area Administration',
  },
  { raw: '岳阳城陵矶综保区', name: '城陵矶综保区', level: 'zone', jurisdiction: '岳阳市', kind: 'zone-admin' },
  {
    raw: '省药品监督管理局',
    name: '湖南省药品监督管理局',
    level: 'provincial',
    jurisdiction: '湖南省',
    kind: 'government',
    nameEn: 'Hunan Provincial Medical Products Administration',
  },
  { raw: '科技厅', name: '湖南省科技厅', level: 'provincial', jurisdiction: '湖南省', kind: 'government' },
  { raw: '省港务集团', name: '湖南省港务集团', level: 'enterprise', jurisdiction: '湖南省', kind: 'soe' },
  {
    raw: '国务院',
    name: '国务院',
    level: 'national',
    jurisdiction: '中国',
    kind: 'government',
    nameEn: 'State Council',
  },
  { raw: '海关总署', name: '海关总署', level: 'national', jurisdiction: '中国', kind: 'customs' },
  { raw: '最高人民法院', name: '最高人民法院', level: 'national', jurisdiction: '中国', kind: 'court' },
  { raw: '人民银行', name: '中国人民银行', level: 'national', jurisdiction: '中国', kind: 'financial-regulator' },
  {
    raw: '市人民银行',
    name: '岳阳市人民银行',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'financial-regulator',
  },
  {
    raw: '市委组织部<市委人才办>',
    name: '岳阳市委组织部',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'party',
    nameEn: 'Organization Department of the Yueyang Municipal Party Committee',
  },
  {
    raw: '市卫健委等涉企行政许可单位',
    name: '岳阳市卫生健康委员会',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'government',
  },
  {
    raw: '市人社局等相关部门单位',
    name: '岳阳市人力资源和社会保障局',
    level: 'municipal',
    jurisdiction: '岳阳市',
    kind: 'government',
  },
];

describe('resolveAgency: jurisdiction, level, kind, English name', () => {
  it.each(CASES)('$raw → $name', ({ raw, ctx, name, level, jurisdiction, kind, nameEn }) => {
    const r = resolveAgency(raw, ctx ?? YUEYANG, GLOSSARY);
    expect(r).not.toBeNull();
    expect(r?.id).toBe(`agency:${name}`);
    expect(r?.props).toMatchObject({ name, level, jurisdiction, kind });
    if (nameEn) expect(r?.props.nameEn).toBe(nameEn);
  });

  it('keeps the written forms as aliases (bracketed alternates included)', () => {
    expect(resolveAgency('市委组织部<市委人才办>', YUEYANG, GLOSSARY)?.props.aliases).toEqual(
      expect.arrayContaining(['市委组织部<市委人才办>', '市委组织部', '市委人才办']),
    );
    expect(resolveAgency('市发改委', YUEYANG, GLOSSARY)?.props.aliases).toContain('市发改委');
  });

  it.each([
    '各地区',
    '各有关单位',
    '国务院相关部门',
    '各区、县级市',
    '成员单位',
    '有关部门',
    '各级各部门',
    '相关单位',
    '省里',
  ])('%s is a collective phrase → null', (raw) => {
    expect(resolveAgency(raw, YUEYANG, GLOSSARY)).toBeNull();
  });

  it.each(['推进改革', '企业', '局', ''])('%s names no body → null', (raw) => {
    expect(resolveAgency(raw, YUEYANG, GLOSSARY)).toBeNull();
  });

  it('the same words resolve in the jurisdiction of each document', () => {
    expect(resolveAgency('市商务局', YUEYANG, GLOSSARY)?.id).toBe('agency:岳阳市商务局');
    expect(resolveAgency('市商务局', JINSHUI, GLOSSARY)?.id).toBe('agency:郑州市商务局');
  });

  it('the glossary names at least 60 kinds of body with English names', () => {
    const kinds = GLOSSARY.bodies.filter((b) => b.zh.length >= 2 && b.en.length > 0);
    expect(kinds.length).toBeGreaterThanOrEqual(60);
  });
});

function fact(raw: string, n = 1): AgencyFact[] {
  const agency = resolveAgency(raw, YUEYANG, GLOSSARY);
  if (!agency) throw new Error(`no agency for ${raw}`);
  return Array.from({ length: n }, (_, i) => ({
    agency,
    role: 'LEADS' as const,
    measureId: `measure:x#${i}`,
    evidence: { evidence: raw, start: i, end: i + raw.length },
    method: 'label' as const,
    mention: { raw, start: i, end: i + raw.length },
  }));
}

describe('mergeAgencies: variants, typos, candidates', () => {
  it('a typo the document spells right more often is merged, the typo kept as an alias', () => {
    const merged = mergeAgencies([...fact('城陵矶新港区', 5), ...fact('城临矶新港区')], GLOSSARY, 'f.txt');
    expect(merged.before).toBe(2);
    expect(merged.agencies).toHaveLength(1);
    expect(merged.agencies[0].props.name).toBe('城陵矶新港区');
    expect(merged.agencies[0].props.aliases).toContain('城临矶新港区');
    expect(new Set(merged.facts.map((f) => f.agency.id))).toEqual(new Set(['agency:城陵矶新港区']));
    expect(merged.warnings.some((w) => w.includes('城临矶新港区'))).toBe(true);
  });

  it('two real bodies one character apart in the body word are not merged (审计局 / 统计局)', () => {
    const merged = mergeAgencies([...fact('市审计局', 3), ...fact('市统计局')], GLOSSARY, 'f.txt');
    expect(merged.agencies).toHaveLength(2);
  });

  it('bodies that may or may not be one (市商务局 / 市商务粮食局) stay apart with a warning naming both', () => {
    const merged = mergeAgencies([...fact('市商务粮食局', 3), ...fact('市商务局')], GLOSSARY, 'f.txt');
    expect(merged.agencies).toHaveLength(2);
    expect(merged.warnings).toEqual([
      expect.stringMatching(/岳阳市商务粮食局 \/ 岳阳市商务局|岳阳市商务局 \/ 岳阳市商务粮食局/),
    ]);
  });

  it('abbreviations and full forms are one agency; the usual written form becomes the short name', () => {
    const merged = mergeAgencies(
      [...fact('市发改委', 3), ...fact('市发展改革委'), ...fact('市发展和改革委员会')],
      GLOSSARY,
      'f.txt',
    );
    expect(merged.agencies).toHaveLength(1);
    expect(merged.agencies[0].props.shortName).toBe('市发改委');
    expect(merged.agencies[0].props.aliases).toEqual(expect.arrayContaining(['市发展改革委', '市发展和改革委员会']));
  });
});
