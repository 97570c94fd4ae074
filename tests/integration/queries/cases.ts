// One case per saved query (some with several parameter sets): the expected answer is computed from
// the graph snapshot in TypeScript and compared with what the query returned.
import { expect } from 'vitest';
import type { JsonValue, QueryResult } from '../../../core/api-types.ts';
import type { QueryService } from '../../../query-service/service.ts';
import type { Snapshot } from './seeded.ts';
import { expectedCases2 } from './cases-more.ts';
import { similarCases } from './cases-similar.ts';
import { compareCases } from './cases-compare.ts';
import { timelineCases } from './cases-timeline.ts';
import { viewCases } from './cases-views.ts';

export interface Case {
  name: string;
  label?: string;
  params?: Record<string, JsonValue>;
  check: (result: QueryResult, snap: Snapshot, service: QueryService) => void | Promise<void>;
}

const col = (r: QueryResult, c: string): JsonValue[] => r.rows.map((row) => row[c] ?? null);
const sorted = <T>(xs: T[]): T[] => [...xs].sort();

/** Agencies leading measures that (or whose ancestor tasks) target the industry, counted by measure. */
function leadCounts(snap: Snapshot, industryName: string): Record<string, number> {
  const industry = snap.byLabel('Industry').find((i) => i.props['name'] === industryName);
  if (!industry) throw new Error(`no industry ${industryName}`);
  const targeted = new Set(snap.in('TARGETS', industry.id));
  const measures = snap
    .byLabel('Measure')
    .filter((m) => targeted.has(m.id) || snap.measureAncestors(m.id).some((a) => targeted.has(a)));
  const counts: Record<string, number> = {};
  for (const m of measures)
    for (const a of snap.in('LEADS', m.id)) counts[snap.name(a)] = (counts[snap.name(a)] ?? 0) + 1;
  return counts;
}

function agencyByName(snap: Snapshot, name: string): string {
  const a = snap.byLabel('Agency').find((n) => n.props['name'] === name);
  if (!a) throw new Error(`no agency ${name}`);
  return a.id;
}

export const CASES: Case[] = [
  {
    name: 'lead-bureaus-by-industry',
    check: (r, snap) => {
      const expected = leadCounts(snap, '跨境电子商务');
      expect(Object.fromEntries(r.rows.map((row) => [row['agency'], row['measures']]))).toEqual(expected);
      const top = col(r, 'agency').slice(0, 3);
      expect(top).toContain('岳阳海关');
      const counts = col(r, 'measures') as number[];
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    },
  },
  {
    name: 'lead-bureaus-by-industry',
    label: 'traditional synonym 跨境電商',
    params: { industry: '跨境電商' },
    check: (r, snap) => {
      expect(Object.fromEntries(r.rows.map((row) => [row['agency'], row['measures']]))).toEqual(
        leadCounts(snap, '跨境电子商务'),
      );
    },
  },
  {
    name: 'agency-portfolio',
    check: (r, snap) => {
      const id = agencyByName(snap, '岳阳海关');
      const leads = new Set(snap.out('LEADS', id));
      const all = new Set([...leads, ...snap.out('SUPPORTS', id)]);
      expect(sorted(col(r, 'measureId') as string[])).toEqual(sorted([...all]));
      for (const row of r.rows) expect(row['role']).toBe(leads.has(String(row['measureId'])) ? 'lead' : 'support');
      for (const row of r.rows) {
        const zones = snap.measureZones(String(row['measureId'])).map((z) => snap.name(z));
        expect(sorted(row['zones'] as string[])).toEqual(sorted(zones));
      }
    },
  },
  {
    name: 'measures-due-between',
    check: (r, snap) => {
      const due = snap
        .byLabel('Measure')
        .filter(
          (m) =>
            typeof m.props['dueDate'] === 'string' &&
            m.props['dueDate'] >= '2021-01-01' &&
            m.props['dueDate'] <= '2021-12-31',
        );
      expect(due.length).toBeGreaterThan(0);
      expect(sorted(col(r, 'measureId') as string[])).toEqual(sorted(due.map((m) => m.id)));
      const dates = col(r, 'dueDate') as string[];
      expect(dates).toEqual(sorted(dates));
    },
  },
  {
    name: 'measures-due-between',
    label: 'an empty range',
    params: { from: '1990-01-01', to: '1990-12-31' },
    check: (r) => {
      expect(r.rows).toEqual([]);
    },
  },
  {
    name: 'zone-hierarchy',
    check: (r, snap) => {
      const zones = snap.byLabel('Zone');
      expect(sorted(col(r, 'zoneId') as string[])).toEqual(sorted(zones.map((z) => z.id)));
      const measures = snap.byLabel('Measure');
      for (const row of r.rows) {
        const id = String(row['zoneId']);
        const parents = snap.out('PART_OF', id).map((p) => snap.name(p));
        if (parents.length === 0) expect(row['parent']).toBeNull();
        else expect(parents).toContain(row['parent']);
        const below = snap.zoneAndBelow(id);
        const here = measures.filter((m) => snap.measureZones(m.id).includes(id)).length;
        const withSub = measures.filter((m) => snap.measureZones(m.id).some((z) => below.has(z))).length;
        expect([row['zone'], row['measures'], row['measuresWithSubzones']]).toEqual([row['zone'], here, withSub]);
      }
      const paths = col(r, 'path') as string[];
      expect(paths).toEqual(sorted(paths));
    },
  },
  {
    name: 'zone-industry-matrix',
    check: (r, snap) => {
      const counts = new Map<string, number>();
      for (const z of snap.byLabel('Zone')) for (const i of snap.out('FOCUSES_ON', z.id)) counts.set(`${z.id}|${i}`, 0);
      for (const m of snap.byLabel('Measure')) {
        for (const i of snap.out('TARGETS', m.id)) {
          for (const z of snap.measureZones(m.id)) counts.set(`${z}|${i}`, (counts.get(`${z}|${i}`) ?? 0) + 1);
        }
      }
      const got = Object.fromEntries(
        r.rows.map((row) => [`${String(row['zoneId'])}|${String(row['industryId'])}`, row['measures']]),
      );
      expect(got).toEqual(Object.fromEntries(counts));
      for (const row of r.rows) {
        expect(row['focus']).toBe(snap.out('FOCUSES_ON', String(row['zoneId'])).includes(String(row['industryId'])));
      }
    },
  },
  ...expectedCases2,
  ...similarCases,
  ...viewCases,
  ...compareCases,
  ...timelineCases,
];
