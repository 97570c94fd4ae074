// A Measure's `text` is its own text: its span without its sub-measures' spans (fragment/build.ts
// measureOwnText), while start/end keep the whole span. The rule on small cases, then on every seed
// checked against a character mask (a second way of cutting the children out).
import { describe, expect, it } from 'vitest';
import { measureOwnText } from '../../../graph-loader/src/fragment/build.ts';
import { extractDocument } from '../../../graph-loader/src/extract/index.ts';
import { fragmentMeasures } from '../../../graph-loader/src/similar/index.ts';
import type { GraphNode } from '../../../core/model.ts';
import { DICTS } from './fixtures.ts';
import { SEEDS, readManifest, seedNormalised } from './seed-text.ts';

/** Offsets of `part` in `text` as a child span. */
function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + part.length };
}

const TASK =
  '（一）加快金融开放。\n\n主要举措如下：\n\n1.设立离岸账户。\n\n2.开展跨境融资。\n\n以上举措由市金融局牵头。';
const INLINE = '主要任务：（1）优化通关；（2）简化审批。请各单位落实。';

const CASES: { name: string; text: string; children: string[]; own: string }[] = [
  { name: 'a leaf keeps its span', text: TASK, children: [], own: TASK },
  {
    name: 'heading, lead-in and closing sentence, trimmed and joined by a newline',
    text: TASK,
    children: ['1.设立离岸账户。', '2.开展跨境融资。'],
    own: '（一）加快金融开放。\n\n主要举措如下：\n以上举措由市金融局牵头。',
  },
  {
    name: 'children given out of order',
    text: TASK,
    children: ['2.开展跨境融资。', '1.设立离岸账户。'],
    own: '（一）加快金融开放。\n\n主要举措如下：\n以上举措由市金融局牵头。',
  },
  {
    name: 'children inside one line: the pieces between them as they stand',
    text: INLINE,
    children: ['（1）优化通关；', '（2）简化审批。'],
    own: '主要任务：\n请各单位落实。',
  },
  {
    name: 'a child that ends the span leaves no empty piece',
    text: '（二）强化监管。\n（1）建立清单。',
    children: ['（1）建立清单。'],
    own: '（二）强化监管。',
  },
];

describe('measureOwnText', () => {
  it.each(CASES)('$name', ({ text, children, own }) => {
    const spans = children.map((c) => spanOf(text, c));
    expect(measureOwnText(text, { start: 0, end: text.length }, spans)).toBe(own);
  });

  it('reads only inside the span (offsets are into the whole document)', () => {
    const doc = `前文。${TASK}后文。`;
    const span = spanOf(doc, TASK);
    const own = measureOwnText(doc, span, [spanOf(doc, '1.设立离岸账户。'), spanOf(doc, '2.开展跨境融资。')]);
    expect(own).toBe(CASES[1]?.own);
  });
});

/** The span's characters not covered by a child, whitespace removed (what own text holds, ignoring
 *  how the pieces are joined). */
function uncovered(text: string, m: GraphNode, children: GraphNode[]): string {
  const [start, end] = [Number(m.properties['start']), Number(m.properties['end'])];
  const covered = new Uint8Array(end - start);
  for (const c of children) {
    for (let i = Number(c.properties['start']); i < Number(c.properties['end']); i++) covered[i - start] = 1;
  }
  let out = '';
  for (let i = start; i < end; i++) if (!covered[i - start]) out += text[i];
  return out.replace(/\s+/g, '');
}

const manifest = readManifest();

describe('Measure.text on every seed', () => {
  it.each(SEEDS)('%s: own text, span in start/end, similarity reads the span', (file) => {
    const { text, script } = seedNormalised(file);
    const base = { file, text, script, sha256: '0'.repeat(64), encoding: 'utf-8', dicts: DICTS };
    const { fragment } = extractDocument({ ...base, manifest: manifest[file] });
    const measures = fragment.nodes.filter((n) => n.labels.includes('Measure'));
    expect(measures.length).toBeGreaterThan(0);
    const byParent = new Map<string, GraphNode[]>();
    for (const r of fragment.relationships.filter((x) => x.type === 'PART_OF')) {
      const child = measures.find((m) => m.id === r.start);
      if (child) byParent.set(r.end, [...(byParent.get(r.end) ?? []), child]);
    }
    let parents = 0;
    for (const m of measures) {
      const own = String(m.properties['text']);
      const span = text.slice(Number(m.properties['start']), Number(m.properties['end']));
      const children = byParent.get(m.id) ?? [];
      if (children.length === 0) {
        expect(own).toBe(span);
        continue;
      }
      parents++;
      expect(own.replace(/\s+/g, '')).toBe(uncovered(text, m, children));
      expect(own.length).toBeLessThan(span.length);
      expect(own).toBe(own.trim());
    }
    // the similarity linker still compares by the whole span (it cuts the children out itself)
    for (const r of fragmentMeasures(fragment)) expect(r.text).toBe(text.slice(r.start, r.end));
    if (byParent.size > 0) expect(parents).toBe(byParent.size);
  });
});
