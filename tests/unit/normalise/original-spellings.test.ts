// A traditional-character plan's own spellings of the names it uses end up in the nodes' aliases.
import { describe, expect, it } from 'vitest';
import type { Fragment } from '../../../core/model.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { withOriginalSpellings } from '../../../graph-loader/src/normalise/original-spellings.ts';

const PLAN = '三、主要任務\n(一)海淀組團重點發展積體電路、人工智慧。\n(二)由市規劃自然資源委牽頭,海淀組團配合。';

function fragment(): Fragment {
  return {
    nodes: [
      { id: 'zone:海淀组团', labels: ['Zone'], properties: { name: '海淀组团', aliases: [] } },
      {
        id: 'agency:北京市规划和自然资源委员会',
        labels: ['Agency'],
        properties: {
          name: '北京市规划和自然资源委员会',
          shortName: '市规划自然资源委',
          aliases: ['市规划自然资源委'],
        },
      },
      {
        id: 'industry:集成电路',
        labels: ['Industry'],
        properties: { name: '集成电路', aliases: ['积体电路', '積體電路'] },
      },
      { id: 'measure:x#3.1', labels: ['Measure'], properties: { title: '海淀组团重点发展积体电路' } },
    ],
    relationships: [],
  };
}

describe('withOriginalSpellings', () => {
  it('adds the spellings the document used, once, and only to nodes with aliases', () => {
    const { text, original } = normalise(PLAN);
    const out = withOriginalSpellings(fragment(), text, original);
    const aliases = Object.fromEntries(out.nodes.map((n) => [n.id, n.properties.aliases]));
    expect(aliases['zone:海淀组团']).toEqual(['海淀組團']);
    expect(aliases['agency:北京市规划和自然资源委员会']).toEqual(['市规划自然资源委', '市規劃自然資源委']);
    expect(aliases['industry:集成电路']).toEqual(['积体电路', '積體電路']); // already there
    expect(aliases['measure:x#3.1']).toBeUndefined();
  });

  it('leaves a simplified plan alone', () => {
    const { text, original } = normalise('海淀组团重点发展集成电路。');
    const input = fragment();
    expect(withOriginalSpellings(input, text, original)).toBe(input);
  });
});
