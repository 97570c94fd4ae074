// The timeline's pure parts: rows → lanes of dated marks (by zone, lead agency or plan; overdue and
// the starting measure's plan marked; undated rows apart), the summary, the graph behind a mark, and
// the time axis's ticks.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/api-types.ts';
import { domainOf, timeScale } from '../../../web/src/components/timeline/time-scale.ts';
import { fitName, layoutOf, markX, radius } from '../../../web/src/components/timeline/timeline-layout.ts';
import {
  buildTimeline,
  dateColumn,
  markGraph,
  summarise,
} from '../../../web/src/components/timeline/timeline-model.ts';

type Row = Record<string, JsonValue>;
const DEADLINE_COLUMNS = [
  'dueDate',
  'status',
  'measure',
  'zones',
  'leads',
  'plan',
  'asOf',
  'until',
  'measureId',
  'zoneIds',
  'leadIds',
];
const deadline = (id: string, dueDate: string, status: string, zones: string[], leads: string[]): Row => ({
  dueDate,
  status,
  measure: `措施${id}`,
  zones,
  leads,
  plan: '岳阳方案',
  asOf: '2022-06-30',
  until: '2022-12-30',
  measureId: `measure:${id}`,
  zoneIds: zones.map((z) => `zone:${z}`),
  leadIds: leads.map((a) => `agency:${a}`),
});
const DEADLINES: Row[] = [
  deadline('1', '2021-08-31', 'overdue', ['岳阳片区'], ['岳阳海关', '岳阳市商务粮食局']),
  deadline('2', '2021-08-31', 'overdue', ['岳阳片区'], ['岳阳海关']),
  deadline('3', '2022-08-31', 'due', ['岳阳片区', '城陵矶综合保税区'], ['岳阳市商务粮食局']),
  deadline('4', '2022-08-31', 'due', ['城陵矶综合保税区'], []),
];
const DIFFUSION_COLUMNS = [
  'issuedOn',
  'zone',
  'plan',
  'measures',
  'examples',
  'origin',
  'reform',
  'zoneId',
  'docId',
  'measureIds',
];
const DIFFUSION: Row[] = [
  {
    issuedOn: '2018-10-16',
    zone: '郑州片区',
    plan: '郑州规划',
    measures: 2,
    examples: ['a', 'b'],
    origin: false,
    reform: '负面清单',
    zoneId: 'zone:郑州',
    docId: 'policy:郑州',
    measureIds: ['m:1', 'm:2'],
  },
  {
    issuedOn: '2021-06-10',
    zone: null,
    plan: '海南法',
    measures: 3,
    examples: ['c'],
    origin: true,
    reform: '负面清单',
    zoneId: null,
    docId: 'policy:海南',
    measureIds: ['m:3'],
  },
  {
    issuedOn: null,
    zone: '海淀组团',
    plan: '海淀方案',
    measures: 1,
    examples: ['d'],
    origin: false,
    reform: '负面清单',
    zoneId: 'zone:海淀',
    docId: 'policy:海淀',
    measureIds: [],
  },
];

