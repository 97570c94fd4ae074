// Normalising the seed plans: debris goes, structure stays. Per seed, what the text must lose and
// what it must keep (numbered lines, headings, table rows, masks) — read off the seeds themselves.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { SEED_DIR } from '../../fixtures/encoded-copies.ts';

interface SeedCase {
  seed: string;
  gone: string[]; // must not appear in the normalised text
  kept: string[]; // whole lines that must appear
}

const cases: SeedCase[] = [
  {
    seed: '000_6dd3a853ebbe6fc4.txt',
    gone: ['[bookmark:'],
    kept: ['（一）构建高效快捷的政务服务体系', '2、 主要任务和措施'],
  },
  {
    seed: '001_b18cb7838db816cd.txt',
    gone: ['**', '\n---'],
    // the distribution footer is part of the official document: it stays
    kept: [
      '主办：市发展改革委',
      '抄送：市委各部门，郑州警备区。',
      '2018年10月16日印发',
      '# 郑州市人民政府办公厅文件',
      '#### 1. 开放步伐加快、水平持续提升',
      '序号\t名称\t服务领域\t附注',
      '重大项目谋划：',
    ],
  },
  {
    seed: '002_bb333e7070ab7c6d.txt',
    gone: ['區', '資訊', '産'],
    kept: ['一、科技创新片区海淀组团基本规划情况', '(一)规划范围内的土地利用', '三、主要任务和举措'],
  },
  {
    seed: '003_f31d9fd870de6b80.txt',
    gone: ['当前位置', '编稿时间', '打印本页', '关闭窗口', '\n\u00a0'], // no-break spaces inside clauses stay
    kept: ['中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)', '一、总体目标', '岳阳片区发展主要预期指标'],
  },
  {
    seed: '004_2994b826daeb6449.txt',
    gone: [],
    kept: ['一、**片区发展现状', '二、存在主要问题及短板', '三、下一步重点工作'],
  },
];

describe('normalise on the seeds', () => {
  it.each(cases)('$seed', async ({ seed, gone, kept }) => {
    const original = await readFile(join(SEED_DIR, seed), 'utf8');
    const { text } = normalise(original);
    for (const fragment of gone) expect(text).not.toContain(fragment);
    const lines = text.split('\n');
    for (const line of kept) expect(lines).toContain(line);
    expect(text).not.toMatch(/\n\n\n|\r|^\s|\s$/);
    // no content is lost: every line of the result is in the original (traditional seed: simplified),
    // up to removed markup, and every numbered item of the original survives
    const numbered = (t: string): number =>
      t
        .replace(/\[bookmark:[^\]]*\]/g, '')
        .split('\n')
        .filter((l) => /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[．.])/.test(l)).length;
    expect(numbered(text)).toBe(numbered(original));
    expect(normalise(text).text).toBe(text); // idempotent
  });

  it('004 keeps every mask', async () => {
    const original = await readFile(join(SEED_DIR, '004_2994b826daeb6449.txt'), 'utf8');
    expect(normalise(original).text.split('**').length).toBe(original.split('**').length);
  });
});
