// What a transactional load does to the whole graph after its writes, done on the GraphImage before it
// is written as CSV, so that nothing is left to do in Neo4j after the import but the lists the CSV
// cannot hold: orphans out (replace.ts deleteOrphans: a shared node, not a Document, with no
// relationship) and the counts that span documents on every Zone and Agency (db/derived-store.ts
// ZONE_COUNTS and AGENCY_COUNTS, read one for one: a zone's measures are those applying to a zone at
// or below it (PART_OF*0..) or of a plan covering it, kept when that zone is in their `zoneIds`; its
// industries are those its own measures target, with the first SAMPLE_SLOTS measure ids of each, ''
// padded; an agency's plans and (plan, zone) rows come from the measures it leads, supports or is
// involved in, its partners from the `assignees` of those it leads or supports).
import { SAMPLE_SLOTS } from '../derived-store.ts';
import type { GraphImage, ImageNode, Value } from './graph-image.ts';

/** replace.ts deleteOrphans: the labels of the shared nodes it deletes when they have no relationship */
const ORPHAN_LABELS = ['Agency', 'Industry', 'Zone', 'Policy'];

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Deletes the orphans from the image (as deleteOrphans does after a load); returns how many went. */
export function dropOrphans(image: GraphImage): number {
  const linked = new Set<string>();
  for (const rel of image.rels.values()) linked.add(rel.start).add(rel.end);
  let removed = 0;
  for (const [id, node] of image.nodes) {
    if (linked.has(id) || node.labels.includes('Document')) continue;
    if (!node.labels.some((l) => ORPHAN_LABELS.includes(l))) continue;
    image.nodes.delete(id);
    removed++;
  }
  return removed;
}

/** The relationships the counts follow, each kept only between nodes of the labels the Cypher matches. */
interface Links {
  /** PART_OF, start → ends (any labels: the Cypher's variable-length path does not constrain them) */
  partOf: Map<string, string[]>;
  /** `measure\0zone` of each (Measure)-[:APPLIES_TO]->(Zone) */
  applies: Set<string>;
  /** (Document)-[:COVERS]->(Zone): the zones each document covers */
  covers: Map<string, Set<string>>;
  /** (Measure)-[:TARGETS]->(Industry) */
  targets: Map<string, string[]>;
  /** (Agency)-[:LEADS|SUPPORTS|INVOLVED_IN]->(Measure), per agency */
  works: Map<string, Set<string>>;
  /** (Agency)-[:LEADS|SUPPORTS]->(Measure), per agency, and per measure (the agencies) */
  assigned: Map<string, Set<string>>;
  assigneesOf: Map<string, string[]>;
}

const isA = (image: GraphImage, id: string, label: string): boolean =>
  image.nodes.get(id)?.labels.includes(label) ?? false;

function linksOf(image: GraphImage): Links {
  const is = (id: string, label: string): boolean => isA(image, id, label);
  const links: Links = {
    partOf: new Map(),
    applies: new Set(),
    covers: new Map(),
    targets: new Map(),
    works: new Map(),
    assigned: new Map(),
    assigneesOf: new Map(),
  };
  for (const { type, start, end } of image.rels.values()) {
    if (type === 'PART_OF') push(links.partOf, start, end);
    else if (type === 'APPLIES_TO' && is(start, 'Measure') && is(end, 'Zone')) links.applies.add(`${start}\0${end}`);
    else if (type === 'COVERS' && is(start, 'Document') && is(end, 'Zone'))
      links.covers.set(start, (links.covers.get(start) ?? new Set()).add(end));
    else if (type === 'TARGETS' && is(start, 'Measure') && is(end, 'Industry')) push(links.targets, start, end);
    if (!['LEADS', 'SUPPORTS', 'INVOLVED_IN'].includes(type) || !is(start, 'Agency') || !is(end, 'Measure')) continue;
    links.works.set(start, (links.works.get(start) ?? new Set()).add(end));
    if (type === 'INVOLVED_IN') continue;
    links.assigned.set(start, (links.assigned.get(start) ?? new Set()).add(end));
    push(links.assigneesOf, end, start);
  }
  return links;
}

const listOf = (value: Value | undefined): unknown[] | null => (Array.isArray(value) ? value : null);