describe('timeline model', () => {
  it.each([
    [DEADLINE_COLUMNS, 'dueDate'],
    [DIFFUSION_COLUMNS, 'issuedOn'],
    [['agency', 'measures'], null],
  ])('finds the date column of %j', (columns, expected) => {
    expect(dateColumn(columns)).toBe(expected);
  });

  it.each([
    [
      'zone',
      [
        ['岳阳片区', 3, 2],
        ['城陵矶综合保税区', 2, 0],
      ],
    ],
    [
      'agency',
      [
        ['岳阳海关', 2, 2],
        ['岳阳市商务粮食局', 2, 1],
        ['—', 1, 0],
      ],
    ],
    ['plan', [['岳阳方案', 4, 2]]],
  ] as const)('folds deadlines into lanes by %s (name, total, overdue)', (grouping, lanes) => {
    const t = buildTimeline(DEADLINE_COLUMNS, DEADLINES, grouping);
    expect(t?.groupings).toEqual(['zone', 'agency', 'plan']);
    expect(t?.lanes.map((l) => [l.name, l.total, l.overdue])).toEqual(lanes);
    expect([t?.min, t?.max, t?.asOf, t?.until]).toEqual(['2021-08-31', '2022-08-31', '2022-06-30', '2022-12-30']);
  });

  it('folds one lane and one date into one mark with its measures', () => {
    const lane = buildTimeline(DEADLINE_COLUMNS, DEADLINES, 'zone')?.lanes[0];
    expect(lane?.marks.map((m) => [m.date, m.count, m.overdue, m.ids])).toEqual([
      ['2021-08-31', 2, 2, ['measure:1', 'measure:2']],
      ['2022-08-31', 1, 0, ['measure:3']],
    ]);
  });

  it('orders diffusion lanes by first adoption, a zoneless plan in its own lane, undated last', () => {
    const t = buildTimeline(DIFFUSION_COLUMNS, DIFFUSION);
    expect(t?.groupings).toEqual(['zone', 'plan']);
    expect(t?.lanes.map((l) => [l.name, l.isPlan, l.first, l.total])).toEqual([
      ['郑州片区', false, '2018-10-16', 2],
      ['海南法', true, '2021-06-10', 3],
      ['海淀组团', false, null, 1],
    ]);
    expect(t?.undated).toBe(1);
    expect(t?.lanes[1]?.marks[0]?.source).toBe(true);
    expect(t?.lanes[2]?.marks[0]?.ids).toEqual(['policy:海淀']); // no measure: the plan
    const s = t && summarise(DIFFUSION, t);
    expect(s).toEqual({
      overdue: 0,
      due: 0,
      first: '2018-10-16',
      undatedPlans: 1,
      zoneLanes: 2,
      planLanes: 1,
      reform: '负面清单',
    });
  });

  it('counts each overdue measure once in the summary, whatever its lanes', () => {
    const t = buildTimeline(DEADLINE_COLUMNS, DEADLINES, 'agency');
    expect(t && summarise(DEADLINES, t)).toMatchObject({ overdue: 2, due: 2 });
  });

  it('keeps the graph behind a mark: its nodes, the lane node and the relationships among them', () => {
    const graph = {
      nodes: [{ id: 'measure:1' }, { id: 'measure:2' }, { id: 'agency:岳阳海关' }, { id: 'zone:岳阳片区' }],
      relationships: [
        { start: 'agency:岳阳海关', end: 'measure:1' },
        { start: 'measure:1', end: 'zone:岳阳片区' },
      ],
    };
    const sub = markGraph(graph, ['measure:1'], 'agency:岳阳海关');
    expect(sub.nodes.map((n) => n.id)).toEqual(['measure:1', 'agency:岳阳海关']);
    expect(sub.relationships).toEqual([{ start: 'agency:岳阳海关', end: 'measure:1' }]);
  });
});

describe('time scale', () => {
  it('pads the domain by a twentieth of the span, at least a month', () => {
    expect(domainOf(['2021-08-31', '2022-12-30'])).toEqual(['2021-07-31', '2023-01-30']);
    expect(domainOf([])).toBeNull();
  });
  it.each([
    ['2021-07-31', '2023-01-30', 1200, 'zh', ['10月', '2022年', '4月']],
    ['2018-01-01', '2021-12-31', 600, 'en', ['2019', '2020', '2021']],
    ['2001-01-01', '2021-12-31', 600, 'zh', ['2005年', '2010年', '2015年']],
  ] as const)('ticks %s … %s over %d px read well', (from, to, width, lang, first) => {
    const scale = timeScale(from, to, 0, width, lang);
    expect(scale.ticks.slice(0, 3).map((t) => t.label)).toEqual(first);
    expect(scale.ticks.length).toBeLessThanOrEqual(Math.floor(width / 90) + 1);
    expect(scale.x(from)).toBe(0);
    expect(scale.x(to)).toBeCloseTo(width);
  });
});

describe('timeline layout', () => {
  const t = buildTimeline(DIFFUSION_COLUMNS, DIFFUSION);
  it('puts undated dots in their own column at the right and dated ones on the scale', () => {
    if (!t) throw new Error('no timeline');
    const layout = layoutOf(t, 1000, 'zh');
    expect(layout.rows).toBe(3);
    expect(layout.undatedW).toBeGreaterThan(0);
    const dated = t.lanes[0]?.marks[0];
    const undated = t.lanes[2]?.marks[0];
    if (!dated || !undated) throw new Error('no marks');
    expect(markX(layout, dated)).toBeGreaterThan(layout.labelW);
    expect(markX(layout, dated)).toBeLessThan(layout.x1);
    expect(markX(layout, undated)).toBeGreaterThan(layout.x1);
  });
  it.each([
    ['岳阳片区', 200, '岳阳片区'],
    ['中华人民共和国海南自由贸易港法', 120, '中华人民共和国海…'],
    ['Yueyang Municipal Commerce and Grain Bureau', 140, 'Yueyang Municipal C…'],
  ])('fits %s into %d px', (name, px, shown) => {
    expect(fitName(name, px)).toBe(shown);
  });
  it('sizes a dot by the square root of its count, capped', () => {
    expect([radius(1), radius(5), radius(400)]).toEqual([5, 9.4, 14]);
  });
});
