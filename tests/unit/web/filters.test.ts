import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filterChoices,
  isRelVisible,
  visibleNodeIds,
  zoneWithSubZones,
} from '../../../web/src/graph/filters.ts';
import type { Filters } from '../../../web/src/graph/filters.ts';
import { sceneFromGraph } from '../../../web/src/graph/scene.ts';
import {
  CHENGLINGJI,
  COMMERCE,
  CUSTOMS,
  DOC,
  ECOM,
  HUNAN,
  M1,
  M2,
  PROVINCE,
  YUEYANG,
  fixtureGraph,
} from './fixture.ts';

const scene = sceneFromGraph(fixtureGraph, { kind: 'overview' });
const all = fixtureGraph.nodes.map((n) => n.id);

describe('filters', () => {
  const cases: { name: string; filters: Partial<Filters>; visible: string[] }[] = [
    { name: 'no filter shows everything', filters: {}, visible: all },
    {
      name: 'hide measures',
      filters: { hiddenLabels: ['Measure'] },
      visible: all.filter((id) => id !== M1 && id !== M2),
    },
    {
      name: 'provincial agencies only (other labels untouched)',
      filters: { agencyLevels: ['provincial'] },
      visible: all.filter((id) => id !== CUSTOMS && id !== COMMERCE),
    },
    {
      name: 'deadline in 2021 keeps the 2021 measure only',
      filters: { dueFrom: '2021-01-01', dueTo: '2021-12-31' },
      visible: all.filter((id) => id !== M2),
    },
    {
      name: 'zone 城陵矶 keeps the zone, its measure and that measure’s agencies and industry',
      filters: { zone: CHENGLINGJI },
      visible: [CHENGLINGJI, YUEYANG, M1, CUSTOMS, COMMERCE, ECOM, DOC],
    },
    {
      name: 'industry 跨境电子商务 keeps its measures and their agencies',
      filters: { industry: ECOM },
      visible: [ECOM, M1, CUSTOMS, COMMERCE, CHENGLINGJI, DOC],
    },
  ];
  it.each(cases)('$name', ({ filters, visible }) => {
    const ids = visibleNodeIds(scene, { ...DEFAULT_FILTERS, ...filters });
    expect([...ids].sort()).toEqual([...visible].sort());
  });

  it('a zone includes its sub-zones transitively', () => {
    expect([...zoneWithSubZones(scene, HUNAN)].sort()).toEqual([CHENGLINGJI, HUNAN, YUEYANG].sort());
    expect(visibleNodeIds(scene, { ...DEFAULT_FILTERS, zone: HUNAN }).has(M1)).toBe(true);
    expect(visibleNodeIds(scene, { ...DEFAULT_FILTERS, zone: HUNAN }).has(PROVINCE)).toBe(false);
  });

  it('hides relationships by type and by hidden ends', () => {
    const visible = visibleNodeIds(scene, DEFAULT_FILTERS);
    const leads = fixtureGraph.relationships.find((r) => r.type === 'LEADS');
    if (!leads) throw new Error('fixture has a LEADS relationship');
    expect(isRelVisible(leads, visible, DEFAULT_FILTERS)).toBe(true);
    expect(isRelVisible(leads, visible, { ...DEFAULT_FILTERS, hiddenTypes: ['LEADS'] })).toBe(false);
    const noCustoms = new Set([...visible].filter((id) => id !== CUSTOMS));
    expect(isRelVisible(leads, noCustoms, DEFAULT_FILTERS)).toBe(false);
  });

  it('offers the zones, industries and agency levels on screen as choices', () => {
    const choices = filterChoices(scene);
    expect(choices.zones.map((z) => z.id).sort()).toEqual([CHENGLINGJI, HUNAN, YUEYANG].sort());
    expect(choices.industries.map((z) => z.id)).toEqual([ECOM]);
    expect(choices.levels).toEqual(['municipal', 'provincial']);
  });
});
