// Cases for the queries on the selection (agency-partners, industry-zones, zone-profile,
// plan-profile): expected answers computed from the snapshot in TypeScript (see cases.ts).
import { expect } from 'vitest';
import type { Case } from './cases.ts';
import { measuresIn, zoneByName } from './expected.ts';

export const viewCases: Case[] = [
  {
    name: 'agency-partners',
    check: (r, snap) => {
      const self = snap.byLabel('Agency').find((a) => a.props['name'] === '岳阳海关');
      if (!self) throw new Error('no 岳阳海关');
      const mine = [...snap.out('LEADS', self.id), ...snap.out('SUPPORTS', self.id)];
      const shared = new Map<string, Set<string>>();
      for (const m of new Set(mine))
        for (const b of new Set([...snap.in('LEADS', m), ...snap.in('SUPPORTS', m)]))
          if (b !== self.id) shared.set(b, (shared.get(b) ?? new Set()).add(m));
      expect(shared.size).toBeGreaterThan(0);
      expect(Object.fromEntries(r.rows.map((row) => [row['agencyId'], row['measures']]))).toEqual(
        Object.fromEntries([...shared].map(([b, ms]) => [b, ms.size])),
      );
    },
  },
  {
    name: 'industry-zones',
    check: (r, snap) => {
      const industry = snap.byLabel('Industry').find((i) => i.props['name'] === '跨境电子商务');
      if (!industry) throw new Error('no industry');
      const counts = new Map<string, Set<string>>();
      for (const z of snap.in('FOCUSES_ON', industry.id)) counts.set(z, counts.get(z) ?? new Set());
      for (const m of snap.in('TARGETS', industry.id))
        for (const z of snap.measureZones(m)) counts.set(z, (counts.get(z) ?? new Set()).add(m));
      expect(counts.size).toBeGreaterThan(0);
      expect(Object.fromEntries(r.rows.map((row) => [row['zoneId'], row['measures']]))).toEqual(
        Object.fromEntries([...counts].map(([z, ms]) => [z, ms.size])),
      );
    },
  },
  {
    name: 'zone-profile',
    check: (r, snap) => {
      const zone = zoneByName(snap, '岳阳片区');
      const measures = measuresIn(snap, snap.zoneAndBelow(zone));
      const leads: Record<string, number> = {};
      for (const m of new Set(measures)) for (const a of snap.in('LEADS', m)) leads[a] = (leads[a] ?? 0) + 1;
      const leadRows = r.rows.filter((row) => row['aspect'] === 'lead agency');
      expect(leadRows.length).toBe(Math.min(15, Object.keys(leads).length));
      for (const row of leadRows) expect(row['measures']).toBe(leads[String(row['nameId'])]);
      const subs = r.rows.filter((row) => row['aspect'] === 'sub-zone').map((row) => row['nameId']);
      expect(subs.sort()).toEqual(snap.in('PART_OF', zone).sort());
    },
  },
  {
    name: 'plan-profile',
    check: (r, snap) => {
      const plan = snap
        .byLabel('Document')
        .sort((a, b) => String(a.props['file']).localeCompare(String(b.props['file'])))[0];
      expect(new Set(r.rows.map((row) => row['planId']))).toEqual(new Set([plan.id]));
      const zones = r.rows.filter((row) => row['aspect'] === 'zone').map((row) => row['nameId']);
      expect(zones.sort()).toEqual(snap.out('COVERS', plan.id).sort());
      const leads: Record<string, number> = {};
      for (const m of snap.byLabel('Measure').filter((x) => x.props['docId'] === plan.id))
        for (const a of snap.in('LEADS', m.id)) leads[a] = (leads[a] ?? 0) + 1;
      for (const row of r.rows.filter((x) => x['aspect'] === 'lead agency'))
        expect(row['measures']).toBe(leads[String(row['nameId'])]);
    },
  },
];
