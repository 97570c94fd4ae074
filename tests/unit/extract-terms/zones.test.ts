import { describe, expect, it } from 'vitest';
import { documentContext } from '../../../graph-loader/src/extract/context.ts';
import { extractZones } from '../../../graph-loader/src/extract/zones.ts';
import { toKm2 } from '../../../graph-loader/src/extract/zone-areas.ts';
import type { Fragment } from '../../../core/model.ts';
import * as OpenCC from 'opencc-js';
import { DOC_ID, dicts, evidenceHolds, pairs, seg, termInput } from './helpers.ts';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
/** Character-level traditional → simplified, as normalise() does. */
function simplified(s: string): string {
  return [...s].map((c) => (t2s(c).length === 1 ? t2s(c) : c)).join('');
}

const HN = '中国（河南）自由贸易试验区';

function areas(f: Fragment): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of f.nodes)
    if (typeof n.properties['areaKm2'] === 'number') out[String(n.properties['name'])] = n.properties['areaKm2'];
  return out;
}

describe('documentContext', () => {
  it.each([
    {
      title: '中国（河南）自由贸易试验区郑州片区\n金水区块实施方案',
      want: {
        province: '河南省',
        city: '郑州市',
        district: '金水区',
        zoneId: `zone:${HN}郑州片区金水区块`,
        masked: false,
      },
    },
    {
      title: '中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)',
      want: {
        province: '湖南省',
        city: '岳阳市',
        district: null,
        zoneId: 'zone:中国（湖南）自由贸易试验区岳阳片区',
        masked: false,
      },
    },
    {
      title: simplified('中國（北京）自由貿易試驗區科技創新片區海澱組團實施方案'),
      want: {
        province: '北京市',
        city: '北京市',
        district: '海淀区',
        zoneId: 'zone:中国（北京）自由贸易试验区科技创新片区海淀组团',
        masked: false,
      },
    },
    {
      title: '中国（河南）自由贸易试验区**片区发展情况报告',
      want: { province: '河南省', city: null, district: null, zoneId: `zone:${HN}**片区`, masked: true },
    },
    {
      title: '中国（湖南）自由贸易试验区郴州片区建设方案',
      want: {
        province: '湖南省',
        city: '郴州市',
        district: null,
        zoneId: 'zone:中国（湖南）自由贸易试验区郴州片区',
        masked: false,
      },
    },
  ])('$title', async ({ title, want }) => {
    const ctx = documentContext({ text: title, file: 'x.txt', title, docId: DOC_ID, dicts: await dicts() });
    expect({
      province: ctx.province,
      city: ctx.city,
      district: ctx.district,
      zoneId: ctx.zoneId,
      masked: ctx.masked,
    }).toEqual(want);
  });

  it('takes the manifest first and unmasks only what the manifest names', async () => {
    const d = await dicts();
    const title = '中国（河南）自由贸易试验区**片区发展情况报告';
    const unmasked = documentContext({
      text: title,
      file: 'x.txt',
      title,
      docId: DOC_ID,
      dicts: d,
      manifest: { unmask: { '**片区': '洛阳片区' } },
    });
    expect(unmasked.zoneId).toBe(`zone:${HN}洛阳片区`);
    expect(unmasked.city).toBe('洛阳市');
    const manifest = {
      province: '北京市',
      city: '北京市',
      district: '海淀区',
      zone: '中国（北京）自由贸易试验区科技创新片区海淀组团',
    };
    const ctx = documentContext({ text: '', file: 'x.txt', title: '', docId: DOC_ID, dicts: d, manifest });
    expect(ctx.zoneId).toBe('zone:中国（北京）自由贸易试验区科技创新片区海淀组团');
    expect(ctx.district).toBe('海淀区');
  });
});

