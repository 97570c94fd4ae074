// Cases of the two timeline queries, each answer computed from the graph snapshot: deadlines-due
// (overdue and due within N months of an as-of date, by zone and lead agency, with the zone and
// agency filters) and diffusion (the zones and plans that took up an instrument, or a measure's
// group of similar measures, dated by their plans).
import { expect } from 'vitest';
import type { JsonValue, QueryResult } from '../../../core/api-types.ts';
import type { Case } from './cases.ts';
import type { Snapshot } from './seeded.ts';

const AS_OF = '2022-06-30';
const NEGATIVE_LIST = 'policy:instrument:负面清单';
const HAIDIAN_IP = 'measure:中国（北京）自由贸易试验区科技创新片区海淀组团实施方案#3.2.2';

/** Cypher's date + duration({months}): the same day n months on, clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const names = (snap: Snapshot, ids: string[]): string[] => ids.map((id) => snap.name(id)).sort();
const sortedStrings = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.map(String).sort() : []);

/** The measures due by `until` (all overdue ones included), optionally located in a zone or led by an agency. */
function expectedDue(snap: Snapshot, until: string, zone?: string, agency?: string): string[] {
  const zoneNode = zone ? snap.byLabel('Zone').find((z) => z.props['name'] === zone) : undefined;
  const below = zoneNode ? snap.zoneAndBelow(zoneNode.id) : null;
  return snap
    .byLabel('Measure')
    .filter((m) => typeof m.props['dueDate'] === 'string' && (m.props['dueDate'] as string) <= until)
    .filter((m) => !below || snap.measureZones(m.id).some((z) => below.has(z)))
    .filter((m) => !agency || snap.in('LEADS', m.id).some((a) => snap.name(a) === agency))
    .map((m) => m.id)
    .sort();
}

function checkDeadlineRows(r: QueryResult, snap: Snapshot, asOf: string): void {
  for (const row of r.rows) {
    const id = String(row['measureId']);
    const due = String(row['dueDate']);
    expect(snap.nodes.get(id)?.props['dueDate']).toBe(due);
    expect(row['status']).toBe(due < asOf ? 'overdue' : 'due');
    expect(row['asOf']).toBe(asOf);
    expect(sortedStrings(row['zones'])).toEqual(names(snap, snap.measureZones(id)));
    expect(sortedStrings(row['leads'])).toEqual(names(snap, snap.in('LEADS', id)));
  }
  const dates = r.rows.map((row) => String(row['dueDate']));
  expect(dates).toEqual([...dates].sort());
}

/** Diffusion rows expected for a set of adopting measures (and zones adopting directly): zone|plan → measures. */
function expectedGroups(snap: Snapshot, measures: string[], zoneDocs: [string, string][]): Map<string, number> {
  const groups = new Map<string, Set<string>>();
  const add = (zone: string | null, docId: string, measure: string | null) => {
    const key = `${zone ? snap.name(zone) : ''}|${String(snap.nodes.get(docId)?.props['title'])}`;
    const set = groups.get(key) ?? new Set<string>();
    if (measure) set.add(measure);
    groups.set(key, set);
  };
  for (const m of measures) {
    const docId = String(snap.nodes.get(m)?.props['docId']);
    const zones = snap.measureZones(m);
    if (zones.length === 0) add(null, docId, m);
    for (const z of zones) add(z, docId, m);
  }
  for (const [zone, docId] of zoneDocs) add(zone, docId, null);
  return new Map([...groups].map(([k, v]) => [k, v.size]));
}

function checkDiffusion(r: QueryResult, snap: Snapshot, expected: Map<string, number>): void {
  expect(expected.size).toBeGreaterThan(1);
  const got = new Map(r.rows.map((row) => [`${String(row['zone'] ?? '')}|${String(row['plan'])}`, row['measures']]));
  expect(got).toEqual(expected);
  for (const row of r.rows) {
    const doc = snap.nodes.get(String(row['docId']));
    expect(row['issuedOn']).toBe(doc?.props['issuedOn'] ?? null);
  }
  const dates = r.rows.map((row) => (row['issuedOn'] as string | null) ?? '9999');
  expect(dates).toEqual([...dates].sort());
}

