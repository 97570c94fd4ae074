// A PDF copy breaks lines at the page width; normalise joins them back into paragraphs, keeping
// headings, numbered items and table rows. Copies are made by wrapping real seed paragraphs.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { displayWidth, joinBrokenLines, wrapWidth } from '../../../graph-loader/src/normalise/join-lines.ts';
import { SEED_DIR, seedFiles } from '../../fixtures/encoded-copies.ts';

/** Breaks a line as a PDF would: at a display width, anywhere, punctuation included. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (displayWidth(current + ch) > width) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** The first lines of seed 000 (title, preamble, headings, numbered paragraphs), without blank lines. */
async function seedParagraphs(): Promise<string[]> {
  const text = await readFile(join(SEED_DIR, '000_6dd3a853ebbe6fc4.txt'), 'utf8');
  return normalise(text)
    .text.split('\n')
    .filter((l) => l !== '')
    .slice(0, 16);
}

describe('joinBrokenLines', () => {
  it.each([36, 48, 60])('joins a PDF-style copy wrapped at width %i back into its paragraphs', async (width) => {
    const paragraphs = await seedParagraphs();
    const broken = paragraphs.flatMap((p) => wrap(p, width));
    expect(broken.length).toBeGreaterThan(paragraphs.length * 2);
    const result = normalise(broken.join('\n'));
    const lines = result.text.split('\n');
    // every paragraph that ends with sentence punctuation comes back whole
    for (const p of paragraphs.filter((p) => /[。；：]$/.test(p))) expect(lines).toContain(p);
    // headings and numbered items stay on lines of their own
    for (const heading of ['一、总体要求', '（一）指导思想', '（三）发展目标']) expect(lines).toContain(heading);
    expect(result.joined).toBeGreaterThan(0);
  });

  const indentedCases = ['000_6dd3a853ebbe6fc4.txt', '002_bb333e7070ab7c6d.txt', '004_2994b826daeb6449.txt'].flatMap(
    (seed) => [60, 80].map((width) => ({ seed, width })),
  );
  it.each(indentedCases)(
    'restores $seed from a copy wrapped at $width with indented paragraph starts',
    async ({ seed, width }) => {
      // A PDF copy: every paragraph that is not a numbered item starts with two ideographic spaces.
      const text = normalise(await readFile(join(SEED_DIR, seed), 'utf8')).text;
      const item = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[．.、])/;
      const pdf = text
        .split('\n')
        .flatMap((line) => (line === '' ? [line] : wrap(item.test(line) ? line : `\u3000\u3000${line}`, width)));
      const result = normalise(pdf.join('\n'));
      expect(result.joined).toBe(pdf.filter((l) => l !== '').length - text.split('\n').filter((l) => l !== '').length);
      expect(result.text).toBe(text);
    },
  );

  it('keeps a blank-line paragraph break and table rows', () => {
    const para =
      '加快推进中国（河南）自由贸易试验区郑州片区金水区块建设，结合金水区实际，制定本实施方案，努力打造总部经济集聚区和一带一路经贸交流中心。';
    const rows = ['序号\t名称\t服务领域\t附注', '1\t服务贸易产业基地\t贸易\t实体'];
    const lines = [...wrap(para, 40), '', ...wrap(para, 40), ...rows];
    const { lines: out } = joinBrokenLines(lines);
    expect(out).toEqual([para, '', para, ...rows]);
  });

  it('finds no dominant width in the seeds, so their lines stay as they are', async () => {
    for (const path of await seedFiles()) {
      const result = normalise(await readFile(path, 'utf8'));
      expect({ seed: basename(path), joined: result.joined }).toEqual({ seed: basename(path), joined: 0 });
      expect(wrapWidth(result.text.split('\n'))).toBeNull();
    }
  });
});