describe('extractZones: hierarchy and areas', () => {
  it('reads areas and the hierarchy from one sentence', async () => {
    const text =
      '中国（河南）自由贸易试验区郑州片区产业发展规划\n其中郑州片区实施范围73.17平方公里，涵盖郑州经济开发区41.22平方公里、郑东区块31.67平方公里和金水区块0.28平方公里。';
    const f = extractZones(await termInput(text, [], { title: '中国（河南）自由贸易试验区郑州片区产业发展规划' }));
    expect(areas(f)).toEqual({ 郑州片区: 73.17, 郑州经济开发区: 41.22, 郑东区块: 31.67, 金水区块: 0.28 });
    expect(pairs(f, 'PART_OF')).toEqual([
      'zone:郑州片区 -> zone:',
      'zone:郑州片区郑东区块 -> zone:郑州片区',
      'zone:郑州片区郑州经济开发区 -> zone:郑州片区',
      'zone:郑州片区金水区块 -> zone:郑州片区',
    ]);
    expect(pairs(f, 'COVERS')).toEqual(['policy:test-doc -> zone:郑州片区']);
    expect(evidenceHolds(f, text)).toBe(true);
  });

  it.each([
    ['岳阳片区面积19.94平方公里(含岳阳城陵矶综合保税区2.07平方公里)。', { 岳阳片区: 19.94, 城陵矶综合保税区: 2.07 }],
    ['自贸区科技创新片区海淀组团用地面积21.59平方公里,建筑规模约1840万平方米。', { 海淀组团: 21.59 }],
    ['科技创新片区海淀组团：\n永丰片区规划面积约300公顷,组团内规划产业用地面积约900公顷。', { 永丰片区: 3 }],
    ['依托国家批复的金水自贸区块0.28平方公里范围，推进制度创新。', { 金水区块: 0.28 }],
  ])('%s', async (text, want) => {
    expect(areas(extractZones(await termInput(text)))).toEqual(want);
  });

  it('converts hectares', () => {
    expect(toKm2(2159, '公顷')).toBe(21.59);
    expect(toKm2(19.94, '平方公里')).toBe(19.94);
  });

  it('keeps masked names masked, with the area the text gives', async () => {
    const text = '一、**片区发展现状\n自贸区**片区自挂牌以来，在35.42平方公里的土地上，加快**综保区建设。';
    const f = extractZones(await termInput(text, [], { title: '中国（河南）自由贸易试验区**片区发展情况报告' }));
    const masked = f.nodes
      .filter((n) => n.properties['masked'] === true)
      .map((n) => [n.properties['name'], n.properties['kind']]);
    expect(masked).toEqual([
      ['**片区', 'area'],
      ['**综合保税区', 'bonded'],
    ]);
    expect(areas(f)).toEqual({ '**片区': 35.42 });
    // the text does not say the bonded zone lies in the area: no PART_OF for it
    expect(pairs(f, 'PART_OF')).toEqual(['zone:**片区 -> zone:']);
  });
});

describe('a zone the dictionary does not know', () => {
  it('is taken from the manifest and hung under its longest known prefix', async () => {
    const manifest = { zone: '中国（河南）自由贸易试验区郑州片区龙子湖区块' };
    const text = '一、总体要求\n推进龙子湖区块建设。';
    const input = await termInput(text, [], { manifest });
    expect([input.ctx.zoneId, input.ctx.province, input.ctx.city]).toEqual([
      'zone:中国（河南）自由贸易试验区郑州片区龙子湖区块',
      '河南省',
      '郑州市',
    ]);
    const f = extractZones(input);
    const own = f.nodes.find((n) => n.id === input.ctx.zoneId);
    expect([own?.properties['name'], own?.properties['kind'], own?.properties['masked']]).toEqual([
      '龙子湖区块',
      'block',
      false,
    ]);
    expect(pairs(f, 'PART_OF')).toContain('zone:郑州片区龙子湖区块 -> zone:郑州片区');
  });
});

