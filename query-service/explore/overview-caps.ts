// The overview's fixed caps, applied to the aggregated rows (pure: rows in, kept rows out), so the
// first screen has the same bounded size at 5 plans and at 1,000: every zone up to `zones` (22 FTZs
// and about 70 areas always; blocks, parks and clusters as long as there is room), the industries most
// stated overall and, per zone, its strongest few of those; per zone its leading agencies, and of
// those the agencies that lead most measures overall. Ties are broken by id, so the answer is
// deterministic for a given graph.

export const OVERVIEW_CAPS = {
  /** zones kept (FTZs, then areas, then blocks, parks… by the number of plans covering them) */
  zones: 200,
  /** industries kept, ranked by their total weight (evidence entries) over all zones */
  industries: 30,
  /** FOCUSES_ON edges per zone, to kept industries, strongest first */
  industriesPerZone: 2,
  /** LEADS_IN edges per zone, the agency leading most measures there first */
  agenciesPerZone: 2,
  /** agencies kept, ranked by the measures they lead in the kept zones */
  agencies: 60,
} as const;

/** Upper bounds the answer never exceeds, whatever the number of plans. */
export const OVERVIEW_MAX_NODES = OVERVIEW_CAPS.zones + OVERVIEW_CAPS.industries + OVERVIEW_CAPS.agencies;
export const OVERVIEW_MAX_EDGES =
  OVERVIEW_CAPS.zones * (1 + OVERVIEW_CAPS.industriesPerZone) + OVERVIEW_CAPS.agencies * OVERVIEW_CAPS.agenciesPerZone;

export interface ZoneRow {
  id: string;
  kind: string;
  plans: number;
}
/** zone → target (an industry or an agency) with a weight */
export interface WeightedRow {
  zone: string;
  target: string;
  weight: number;
}
export interface CappedOverview {
  zones: Set<string>;
  focuses: WeightedRow[];
  leads: WeightedRow[];
}

const byWeight = (a: WeightedRow, b: WeightedRow): number =>
  b.weight - a.weight || a.target.localeCompare(b.target) || a.zone.localeCompare(b.zone);

/** Targets ranked by summed weight, the first `n`. */
function topTargets(rows: readonly WeightedRow[], n: number): Set<string> {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.target, (total.get(r.target) ?? 0) + r.weight);
  const ranked = [...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(ranked.slice(0, n).map(([id]) => id));
}

/** Per zone, its first `n` rows by weight among those `keep` accepts. */
function perZone(rows: readonly WeightedRow[], n: number, keep: (r: WeightedRow) => boolean): WeightedRow[] {
  const count = new Map<string, number>();
  const out: WeightedRow[] = [];
  for (const r of [...rows].sort(byWeight)) {
    if (!keep(r) || (count.get(r.zone) ?? 0) >= n) continue;
    count.set(r.zone, (count.get(r.zone) ?? 0) + 1);
    out.push(r);
  }
  return out;
}

export function capOverview(
  zones: readonly ZoneRow[],
  focuses: readonly WeightedRow[],
  leads: readonly WeightedRow[],
  caps: typeof OVERVIEW_CAPS = OVERVIEW_CAPS,
): CappedOverview {
  const rank = (z: ZoneRow): number => (z.kind === 'ftz' ? 2 : z.kind === 'area' ? 1 : 0);
  const kept = new Set(
    [...zones]
      .sort((a, b) => rank(b) - rank(a) || b.plans - a.plans || a.id.localeCompare(b.id))
      .slice(0, caps.zones)
      .map((z) => z.id),
  );
  const inZones = (r: WeightedRow): boolean => kept.has(r.zone);
  const industries = topTargets(focuses.filter(inZones), caps.industries);
  const keptFocuses = perZone(focuses, caps.industriesPerZone, (r) => inZones(r) && industries.has(r.target));
  const zoneLeads = perZone(leads, caps.agenciesPerZone, inZones);
  const agencies = topTargets(zoneLeads, caps.agencies);
  return { zones: kept, focuses: keptFocuses, leads: zoneLeads.filter((r) => agencies.has(r.target)) };
}
