// Cases for the cross-plan views (zones-compare, agencies-across-plans): expected answers computed
// from the snapshot in TypeScript (see cases.ts), never from the queries' Cypher.
import { expect } from 'vitest';
import type { Case } from './cases.ts';
import { measuresIn, zoneByName } from './expected.ts';
import type { Snapshot } from './seeded.ts';

type Cells = Record<string, number>;

/** `column|aspect|item` → measures, for one zone (with its sub-zones) in column `col`. */
function zoneCells(snap: Snapshot, zoneId: string, col: number): Cells {
  const ms = [...new Set(measuresIn(snap, snap.zoneAndBelow(zoneId)))];
  const cells: Cells = {};
  const add = (aspect: string, item: string, m: string, seen: Map<string, Set<string>>) => {
    const key = `${col}|${aspect}|${item}`;
    const set = seen.get(key) ?? new Set<string>();
    seen.set(key, set.add(m));
  };
  const seen = new Map<string, Set<string>>();
  for (const m of ms) {
    for (const i of snap.out('TARGETS', m)) add('industry', snap.name(i), m, seen);
    for (const p of snap.out('ADOPTS', m))
      if (snap.nodes.get(p)?.props['kind'] === 'instrument') add('instrument', snap.name(p), m, seen);
    for (const a of snap.in('LEADS', m)) add('lead agency', snap.name(a), m, seen);
    const due = snap.nodes.get(m)?.props['dueDate'];
    if (due !== undefined && due !== null) add('due year', String(due).slice(0, 4), m, seen);
  }
  for (const [key, set] of seen) cells[key] = set.size;
  cells[`${col}|count|measures`] = ms.length;
  cells[`${col}|count|with a lead`] = ms.filter((m) => snap.in('LEADS', m).length > 0).length;
  cells[`${col}|count|with a deadline`] = ms.filter((m) => snap.nodes.get(m)?.props['dueDate'] != null).length;
  return cells;
}

/** `agency|plan|zone` → [leads, supports, involved] for agencies in at least `minPlans` plans. */
function agencyWorkload(snap: Snapshot, minPlans: number): Record<string, number[]> {
  const roles = ['LEADS', 'SUPPORTS', 'INVOLVED_IN'];
  const out: Record<string, number[]> = {};
  for (const a of snap.byLabel('Agency')) {
    const byMeasure = new Map<string, Set<string>>();
    for (const type of roles)
      for (const m of snap.out(type, a.id).filter((x) => snap.nodes.get(x)?.labels.includes('Measure')))
        byMeasure.set(m, (byMeasure.get(m) ?? new Set()).add(type));
    const plans = new Set([...byMeasure.keys()].map((m) => String(snap.nodes.get(m)?.props['docId'])));
    if (plans.size < minPlans) continue;
    for (const [m, types] of byMeasure) {
      const zones = snap.measureZones(m);
      for (const z of zones.length > 0 ? zones : ['']) {
        const key = `${a.id}|${String(snap.nodes.get(m)?.props['docId'])}|${z}`;
        const counts = out[key] ?? [0, 0, 0];
        roles.forEach((type, i) => (counts[i] += types.has(type) ? 1 : 0));
        out[key] = counts;
      }
    }
  }
  return out;
}

export const compareCases: Case[] = [
  {
    name: 'zones-compare',
    params: { zones: ['岳阳片区', '郑州片区'] },
    check: (r, snap) => {
      const expected = {
        ...zoneCells(snap, zoneByName(snap, '岳阳片区'), 1),
        ...zoneCells(snap, zoneByName(snap, '郑州片区'), 2),
      };
      const got = Object.fromEntries(
        r.rows.map((row) => [`${row['column']}|${row['aspect']}|${row['item']}`, row['measures']]),
      );
      expect(got).toEqual(expected);
      // inZones: in how many compared zones the item is counted above zero
      for (const row of r.rows) {
        const present = [1, 2].filter((c) => (expected[`${c}|${row['aspect']}|${row['item']}`] ?? 0) > 0).length;
        expect(row['inZones'], `${row['aspect']} ${row['item']}`).toBe(present);
      }
      expect(r.rows.some((row) => row['inZones'] === 1)).toBe(true);
      expect(r.rows.some((row) => row['inZones'] === 2)).toBe(true);
    },
  },
  {
    name: 'zones-compare',
    label: 'four zones, by id and traditional name',
    params: { zones: ['zone:中国（北京）自由贸易试验区科技创新片区海淀组团', '嶽陽片區', '郑州片区', '金水区块'] },
    check: (r, snap) => {
      const zones = ['海淀组团', '岳阳片区', '郑州片区', '金水区块'].map((n) => zoneByName(snap, n));
      expect([1, 2, 3, 4].map((c) => r.rows.find((row) => row['column'] === c)?.['zoneId'])).toEqual(zones);
      const counts = r.rows.filter((row) => row['aspect'] === 'count' && row['item'] === 'measures');
      expect(counts.map((row) => row['measures'])).toEqual(
        zones.map((z) => new Set(measuresIn(snap, snap.zoneAndBelow(z))).size),
      );
    },
  },
  {
    name: 'agencies-across-plans',
    check: (r, snap) => {
      const expected = agencyWorkload(snap, 2);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      const got = Object.fromEntries(
        r.rows.map((row) => [
          `${row['agencyId']}|${row['planId']}|${row['zoneId'] ?? ''}`,
          [row['leads'], row['supports'], row['involved']],
        ]),
      );
      expect(got).toEqual(expected);
      for (const row of r.rows) expect(row['plans'] as number).toBeGreaterThanOrEqual(2);
    },
  },
  {
    name: 'agencies-across-plans',
    label: 'minPlans 1 lists every agency with a measure',
    params: { minPlans: 1 },
    check: (r, snap) => {
      expect(new Set(r.rows.map((row) => row['agencyId']))).toEqual(
        new Set(Object.keys(agencyWorkload(snap, 1)).map((k) => k.split('|')[0])),
      );
    },
  },
];