/** Per zone, the measures located there: in its `zoneIds` and applying to it or of a plan covering it. */
function locatedMeasures(image: GraphImage, links: Links): Map<string, string[]> {
  const located = new Map<string, string[]>();
  for (const m of image.nodes.values()) {
    if (!m.labels.includes('Measure')) continue;
    const docId = m.props['docId'];
    const covered = typeof docId === 'string' && isA(image, docId, 'Document') ? links.covers.get(docId) : undefined;
    for (const zid of new Set(listOf(m.props['zoneIds']) ?? [])) {
      if (typeof zid !== 'string' || !isA(image, zid, 'Zone')) continue;
      if (links.applies.has(`${m.id}\0${zid}`) || covered?.has(zid)) push(located, zid, m.id);
    }
  }
  return located;
}

/** The zones at or above `zone` (PART_OF*0.. followed outwards, through nodes of any label). */
function zonesAbove(image: GraphImage, zone: string, partOf: Map<string, string[]>): string[] {
  const seen = new Set<string>([zone]);
  const stack = [zone];
  while (stack.length > 0) {
    for (const up of partOf.get(stack.pop() as string) ?? []) {
      if (seen.has(up)) continue;
      seen.add(up);
      stack.push(up);
    }
  }
  return [...seen].filter((id) => isA(image, id, 'Zone'));
}

/** ZONE_COUNTS' industry columns for a zone's own measures. */
function industryColumns(measures: readonly string[], targets: Map<string, string[]>): Record<string, Value> {
  const byIndustry = new Map<string, string[]>();
  for (const m of [...measures].sort(byCodeUnit))
    for (const industry of new Set(targets.get(m) ?? [])) push(byIndustry, industry, m);
  const industryIds = [...byIndustry.keys()].sort(byCodeUnit);
  const samples = industryIds.map((i) => {
    const sample = (byIndustry.get(i) as string[]).slice(0, SAMPLE_SLOTS);
    return [...sample, ...Array<string>(SAMPLE_SLOTS - sample.length).fill('')];
  });
  return {
    industryIds,
    industryMeasures: industryIds.map((i) => (byIndustry.get(i) as string[]).length),
    industrySample: samples.flat(),
  };
}

function setZoneCounts(image: GraphImage, links: Links): number {
  const located = locatedMeasures(image, links);
  const below = new Map<string, Set<string>>();
  for (const [zone, measures] of located)
    for (const up of zonesAbove(image, zone, links.partOf)) {
      const set = below.get(up) ?? new Set<string>();
      below.set(up, set);
      for (const m of measures) set.add(m);
    }
  let zones = 0;
  for (const z of image.nodes.values()) {
    if (!z.labels.includes('Zone')) continue;
    const here = located.get(z.id) ?? [];
    const counts = { measuresHere: here.length, measuresBelow: below.get(z.id)?.size ?? 0 };
    image.setProps(z.id, { ...counts, ...industryColumns(here, links.targets) });
    zones++;
  }
  return zones;
}

/** AGENCY_COUNTS for one agency. */
function agencyColumns(image: GraphImage, a: ImageNode, links: Links): Record<string, Value> {
  const plans = new Set<string>();
  const rows = new Set<string>();
  for (const id of links.works.get(a.id) ?? []) {
    const m = (image.nodes.get(id) as ImageNode).props;
    const docId = m['docId'] ?? null;
    if (docId !== null) plans.add(String(docId));
    const zones = listOf(m['zoneIds']) ?? [];
    for (const zone of zones.length === 0 ? [''] : zones) rows.add(JSON.stringify([docId, zone ?? '']));
  }
  const shared = new Map<string, number>();
  for (const id of links.assigned.get(a.id) ?? []) {
    const stored = listOf((image.nodes.get(id) as ImageNode).props['assignees']);
    for (const partner of new Set(stored ?? links.assigneesOf.get(id) ?? []))
      if (partner !== null && partner !== a.id) shared.set(String(partner), (shared.get(String(partner)) ?? 0) + 1);
  }
  const partnerIds = [...shared.keys()].sort(byCodeUnit);
  return {
    planCount: plans.size,
    planZoneRows: rows.size,
    partnerIds,
    partnerMeasures: partnerIds.map((p) => shared.get(p) as number),
  };
}

/** Sets derived-store.ts's counts on every Zone and Agency of the image (as refreshDerived over the
 *  whole graph does after an import). Run after dropOrphans, as a load deletes orphans first. */
export function setSharedCounts(image: GraphImage): { zones: number; agencies: number } {
  const links = linksOf(image);
  const zones = setZoneCounts(image, links);
  let agencies = 0;
  for (const a of image.nodes.values()) {
    if (!a.labels.includes('Agency')) continue;
    image.setProps(a.id, agencyColumns(image, a, links));
    agencies++;
  }
  return { zones, agencies };
}
