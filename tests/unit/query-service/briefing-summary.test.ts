// The briefing's opening summary: who leads how many measures, in which zones, what falls due.
import { describe, expect, it } from 'vitest';
import type { BriefingMeasure } from '../../../query-service/export/briefing-data.ts';
import { addMonths, formatDate, summarise, summarySentences } from '../../../query-service/export/briefing-summary.ts';

const measure = (over: Partial<BriefingMeasure>): BriefingMeasure => ({
  id: `measure:plan#${Math.random()}`,
  number: '1',
  title: 't',
  leads: [],
  leadsEn: [],
  supports: [],
  zones: [],
  zonesEn: [],
  deadline: '',
  dueDate: '',
  evidence: '',
  plan: '岳阳片区实施方案',
  docId: 'policy:岳阳片区实施方案',
  ...over,
});

const CUSTOMS = { leads: ['岳阳海关'], leadsEn: ['Yueyang Customs'] };
const COMMERCE = { leads: ['岳阳市商务粮食局'], leadsEn: [''] };
const YUEYANG = { zones: ['岳阳片区'], zonesEn: ['Yueyang Area'] };
const measures = [
  measure({ ...CUSTOMS, ...YUEYANG, dueDate: '2021-08-31' }),
  measure({ ...CUSTOMS, ...YUEYANG, dueDate: '2027-01-31' }),
  measure({ ...COMMERCE, ...YUEYANG, dueDate: '2027-01-31' }),
  measure({ ...COMMERCE, zones: ['金水区块'], zonesEn: [''], dueDate: '2028-12-31', docId: 'policy:金水' }),
  measure({ leads: ['岳阳海关', '岳阳海关'], leadsEn: ['', ''], ...YUEYANG }),
];

describe('briefing summary', () => {
  const s = summarise(measures, '2026-12-06');
  it('counts measures per lead (a body listed twice on one measure counts once) and per zone', () => {
    expect(s.measures).toBe(5);
    expect(s.plans).toBe(2);
    expect(s.leads).toEqual([
      { name: '岳阳海关', nameEn: 'Yueyang Customs', measures: 3 },
      { name: '岳阳市商务粮食局', nameEn: '', measures: 2 },
    ]);
    expect(s.zones.map((z) => [z.name, z.measures])).toEqual([
      ['岳阳片区', 4],
      ['金水区块', 1],
    ]);
  });
  it('splits deadlines as of a date: past due, within six months, later, undated, and the next one', () => {
    expect(s.due).toMatchObject({
      overdue: 1,
      soon: 2,
      later: 1,
      undated: 1,
      next: { date: '2027-01-31', measures: 2 },
    });
  });
  it.each([
    {
      lang: 'zh' as const,
      expected: [
        /2 份方案中的 5 项措施/,
        /牵头单位：岳阳海关（3 项）、岳阳市商务粮食局（2 项）/,
        /所在片区：岳阳片区（4 项）/,
        /截至 2026年12月6日：已到期 1 项/,
      ],
    },
    {
      lang: 'en' as const,
      expected: [
        /5 measures from 2 plans/,
        /Led by 岳阳海关 \(Yueyang Customs\) \(3\)/,
        /In 岳阳片区 \(Yueyang Area\) \(4\)/,
        /As of 6 Dec 2026: 1 past due, 2 due within 6 months/,
      ],
    },
  ])('reads in $lang', ({ lang, expected }) => {
    const text = summarySentences(s, lang).join('\n');
    for (const re of expected) expect(text).toMatch(re);
  });
  it('says so when there are no measures', () => {
    expect(summarySentences(summarise([], '2026-12-06'), 'en')).toEqual(['This briefing holds no measures.']);
  });
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2026-12-06', 1, '2027-01-06'],
  ])('adds months: %s + %i = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
  it('formats dates in both languages', () => {
    expect(formatDate('2021-08-31', 'zh')).toBe('2021年8月31日');
    expect(formatDate('2021-08-31', 'en')).toBe('31 Aug 2021');
  });
});
