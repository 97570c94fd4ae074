// findLists (graph-loader/src/extract/list-scan.ts) must find exactly what LIST_RE's successive exec
// matches find: the same starts, lists and ends, on hand-made lists and on many random strings over
// the characters that matter (short and long items, 、, the closing words, other characters).
import { describe, expect, it } from 'vitest';
import { LIST_RE, findLists, type ListMatch } from '../../../graph-loader/src/extract/list-scan.ts';

function byRegex(text: string): ListMatch[] {
  const re = new RegExp(LIST_RE.source, 'g');
  const lists: ListMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) lists.push({ index: m.index, list: m[1], end: re.lastIndex });
  return lists;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...['公', '安', '商务', '市场监管', '等', '部门', '单位', '部', '多', '个', '相关', '有关', '职能'],
  ...['等部门', '等单位', '等多个部门', '等多单位', '等有关部门', '、', '、', '、', '。', 'x'],
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 30);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

describe('findLists', () => {
  it.each([
    '联合公安、市场监管等部门开展检查',
    '在线联通海关、商务、税务等多部门',
    '在线联通海关、商务、税务等多个单位，以及财政、教育等相关部门。',
    '商务、公安等部门、财政、税务等有关单位',
    '市发展和改革委员会、商务、税务等职能部门',
    '公安、市场监管部门',
    '、商务、、税务等部门',
    '商务、税务等部门商务、财政等单位',
    '责任单位：市商务局、市财政局',
  ])('%s: as the regex', (text) => {
    expect(findLists(text)).toEqual(byRegex(text));
  });

  it('random strings: as the regex', () => {
    const next = random(11);
    let found = 0;
    for (let n = 0; n < 30_000; n++) {
      const text = randomText(next);
      const expected = byRegex(text);
      found += expected.length;
      expect(findLists(text), text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(5_000);
  });
});
