// The rows of the agencies-across-plans saved query (one per agency, plan and zone) grouped by
// agency and plan for a table made for reading. Pure, unit-tested.
import type { JsonValue } from '../../../core/api-types.ts';

export interface Workload {
  leads: number;
  supports: number;
  involved: number;
}
export interface ZoneWorkload extends Workload {
  zoneId: string | null;
  zone: string | null;
  zoneEn: string | null;
  measureIds: string[];
}
export interface PlanWorkload extends Workload {
  planId: string;
  plan: string;
  zones: ZoneWorkload[];
}
export interface AgencyAcrossPlans extends Workload {
  agencyId: string;
  agency: string;
  agencyEn: string | null;
  plans: PlanWorkload[];
}

const str = (v: JsonValue | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: JsonValue | undefined): number => (typeof v === 'number' ? v : 0);

function add(into: Workload, from: Workload): void {
  into.leads += from.leads;
  into.supports += from.supports;
  into.involved += from.involved;
}

/** Agencies in the rows' order (most plans first); plan totals sum their zones' rows. */
export function agenciesAcrossPlans(rows: readonly Record<string, JsonValue>[]): AgencyAcrossPlans[] {
  const agencies = new Map<string, AgencyAcrossPlans>();
  for (const row of rows) {
    const agencyId = str(row['agencyId']);
    const planId = str(row['planId']);
    if (!agencyId || !planId) continue;
    const agency = agencies.get(agencyId) ?? {
      agencyId,
      agency: str(row['agency']) ?? agencyId,
      agencyEn: str(row['agencyEn']),
      plans: [],
      leads: 0,
      supports: 0,
      involved: 0,
    };
    agencies.set(agencyId, agency);
    let plan = agency.plans.find((p) => p.planId === planId);
    if (!plan) {
      plan = { planId, plan: str(row['plan']) ?? planId, zones: [], leads: 0, supports: 0, involved: 0 };
      agency.plans.push(plan);
    }
    const ids = Array.isArray(row['measureIds']) ? row['measureIds'] : [];
    const zone: ZoneWorkload = {
      zoneId: str(row['zoneId']),
      zone: str(row['zone']),
      zoneEn: str(row['zoneEn']),
      leads: num(row['leads']),
      supports: num(row['supports']),
      involved: num(row['involved']),
      measureIds: ids.filter((x): x is string => typeof x === 'string'),
    };
    plan.zones.push(zone);
    add(plan, zone);
    add(agency, zone);
  }
  return [...agencies.values()];
}