describe('extractZones: generic names', () => {
  it('are not read in a document outside the zone they belong to', async () => {
    const text = '推动中央商务区和国际贸易片区建设，支持翠湖片区发展。';
    expect(extractZones(await termInput(text)).nodes).toEqual([]);
  });
});

describe('extractZones: a zone only the manifest names', () => {
  it('is covered with manifest evidence (empty, at offset 0) and its chain', async () => {
    const text = '一、总体要求\n推进改革。';
    const manifest = { zone: '中国（北京）自由贸易试验区科技创新片区海淀组团' };
    const f = extractZones(await termInput(text, [], { manifest }));
    const covers = f.relationships.filter((r) => r.type === 'COVERS');
    expect(covers.map((r) => [r.end, r.properties.method, r.properties.evidence, r.properties.start])).toEqual([
      ['zone:中国（北京）自由贸易试验区科技创新片区海淀组团', 'manifest', '', 0],
    ]);
    expect(pairs(f, 'PART_OF')).toEqual([
      'zone:科技创新片区 -> zone:',
      'zone:科技创新片区海淀组团 -> zone:科技创新片区',
    ]);
    expect(evidenceHolds(f, text)).toBe(true);
  });
});

describe('extractZones: APPLIES_TO', () => {
  it('links measures to the places they name (the document zone too), not to an assignment clause', async () => {
    const text =
      '中国（湖南）自由贸易试验区岳阳片区实施方案\n' +
      '(1)在岳阳城陵矶综保区探索“跨境电商+加工贸易+保税”综合业务管理模式。(牵头单位:市商务局  责任单位:城陵矶综保区、岳阳海关)\n' +
      '(2)对岳阳片区出台的政策建立评价体系。\n' +
      '(3)支持综合保税区内企业办理选择性内销征税手续。';
    const segments = [
      seg(
        text,
        '1',
        '(1)在岳阳城陵矶综保区探索“跨境电商+加工贸易+保税”综合业务管理模式。(牵头单位:市商务局  责任单位:城陵矶综保区、岳阳海关)',
      ),
      seg(text, '2', '(2)对岳阳片区出台的政策建立评价体系。'),
      seg(text, '3', '(3)支持综合保税区内企业办理选择性内销征税手续。'),
    ];
    const f = extractZones(await termInput(text, segments, { title: '中国（湖南）自由贸易试验区岳阳片区实施方案' }));
    expect(pairs(f, 'APPLIES_TO')).toEqual([
      'm1 -> zone:岳阳片区城陵矶综合保税区',
      'm2 -> zone:岳阳片区',
      'm3 -> zone:岳阳片区城陵矶综合保税区',
    ]);
  });

  it('reads areas listed by city, and ignores zones of other FTZs named for comparison', async () => {
    const text =
      '中国（河南）自由贸易试验区郑州片区方案\n1.学习借鉴北京自贸试验区、山东自贸试验区经验。\n2.建议在郑东区块择址建设。';
    const segments = [
      seg(text, '1', '1.学习借鉴北京自贸试验区、山东自贸试验区经验。'),
      seg(text, '2', '2.建议在郑东区块择址建设。'),
    ];
    const f = extractZones(await termInput(text, segments, { title: '中国（河南）自由贸易试验区郑州片区方案' }));
    expect(pairs(f, 'APPLIES_TO')).toEqual(['m2 -> zone:郑州片区郑东区块']);
    const listed =
      '中国（河南）自由贸易试验区**片区报告\n在**自贸试验区的郑州、开封、**三个片区中，仅有**片区没有出台政策。';
    const g = extractZones(await termInput(listed, [], { title: '中国（河南）自由贸易试验区**片区报告' }));
    expect(pairs(g, 'PART_OF')).toEqual(['zone:**片区 -> zone:', 'zone:开封片区 -> zone:', 'zone:郑州片区 -> zone:']);
    expect(f.nodes.some((n) => String(n.id).includes('北京'))).toBe(false);
  });
});
