import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../web/src/graph/filters.ts';
import { dismissNodes, mergeGraph, sceneFromGraph } from '../../../web/src/graph/scene.ts';
import { decodeUrlState, encodeUrlState, packIds, sceneDelta, unpackIds } from '../../../web/src/graph/url-state.ts';
import type { UrlState } from '../../../web/src/graph/url-state.ts';
import { CUSTOMS, ECOM, M1, fixtureGraph } from './fixture.ts';

const base: UrlState = {
  origin: { kind: 'overview' },
  added: [],
  removed: [],
  pinned: [],
  revealed: false,
  selected: null,
  filters: DEFAULT_FILTERS,
  lang: null,
  sizeBy: 'degree',
  camera: null,
};

describe('URL state', () => {
  const cases: { name: string; state: UrlState }[] = [
    { name: 'the first screen', state: base },
    {
      name: 'overview plus additions, dismissals, pins and a selection',
      state: {
        ...base,
        added: [CUSTOMS, 'policy:郑政办〔2018〕94号'],
        removed: [ECOM],
        pinned: [M1],
        revealed: true,
        selected: CUSTOMS,
      },
    },
    {
      name: 'a saved query with parameters, English, sized by leads',
      state: {
        ...base,
        origin: { kind: 'saved', name: 'lead-bureaus-by-industry', params: { industry: '跨境电子商务', limit: 20 } },
        lang: 'en',
        sizeBy: 'leads',
      },
    },
    {
      name: 'a camera the analyst zoomed and moved',
      state: { ...base, camera: { x: 0.3125, y: 0.7, ratio: 0.2461 } },
    },
    {
      name: 'filters',
      state: {
        ...base,
        origin: { kind: 'none' },
        filters: {
          ...DEFAULT_FILTERS,
          hiddenTypes: ['CONTAINS'],
          zone: 'zone:岳阳片区',
          agencyLevels: ['municipal'],
          dueFrom: '2021-01-01',
        },
      },
    },
  ];
  it.each(cases)('round-trips $name', ({ state }) => {
    const encoded = encodeUrlState(state);
    expect(decodeUrlState(`?${encoded}`)).toEqual(state);
  });

  it('keeps the first screen short', () => {
    expect(encodeUrlState(base)).toBe('o=overview');
  });

  it('falls back to defaults for malformed parts', () => {
    const decoded = decodeUrlState('?o=saved:&add=%5Bnot-json&f=42&lang=fr&size=huge');
    expect(decoded).toEqual(base);
  });

  it('encodes a scene as its origin plus a delta', () => {
    const overview = sceneFromGraph({ nodes: fixtureGraph.nodes.slice(0, 5), relationships: [] }, { kind: 'overview' });
    const changed = dismissNodes(mergeGraph(overview, { nodes: [fixtureGraph.nodes[8]], relationships: [] }), [
      fixtureGraph.nodes[0].id,
    ]);
    expect(sceneDelta(changed)).toEqual({ added: [ECOM], removed: [fixtureGraph.nodes[0].id] });
  });

  it('packs ids by shared prefix and reads plain lists too', () => {
    const ids = [
      'measure:岳阳片区实施方案#4.23',
      'measure:岳阳片区实施方案#4.25',
      CUSTOMS,
      'policy:郑政办〔2018〕94号',
    ];
    const packed = packIds(ids);
    expect(packed['measure:岳阳片区实施方案#']).toEqual(['4.23', '4.25']);
    expect(unpackIds(packed).sort()).toEqual([...ids].sort());
    expect(unpackIds(ids)).toEqual(ids);
    expect(unpackIds(42)).toEqual([]);
  });
});
