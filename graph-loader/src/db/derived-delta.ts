// The stored counts of db/derived-store.ts brought up to date by adding a load's new measures to them,
// instead of recomputing a zone or agency from all of its measures (a province's zone above a thousand
// plans holds tens of thousands). Exact when every measure counted is new and nothing counted before
// went: the measures of documents written by this load (a document's measures are its own), on zones
// and agencies whose counts are current (not flagged stale by a replaced document, not missing), and on
// zones whose subtree the load left as it was (a PART_OF from a counted zone moves its measures under
// the new parent and every zone above it: those are recounted).
// db/derived-store.ts decides when those hold; this module only adds, as pure functions.
/** A measure written by the load, as the graph holds it. */
export interface NewMeasure {
  id: string;
  docId: string;
  /** the zones it is located in (`zoneIds`) */
  zoneIds: string[];
  /** the industries it targets */
  industries: string[];
  /** the agencies leading or supporting it */
  assignees: string[];
  /** the agencies only involved in it */
  involved: string[];
}

export interface StoredZone {
  id: string;
  measuresHere: number;
  measuresBelow: number;
  industryIds: string[];
  industryMeasures: number[];
  industrySample: string[];
}

export interface StoredAgency {
  id: string;
  planCount: number;
  planZoneRows: number;
  partnerIds: string[];
  partnerMeasures: number[];
}

/** The measure ids of an industry's sample per zone ('' pads a shorter sample). */
export const SAMPLE_SLOTS = 5;

/** Strings in the order Cypher's ORDER BY gives them (UTF-16 code units, as Java compares). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface ZoneDelta {
  here: number;
  below: number;
  /** per industry: the new measures located here that target it */
  industries: Map<string, string[]>;
}

/** What the new measures add to each zone: `ups` gives every stored zone with the zones above it
 *  (itself included); a zone id the store does not hold counts nowhere, as in the recount. */
export function zoneDeltas(measures: readonly NewMeasure[], ups: ReadonlyMap<string, readonly string[]>) {
  const deltas = new Map<string, ZoneDelta>();
  const at = (id: string): ZoneDelta => {
    const found = deltas.get(id) ?? { here: 0, below: 0, industries: new Map<string, string[]>() };
    deltas.set(id, found);
    return found;
  };
  for (const m of measures) {
    const here = [...new Set(m.zoneIds)].filter((z) => ups.has(z));
    for (const z of new Set(here.flatMap((id) => ups.get(id) ?? []))) at(z).below += 1;
    for (const z of here) {
      const delta = at(z);
      delta.here += 1;
      for (const industry of new Set(m.industries))
        delta.industries.set(industry, [...(delta.industries.get(industry) ?? []), m.id]);
    }
  }
  return deltas;
}

/** A zone's stored counts with a delta added: industries merged in Cypher's order, each industry's
 *  sample the first SAMPLE_SLOTS measure ids of the old sample and the new measures. */
export function addToZone(stored: StoredZone, delta: ZoneDelta): StoredZone {
  const industries = new Map<string, { measures: number; sample: string[] }>();
  stored.industryIds.forEach((industry, i) => {
    const sample = stored.industrySample.slice(i * SAMPLE_SLOTS, (i + 1) * SAMPLE_SLOTS).filter((s) => s !== '');
    industries.set(industry, { measures: stored.industryMeasures[i] ?? 0, sample });
  });
  for (const [industry, ids] of delta.industries) {
    const old = industries.get(industry) ?? { measures: 0, sample: [] };
    const sample = [...new Set([...old.sample, ...ids])].sort(byCodeUnit).slice(0, SAMPLE_SLOTS);
    industries.set(industry, { measures: old.measures + ids.length, sample });
  }
  const ids = [...industries.keys()].sort(byCodeUnit);
  return {
    id: stored.id,
    measuresHere: stored.measuresHere + delta.here,
    measuresBelow: stored.measuresBelow + delta.below,
    industryIds: ids,
    industryMeasures: ids.map((id) => industries.get(id)?.measures ?? 0),
    industrySample: ids.flatMap((id) => {
      const sample = industries.get(id)?.sample ?? [];
      return [...sample, ...Array<string>(SAMPLE_SLOTS - sample.length).fill('')];
    }),
  };
}

interface AgencyDelta {
  /** (plan, zone) pairs: the plans are new, so every pair is */
  rows: Set<string>;
  plans: Set<string>;
  /** per partner: the new measures it shares with the agency as lead or supporting unit */
  partners: Map<string, number>;
}

/** What the new measures add to each agency that leads, supports or is involved in one of them. */
export function agencyDeltas(measures: readonly NewMeasure[]): Map<string, AgencyDelta> {
  const deltas = new Map<string, AgencyDelta>();
  const at = (id: string): AgencyDelta => {
    const found = deltas.get(id) ?? { rows: new Set<string>(), plans: new Set<string>(), partners: new Map() };
    deltas.set(id, found);
    return found;
  };
  for (const m of measures) {
    const assignees = new Set(m.assignees);
    const zones = m.zoneIds.length > 0 ? m.zoneIds : [''];
    for (const agency of new Set([...assignees, ...m.involved])) {
      const delta = at(agency);
      delta.plans.add(m.docId);
      for (const zone of zones) delta.rows.add(`${m.docId}\u0000${zone}`);
    }
    for (const agency of assignees)
      for (const partner of assignees)
        if (partner !== agency) at(agency).partners.set(partner, (at(agency).partners.get(partner) ?? 0) + 1);
  }
  return deltas;
}

/** An agency's stored counts with a delta added: partners merged in Cypher's order. */
export function addToAgency(stored: StoredAgency, delta: AgencyDelta): StoredAgency {
  const partners = new Map(stored.partnerIds.map((id, i) => [id, stored.partnerMeasures[i] ?? 0]));
  for (const [id, n] of delta.partners) partners.set(id, (partners.get(id) ?? 0) + n);
  const ids = [...partners.keys()].sort(byCodeUnit);
  return {
    id: stored.id,
    planCount: stored.planCount + delta.plans.size,
    planZoneRows: stored.planZoneRows + delta.rows.size,
    partnerIds: ids,
    partnerMeasures: ids.map((id) => partners.get(id) ?? 0),
  };
}
