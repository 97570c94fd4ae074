// Traditional → simplified per character (offsets 1:1) and script detection, on snippets and seeds.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { countScriptCharacters, detectScript, simplifyCharacters } from '../../../graph-loader/src/normalise/script.ts';
import { seedFiles } from '../../fixtures/encoded-copies.ts';

const pairs: { traditional: string; simplified: string }[] = [
  { traditional: '科技創新片區海淀組團', simplified: '科技创新片区海淀组团' },
  { traditional: '積體電路、人工智慧、軟體和資訊技術服務業', simplified: '积体电路、人工智慧、软体和资讯技术服务业' }, // vocabulary stays: 資訊 → 资讯, not 信息
  { traditional: '牽頭單位:岳陽海關  責任單位:市商務糧食局', simplified: '牵头单位:岳阳海关  责任单位:市商务粮食局' },
  { traditional: '新一代資訊技術産業、醫藥健康', simplified: '新一代资讯技术产业、医药健康' }, // 産 (U+7523) too
  { traditional: '《中國(北京)自由貿易試驗區總體方案》', simplified: '《中国(北京)自由贸易试验区总体方案》' },
  { traditional: 'RCEP 規則 2023年', simplified: 'RCEP 规则 2023年' },
];

describe('simplifyCharacters', () => {
  it.each(pairs)('$traditional', ({ traditional, simplified }) => {
    const out = simplifyCharacters(traditional);
    expect(out).toBe(simplified);
    expect(out.length).toBe(traditional.length);
  });

  it('leaves simplified text as it is', () => {
    for (const { simplified } of pairs) expect(simplifyCharacters(simplified)).toBe(simplified);
  });
});

const seeds = await seedFiles();
const expectedScript: Record<string, 'Hans' | 'Hant'> = {
  '000_6dd3a853ebbe6fc4.txt': 'Hans',
  '001_b18cb7838db816cd.txt': 'Hans',
  '002_bb333e7070ab7c6d.txt': 'Hant', // the traditional-character seed
  '003_f31d9fd870de6b80.txt': 'Hans',
  '004_2994b826daeb6449.txt': 'Hans',
};

describe('seeds', () => {
  it.each(seeds.map((path) => ({ seed: basename(path), path })))(
    '$seed: script, 1:1 conversion',
    async ({ seed, path }) => {
      const text = await readFile(path, 'utf8');
      expect(detectScript(text)).toBe(expectedScript[seed]);
      expect(normalise(text).script).toBe(expectedScript[seed]);
      const simplified = simplifyCharacters(text);
      expect(simplified.length).toBe(text.length);
      // what changed was traditional: nothing traditional is left afterwards
      expect(countScriptCharacters(simplified).traditional).toBe(0);
      if (expectedScript[seed] === 'Hans') expect(simplified).toBe(text);
      else expect(simplified).not.toBe(text);
      // the cleaned text as written shares every offset with the simplified one
      const result = normalise(text);
      expect(result.original.length).toBe(result.text.length);
      expect(simplifyCharacters(result.original)).toBe(result.text);
      expect(result.original === result.text).toBe(expectedScript[seed] === 'Hans');
    },
  );
});
