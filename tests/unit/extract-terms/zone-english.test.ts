// Zones' English names (Zone.nameEn) from the rules of data/dictionaries/zone-english.json and the
// places of agencies.json: the 22 pilot FTZs, their areas by the X片区 → X Area rule, and none where
// the place has no English name.
import { describe, expect, it } from 'vitest';
import { extractZones } from '../../../graph-loader/src/extract/zones.ts';
import { zoneNameEn } from '../../../graph-loader/src/lang/zone-english.ts';
import type { ZoneKind } from '../../../core/model.ts';
import { dicts, termInput } from './helpers.ts';

async function en(name: string, fullName: string, kind: ZoneKind, nameEn?: string): Promise<string | null> {
  const d = await dicts();
  return zoneNameEn({ name, fullName, kind, nameEn }, d.zoneEnglish, d.agencies.places ?? {});
}

describe('zoneNameEn', () => {
  it('names every pilot FTZ of the dictionary in the State Council form', async () => {
    const d = await dicts();
    const ftzs = d.zones.filter((z) => z.kind === 'ftz');
    expect(ftzs).toHaveLength(22);
    for (const z of ftzs) {
      const place = /（(.+)）/.exec(z.fullName)?.[1] ?? '';
      expect(await en(z.name, z.fullName, z.kind)).toBe(`China (${d.agencies.places?.[place]}) Pilot Free Trade Zone`);
    }
  });

  it('names every area and zone below an FTZ in the dictionary that has a place or an own name', async () => {
    const d = await dicts();
    const named = await Promise.all(
      d.zones.filter((z) => z.kind === 'area').map(async (z) => en(z.name, z.fullName, z.kind, z.nameEn)),
    );
    expect(named.every((n) => n !== null && /Area$/.test(n))).toBe(true);
  });

  it.each([
    ['中国（上海）自由贸易试验区', '上海自贸试验区', 'ftz', 'China (Shanghai) Pilot Free Trade Zone'],
    ['海南自由贸易港', '海南自由贸易港', 'ftz', 'Hainan Free Trade Port'],
    ['中国（湖南）自由贸易试验区岳阳片区', '岳阳片区', 'area', 'Yueyang Area'],
    ['中国（河南）自由贸易试验区郑州片区', '郑州片区', 'area', 'Zhengzhou Area'],
    ['中国（湖南）自由贸易试验区郴州片区', '郴州片区', 'area', 'Chenzhou Area'],
    ['中国（河南）自由贸易试验区郑州片区金水区块', '金水区块', 'block', 'Jinshui Block'],
    ['中国（北京）自由贸易试验区科技创新片区昌平组团', '昌平组团', 'cluster', 'Changping Cluster'],
    [
      '中国（湖南）自由贸易试验区岳阳片区城陵矶综合保税区',
      '城陵矶综合保税区',
      'bonded',
      'Chenglingji Comprehensive Bonded Zone',
    ],
    ['中国（北京）自由贸易试验区科技创新片区海淀组团翠湖片区', '翠湖片区', 'subzone', 'Cuihu Area'],
  ] as const)('%s → %s', async (fullName, name, kind, want) => {
    expect(await en(name, fullName, kind)).toBe(want);
  });

  it.each([
    ['masked', '**片区', 'area'],
    ['a place without an English name', '某某片区', 'area'],
    ['a theme, not a place', '科创要素片区', 'function'],
    ['a kind the pattern is not for', '岳阳片区', 'park'],
  ] as const)('gives none for %s', async (_, name, kind) => {
    expect(await en(name, `中国（湖南）自由贸易试验区${name}`, kind)).toBeNull();
  });

  it("keeps the dictionary's own English name", async () => {
    expect(
      await en(
        '科技创新片区',
        '中国（北京）自由贸易试验区科技创新片区',
        'area',
        'Science and Technology Innovation Area',
      ),
    ).toBe('Science and Technology Innovation Area');
  });

  it('gives Zone nodes nameEn when zones are extracted', async () => {
    const text = '中国（湖南）自由贸易试验区岳阳片区实施方案\n岳阳片区实施范围19.94平方公里。';
    const f = extractZones(await termInput(text, [], { title: '中国（湖南）自由贸易试验区岳阳片区实施方案' }));
    const byName = Object.fromEntries(f.nodes.map((n) => [n.properties['name'], n.properties['nameEn']]));
    expect(byName['岳阳片区']).toBe('Yueyang Area');
    expect(byName['湖南自贸试验区']).toBe('China (Hunan) Pilot Free Trade Zone');
  });
});
