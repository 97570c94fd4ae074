// The overview's caps and layout (pure): however many zones, industries and agencies the rows
// hold, the kept graph stays under the fixed bounds, keeps every zone, ranks by weight, and the
// layout places every node, deterministically, with no two nodes on one spot.
import { describe, expect, it } from 'vitest';
import {
  capOverview,
  OVERVIEW_CAPS,
  OVERVIEW_MAX_EDGES,
  OVERVIEW_MAX_NODES,
} from '../../../query-service/explore/overview-caps.ts';
import type { WeightedRow, ZoneRow } from '../../../query-service/explore/overview-caps.ts';
import { overviewLayout } from '../../../query-service/explore/overview-layout.ts';

/** A stable pseudo-random sequence (LCG), so a "load" of any size is generated, not written out. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Rows as the overview's queries return them for `plans` plans over `ftzs` FTZs with 4 areas each. */
function load(plans: number, ftzs = 22) {
  const rnd = random(plans);
  const zones: ZoneRow[] = [];
  const partOf: { start: string; end: string }[] = [];
  for (let f = 0; f < ftzs; f += 1) {
    zones.push({ id: `ftz${f}`, kind: 'ftz', plans: 0 });
    for (let a = 0; a < 4; a += 1) {
      zones.push({ id: `ftz${f}-area${a}`, kind: 'area', plans: 0 });
      partOf.push({ start: `ftz${f}-area${a}`, end: `ftz${f}` });
    }
  }
  const focuses = new Map<string, WeightedRow>();
  const leads = new Map<string, WeightedRow>();
  for (let p = 0; p < plans; p += 1) {
    const zone = zones[Math.floor(rnd() * zones.length)];
    zone.plans += 1;
    for (let i = 0; i < 8; i += 1) {
      const target = `industry${Math.floor(rnd() * rnd() * 150)}`;
      const row = focuses.get(`${zone.id}|${target}`) ?? { zone: zone.id, target, weight: 0 };
      focuses.set(`${zone.id}|${target}`, { ...row, weight: row.weight + 1 });
    }
    for (let i = 0; i < 5; i += 1) {
      const target = `agency${p % 97}-${Math.floor(rnd() * 30)}`; // agencies of a place, many per place
      const row = leads.get(`${zone.id}|${target}`) ?? { zone: zone.id, target, weight: 0 };
      leads.set(`${zone.id}|${target}`, { ...row, weight: row.weight + 1 + Math.floor(rnd() * 20) });
    }
  }
  return { zones, partOf, focuses: [...focuses.values()], leads: [...leads.values()] };
}

describe('overview caps', () => {
  it.each([5, 100, 1000, 5000])('%i plans: every zone kept, nodes and edges under the fixed bounds', (plans) => {
    const rows = load(plans);
    const kept = capOverview(rows.zones, rows.focuses, rows.leads);
    const industries = new Set(kept.focuses.map((r) => r.target));
    const agencies = new Set(kept.leads.map((r) => r.target));
    expect(kept.zones.size).toBe(rows.zones.length);
    expect(industries.size).toBeLessThanOrEqual(OVERVIEW_CAPS.industries);
    expect(agencies.size).toBeLessThanOrEqual(OVERVIEW_CAPS.agencies);
    expect(kept.zones.size + industries.size + agencies.size).toBeLessThanOrEqual(OVERVIEW_MAX_NODES);
    expect(rows.partOf.length + kept.focuses.length + kept.leads.length).toBeLessThanOrEqual(OVERVIEW_MAX_EDGES);
    for (const zone of kept.zones) {
      expect(kept.focuses.filter((r) => r.zone === zone).length).toBeLessThanOrEqual(OVERVIEW_CAPS.industriesPerZone);
      expect(kept.leads.filter((r) => r.zone === zone).length).toBeLessThanOrEqual(OVERVIEW_CAPS.agenciesPerZone);
    }
    // nothing invented: every kept row is one of the input rows
    const given = new Set([...rows.focuses, ...rows.leads].map((r) => `${r.zone}|${r.target}|${r.weight}`));
    for (const r of [...kept.focuses, ...kept.leads]) expect(given.has(`${r.zone}|${r.target}|${r.weight}`)).toBe(true);
  });

  it('keeps the strongest: a zone shows its heaviest industries among those kept overall', () => {
    const rows = load(300);
    const kept = capOverview(rows.zones, rows.focuses, rows.leads);
    const industries = new Set(kept.focuses.map((r) => r.target));
    for (const zone of kept.zones) {
      const shown = kept.focuses.filter((r) => r.zone === zone);
      const candidates = rows.focuses.filter((r) => r.zone === zone && industries.has(r.target));
      const lightestShown = Math.min(...shown.map((r) => r.weight));
      const hidden = candidates.filter((c) => !shown.some((s) => s.target === c.target));
      for (const h of hidden) expect(h.weight).toBeLessThanOrEqual(lightestShown);
    }
  });

  it('caps the zones themselves, FTZs and areas first, when a dictionary has more than the cap', () => {
    const zones: ZoneRow[] = Array.from({ length: 400 }, (_, i) => ({
      id: `z${i}`,
      kind: i % 10 === 0 ? 'ftz' : i % 10 === 1 ? 'area' : 'block',
      plans: i,
    }));
    const kept = capOverview(zones, [], []);
    expect(kept.zones.size).toBe(OVERVIEW_CAPS.zones);
    for (const z of zones.filter((z) => z.kind !== 'block')) expect(kept.zones.has(z.id)).toBe(true);
  });
});

describe('overview layout', () => {
  const rows = load(1000);
  const kept = capOverview(rows.zones, rows.focuses, rows.leads);
  const ids = [
    ...rows.zones.map((z) => ({ id: z.id, kind: 'Zone', province: z.id.split('-')[0] })),
    ...[...new Set(kept.focuses.map((r) => r.target))].map((id) => ({ id, kind: 'Industry' })),
    ...[...new Set(kept.leads.map((r) => r.target))].map((id) => ({ id, kind: 'Agency' })),
  ];
  const edges = [
    ...rows.partOf.map((r) => ({ type: 'PART_OF', ...r, weight: 1 })),
    ...kept.focuses.map((r) => ({ type: 'FOCUSES_ON', start: r.zone, end: r.target, weight: r.weight })),
    ...kept.leads.map((r) => ({ type: 'LEADS_IN', start: r.target, end: r.zone, weight: r.weight })),
  ];

  it('places every node at a finite point, the same way every time, none on top of another', () => {
    const first = overviewLayout(ids, edges, new Map());
    expect(first.size).toBe(ids.length);
    for (const p of first.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(overviewLayout(ids, edges, new Map())).toEqual(first);
    const spots = new Set([...first.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(ids.length);
  });

  it('draws each FTZ with its areas: an area is nearer its own FTZ than any other FTZ', () => {
    const at = overviewLayout(ids, edges, new Map());
    const ftzs = rows.zones.filter((z) => z.kind === 'ftz').map((z) => z.id);
    for (const { start, end } of rows.partOf) {
      const d = (id: string) => Math.hypot(at.get(start)!.x - at.get(id)!.x, at.get(start)!.y - at.get(id)!.y);
      expect(Math.min(...ftzs.map(d))).toBe(d(end));
    }
  });
});
