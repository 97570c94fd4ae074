// The cross-plan views' pure parts: the zones-compare rows pivoted into a matrix with differences
// marked, the agencies-across-plans rows grouped by agency and plan, and the matrix rendered to HTML
// in both languages (no DOM: renderToString with the explorer's context).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/api-types.ts';
import { ZoneMatrixTable } from '../../../web/src/components/compare/ZoneMatrixTable.tsx';
import { AgencyPlansTable } from '../../../web/src/components/compare/AgencyPlansTable.tsx';
import { agenciesAcrossPlans } from '../../../web/src/graph/agency-plans.ts';
import { differencesOnly, zoneMatrix } from '../../../web/src/graph/zone-matrix.ts';
import { translator } from '../../../web/src/i18n/i18n.ts';
import type { Lang } from '../../../web/src/i18n/i18n.ts';
import { ExplorerContext } from '../../../web/src/state/explorer-context.ts';
import { initialState } from '../../../web/src/state/explorer-state.ts';

type Row = Record<string, JsonValue>;
const Z1 = { zone: '岳阳片区', zoneId: 'zone:岳阳' };
const Z2 = { zone: '郑州片区', zoneId: 'zone:郑州' };
const cell = (column: number, aspect: string, item: string, measures: number, extra: Row = {}): Row => ({
  column,
  ...(column === 1 ? Z1 : Z2),
  aspect,
  item,
  measures,
  measureIds: [`measure:${column}-${item}`],
  ...extra,
});

const ROWS: Row[] = [
  cell(2, 'industry', '跨境电子商务', 2, { itemId: 'industry:跨境电子商务', itemEn: 'Cross-border e-commerce' }),
  cell(1, 'industry', '跨境电子商务', 5, { itemId: 'industry:跨境电子商务', itemEn: 'Cross-border e-commerce' }),
  cell(1, 'industry', '现代物流', 3, { itemId: 'industry:现代物流' }),
  cell(1, 'count', 'with a lead', 7),
  cell(2, 'count', 'with a lead', 7),
  cell(1, 'count', 'measures', 9),
  cell(2, 'count', 'measures', 4),
  cell(1, 'due year', '2022', 1),
  cell(1, 'due year', '2021', 2),
  cell(2, 'lead agency', '郑州海关', 1, { itemId: 'agency:郑州海关' }),
];

describe('zoneMatrix', () => {
  const m = zoneMatrix(ROWS);
  const row = (aspect: string, item: string) =>
    m.sections.find((s) => s.aspect === aspect)?.rows.find((r) => r.item === item);
  const cases: [string, string, number[], boolean, boolean][] = [
    // aspect, item, cells, partial, differs
    ['industry', '跨境电子商务', [5, 2], false, true],
    ['industry', '现代物流', [3, 0], true, true],
    ['count', 'with a lead', [7, 7], false, false],
    ['count', 'measures', [9, 4], false, true],
    ['lead agency', '郑州海关', [0, 1], true, true],
  ];
  it.each(cases)('%s %s → %j (partial %s, differs %s)', (aspect, item, cells, partial, differs) => {
    expect(row(aspect, item)).toMatchObject({ cells, partial, differs });
  });
  it('keeps the zones in column order and the sections in reading order', () => {
    expect(m.zones.map((z) => z.name)).toEqual(['岳阳片区', '郑州片区']);
    expect(m.sections.map((s) => s.aspect)).toEqual(['count', 'due year', 'industry', 'lead agency']);
    expect(m.sections[0].rows.map((r) => r.item)).toEqual(['measures', 'with a lead']);
    expect(m.sections[1].rows.map((r) => r.item)).toEqual(['2021', '2022']);
    expect(m.sections[2].rows.map((r) => r.item)).toEqual(['跨境电子商务', '现代物流']);
  });
  it('differences only drops the rows that are the same everywhere', () => {
    const d = differencesOnly(m);
    expect(d.sections.flatMap((s) => s.rows).some((r) => r.item === 'with a lead')).toBe(false);
    expect(d.sections.flatMap((s) => s.rows).length).toBe(m.sections.flatMap((s) => s.rows).length - 1);
  });
});

describe('agenciesAcrossPlans', () => {
  const rows: Row[] = [
    {
      agency: '海关总署',
      agencyId: 'agency:海关总署',
      plans: 2,
      plan: '甲',
      planId: 'policy:甲',
      zone: 'A',
      zoneId: 'zone:A',
      leads: 1,
      supports: 2,
      involved: 0,
      measureIds: ['measure:1'],
    },
    {
      agency: '海关总署',
      agencyId: 'agency:海关总署',
      plans: 2,
      plan: '甲',
      planId: 'policy:甲',
      zone: 'B',
      zoneId: 'zone:B',
      leads: 0,
      supports: 1,
      involved: 0,
      measureIds: [],
    },
    {
      agency: '海关总署',
      agencyId: 'agency:海关总署',
      plans: 2,
      plan: '乙',
      planId: 'policy:乙',
      zone: null,
      zoneId: null,
      leads: 0,
      supports: 0,
      involved: 3,
      measureIds: [],
    },
    {
      agency: '国务院',
      agencyEn: 'State Council',
      agencyId: 'agency:国务院',
      plans: 2,
      plan: '乙',
      planId: 'policy:乙',
      zone: 'A',
      zoneId: 'zone:A',
      leads: 1,
      supports: 0,
      involved: 0,
      measureIds: [],
    },
  ];
  const agencies = agenciesAcrossPlans(rows);
  it('groups by agency (in row order), then plan, with totals', () => {
    expect(agencies.map((a) => a.agency)).toEqual(['海关总署', '国务院']);
    expect(agencies[0].plans.map((p) => [p.plan, p.zones.length, p.leads, p.supports, p.involved])).toEqual([
      ['甲', 2, 1, 3, 0],
      ['乙', 1, 0, 0, 3],
    ]);
    expect([agencies[0].leads, agencies[0].supports, agencies[0].involved]).toEqual([1, 3, 3]);
    expect(agencies[1].agencyEn).toBe('State Council');
  });
});

function html(lang: Lang, node: ReturnType<typeof createElement>): string {
  const state = initialState({ lang });
  const context = { state, dispatch: () => undefined, t: translator(lang) };
  return renderToString(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(ExplorerContext.Provider, { value: context }, node),
    ),
  );
}

describe('cross-plan tables in both languages', () => {
  const cases: [Lang, string[]][] = [
    ['zh', ['全部措施', '按年度到期', '2021年', '产业', '跨境电子商务', '牵头单位']],
    [
      'en',
      [
        'All measures',
        'Falling due by year',
        '2021',
        'Industries',
        '跨境电子商务 · Cross-border e-commerce',
        'Lead agencies',
      ],
    ],
  ];
  it.each(cases)('the matrix in %s names its sections and items', (lang, words) => {
    const out = html(lang, createElement(ZoneMatrixTable, { matrix: zoneMatrix(ROWS), onAdd: () => undefined }));
    for (const w of words) expect(out).toContain(w);
    // 现代物流, 郑州海关 and the years 2021, 2022 are in one zone only
    expect(out.match(/class="partial"/g)?.length).toBe(4);
  });
  it.each([
    ['zh', '单位', 'Agency'],
    ['en', 'Agency', '单位'],
  ] as [Lang, string, string][])('the agencies table in %s has two-language headers', (lang, main, other) => {
    const out = html(
      lang,
      createElement(AgencyPlansTable, { agencies: agenciesAcrossPlans([]), onAdd: () => undefined }),
    );
    expect(out).toContain(`${main}<small>${other}</small>`);
  });
});
