// Adding a load's new measures to stored zone and agency counts (graph-loader/src/db/derived-delta.ts)
// gives the counts a recount of every measure gives: distinct measures below a zone, industries and
// samples merged in order, new plans and (plan, zone) rows, partners merged.
import { describe, expect, it } from 'vitest';
import { addToAgency, addToZone, agencyDeltas, zoneDeltas } from '../../../graph-loader/src/db/derived-delta.ts';
import type { NewMeasure } from '../../../graph-loader/src/db/derived-delta.ts';

const measure = (m: Partial<NewMeasure> & { id: string }): NewMeasure => ({
  docId: 'Document:new',
  zoneIds: [],
  industries: [],
  assignees: [],
  involved: [],
  ...m,
});

// Zone:ftz ← Zone:area ← Zone:block; Zone:other is an area of the same FTZ
const ups = new Map([
  ['Zone:ftz', ['Zone:ftz']],
  ['Zone:area', ['Zone:area', 'Zone:ftz']],
  ['Zone:block', ['Zone:block', 'Zone:area', 'Zone:ftz']],
  ['Zone:other', ['Zone:other', 'Zone:ftz']],
]);

describe('zoneDeltas and addToZone', () => {
  it('counts a measure once in every zone above the zones it is located in', () => {
    const deltas = zoneDeltas(
      [
        measure({ id: 'Measure:b', zoneIds: ['Zone:block', 'Zone:other'] }),
        measure({ id: 'Measure:a', zoneIds: ['Zone:area'] }),
        measure({ id: 'Measure:x', zoneIds: ['Zone:unknown'] }),
      ],
      ups,
    );
    const counts = Object.fromEntries([...deltas].map(([id, d]) => [id, [d.here, d.below]]));
    expect(counts).toEqual({
      'Zone:block': [1, 1],
      'Zone:other': [1, 1],
      'Zone:area': [1, 2],
      'Zone:ftz': [0, 2],
    });
  });

  it('merges industries in order and keeps the first five measure ids of each sample', () => {
    const delta = zoneDeltas(
      [
        measure({ id: 'Measure:02', zoneIds: ['Zone:area'], industries: ['Industry:b', 'Industry:a'] }),
        measure({ id: 'Measure:09', zoneIds: ['Zone:area'], industries: ['Industry:b'] }),
      ],
      ups,
    ).get('Zone:area');
    expect(delta).toBeDefined();
    const stored = {
      id: 'Zone:area',
      measuresHere: 7,
      measuresBelow: 9,
      industryIds: ['Industry:b', 'Industry:c'],
      industryMeasures: [5, 1],
      industrySample: [
        'Measure:01',
        'Measure:03',
        'Measure:04',
        'Measure:05',
        'Measure:06',
        'Measure:07',
        '',
        '',
        '',
        '',
      ],
    };
    expect(addToZone(stored, delta!)).toEqual({
      id: 'Zone:area',
      measuresHere: 9,
      measuresBelow: 11,
      industryIds: ['Industry:a', 'Industry:b', 'Industry:c'],
      industryMeasures: [1, 7, 1],
      industrySample: [
        ...['Measure:02', '', '', '', ''],
        ...['Measure:01', 'Measure:02', 'Measure:03', 'Measure:04', 'Measure:05'],
        ...['Measure:07', '', '', '', ''],
      ],
    });
  });
});

describe('agencyDeltas and addToAgency', () => {
  const measures = [
    measure({
      id: 'Measure:1',
      docId: 'Document:n1',
      zoneIds: ['Zone:a', 'Zone:b'],
      assignees: ['Agency:x', 'Agency:y'],
    }),
    measure({ id: 'Measure:2', docId: 'Document:n1', zoneIds: ['Zone:a'], assignees: ['Agency:x', 'Agency:y'] }),
    measure({ id: 'Measure:3', docId: 'Document:n2', assignees: ['Agency:x'], involved: ['Agency:z'] }),
  ];

  it('adds the new plans, their (plan, zone) rows and the partners of each agency', () => {
    const deltas = agencyDeltas(measures);
    const x = deltas.get('Agency:x');
    expect([x?.plans.size, x?.rows.size, Object.fromEntries(x?.partners ?? [])]).toEqual([2, 3, { 'Agency:y': 2 }]);
    const z = deltas.get('Agency:z');
    expect([z?.plans.size, z?.rows.size, z?.partners.size]).toEqual([1, 1, 0]);
  });

  it('merges partners into the stored ones in order', () => {
    const stored = {
      id: 'Agency:x',
      planCount: 4,
      planZoneRows: 6,
      partnerIds: ['Agency:w', 'Agency:y'],
      partnerMeasures: [3, 1],
    };
    expect(addToAgency(stored, agencyDeltas(measures).get('Agency:x')!)).toEqual({
      id: 'Agency:x',
      planCount: 6,
      planZoneRows: 9,
      partnerIds: ['Agency:w', 'Agency:y'],
      partnerMeasures: [3, 3],
    });
  });
});