export const timelineCases: Case[] = [
  {
    name: 'deadlines-due',
    label: 'as of 2022-06-30, six months',
    params: { asOf: AS_OF, months: 6 },
    check: (r, snap) => {
      const until = addMonths(AS_OF, 6);
      expect(r.rows.map((row) => String(row['measureId'])).sort()).toEqual(expectedDue(snap, until));
      expect(r.rows.some((row) => row['status'] === 'overdue')).toBe(true);
      expect(r.rows.some((row) => row['status'] === 'due')).toBe(true);
      for (const row of r.rows) expect(row['until']).toBe(until);
      checkDeadlineRows(r, snap, AS_OF);
    },
  },
  {
    name: 'deadlines-due',
    label: 'a zone with its sub-zones and one lead agency',
    params: { asOf: AS_OF, months: 14, zone: '湖南自贸试验区', agency: '岳阳海关' },
    check: (r, snap) => {
      const expected = expectedDue(snap, addMonths(AS_OF, 14), '湖南自贸试验区', '岳阳海关');
      expect(expected.length).toBeGreaterThan(0);
      expect(r.rows.map((row) => String(row['measureId'])).sort()).toEqual(expected);
      checkDeadlineRows(r, snap, AS_OF);
    },
  },
  {
    name: 'deadlines-due',
    label: 'on a selected agency (its id fills the agency)',
    params: { asOf: AS_OF, months: 6, agency: 'agency:岳阳海关' },
    check: (r, snap) => {
      const expected = expectedDue(snap, addMonths(AS_OF, 6), undefined, '岳阳海关');
      expect(expected.length).toBeGreaterThan(0);
      expect(r.rows.map((row) => String(row['measureId'])).sort()).toEqual(expected);
    },
  },
  {
    name: 'deadlines-due',
    label: 'as of today by default',
    check: (r, snap) => {
      const today = new Date().toISOString().slice(0, 10);
      expect(r.rows.map((row) => String(row['measureId'])).sort()).toEqual(expectedDue(snap, addMonths(today, 6)));
      checkDeadlineRows(r, snap, today);
    },
  },
  {
    name: 'diffusion',
    label: 'an instrument: the zones adopting 负面清单 and when',
    check: (r, snap) => {
      const measures = [...snap.in('ADOPTS', NEGATIVE_LIST), ...snap.in('CITES', NEGATIVE_LIST)].filter((id) =>
        snap.nodes.get(id)?.labels.includes('Measure'),
      );
      const zoneDocs = snap.rels
        .filter(
          (x) => x.type === 'ADOPTS' && x.end === NEGATIVE_LIST && snap.nodes.get(x.start)?.labels.includes('Zone'),
        )
        .flatMap((x) => (x.props['docIds'] as string[]).map((d): [string, string] => [x.start, d]));
      checkDiffusion(r, snap, expectedGroups(snap, [...new Set(measures)], zoneDocs));
      for (const row of r.rows) expect(row['origin']).toBe(false);
    },
  },
  {
    name: 'diffusion',
    label: "a measure: its copies and the groups of similar measures, the measure's own plan marked",
    params: { node: HAIDIAN_IP },
    check: (r, snap) => {
      const canonical = snap.out('COPY_OF', HAIDIAN_IP)[0] ?? HAIDIAN_IP;
      const groups = new Set([canonical]);
      let frontier = [canonical];
      for (let step = 0; step < 2; step++) {
        frontier = frontier.flatMap((m) => [...snap.out('SIMILAR_TO', m), ...snap.in('SIMILAR_TO', m)]);
        frontier = frontier.filter((m) => !groups.has(m) && groups.add(m));
      }
      const group = [...groups].flatMap((g) => [g, ...snap.in('COPY_OF', g)]);
      expect(group).toContain(HAIDIAN_IP);
      checkDiffusion(r, snap, expectedGroups(snap, [...new Set(group)], []));
      const own = String(snap.nodes.get(snap.nodes.get(HAIDIAN_IP)?.props['docId'] as string)?.props['title']);
      expect(r.rows.filter((row) => row['origin'] === true).map((row) => row['plan'])).toEqual([own]);
    },
  },
  {
    name: 'diffusion',
    label: 'a node that is neither a measure nor a policy finds nothing',
    params: { node: 'agency:岳阳海关' },
    check: (r) => {
      expect(r.rows).toEqual([]);
    },
  },
];
