// The details panel shows what an analyst reads, not the loader's bookkeeping: the ids and count lists
// stored for the saved queries stay out, the readable counts and names stay in.
import { describe, expect, it } from 'vitest';
import { readableProps } from '../../../web/src/graph/format-props.ts';

describe('readableProps', () => {
  it('leaves out the stored counts and ids of an agency, keeps its name, plans and jurisdiction', () => {
    const agency = {
      id: 'agency:岳阳市商务局',
      name: '岳阳市商务局',
      jurisdiction: '岳阳市',
      planCount: 3,
      planZoneRows: 5,
      partnerIds: ['agency:岳阳海关'],
      partnerMeasures: [4],
      derivedStale: true,
    };
    expect(readableProps(agency, 'zh').map(([k]) => k)).toEqual(['name', 'jurisdiction', 'planCount']);
  });

  it('leaves out a zone’s industry slots and a measure’s zone ids, assignees, copy group and vectors', () => {
    const zone = { name: '岳阳片区', industryIds: ['industry:x'], industryMeasures: [2], industrySample: ['', ''] };
    expect(readableProps(zone, 'en').map(([k]) => k)).toEqual(['name']);
    const measure = {
      title: '推进跨境电商',
      number: '（一）',
      zoneIds: ['zone:a'],
      assignees: ['agency:b'],
      ledInTree: true,
      copyGroup: 'measure:c',
      similarityVectors: 'AAAA',
      leads: 1,
    };
    expect(readableProps(measure, 'en').map(([k]) => k)).toEqual(['title', 'number', 'leads']);
  });
});
