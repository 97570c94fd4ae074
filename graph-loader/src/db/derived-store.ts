// Counts that span documents, stored on the shared nodes so that saved queries read them instead of
// walking every measure: on each Zone the measures located in it (`measuresHere`), in it or below it
// (`measuresBelow`) and, per industry its measures target, their number and up to five of them
// (`industryIds`, `industryMeasures`, `industrySample`: five slots per industry, '' when fewer); on
// each Agency the plans it works in (`planCount`), its (plan, zone) pairs (`planZoneRows`: the rows
// agencies-across-plans shows for it) and the agencies it shares measures with as lead or supporting
// unit (`partnerIds`, `partnerMeasures`). A measure is located in its `zoneIds` and assigned to its
// `assignees` (db/derived.ts).
//
// After a load only the nodes the written documents touch change. Recounted from their measures: the
// nodes the deleted versions touched (flagged `derivedStale` by markTouched before they go), those of
// documents an earlier load wrote but did not count (`countsPending`, set with the document), the
// zones the load put a counted zone under, with the zones above all these; the new nodes (no counts
// yet: an issuer, a zone named only in a hierarchy) alone; without document ids the whole database
// (an import, a store written before these counts). The other nodes the load touched get its new
// measures added to their counts (db/derived-delta.ts): a +10 at a thousand plans no longer recounts a
// province's zone from its tens of thousands of measures.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { addToAgency, addToZone, agencyDeltas, SAMPLE_SLOTS, zoneDeltas } from './derived-delta.ts';
import type { NewMeasure } from './derived-delta.ts';

export { SAMPLE_SLOTS } from './derived-delta.ts';

const BATCH = 50;
/** A list, or null when empty (the graph holds no empty lists: db/write.ts toProps). */
const orNull = (name: string): string => `CASE WHEN size(${name}) > 0 THEN ${name} END`;

export interface DerivedScope {
  database?: string;
  /** documents written by the load; absent: every Zone and Agency */
  docIds?: readonly string[];
}

export interface DerivedRefresh {
  /** recounted from their measures */
  zones: number;
  agencies: number;
  /** brought up to date by adding the load's new measures */
  added: { zones: number; agencies: number };
}

/** Flags the zones and agencies a document's stored measures touch, before they are deleted. */
export async function markTouched(tx: ManagedTransaction, docId: string): Promise<void> {
  await tx.run(
    'MATCH (m:Measure {docId: $docId}) ' +
      'CALL (m) { MATCH (m)<-[:LEADS|SUPPORTS|INVOLVED_IN]-(a:Agency) SET a.derivedStale = true } ' +
      'CALL (m) { UNWIND coalesce(m.zoneIds, []) AS id MATCH (z:Zone {id: id}) SET z.derivedStale = true } ' +
      'WITH count(*) AS done MATCH (:Document {id: $docId})-[:COVERS]->(z:Zone) SET z.derivedStale = true',
    { docId },
  );
}

/** What the refresh recounts: the zones the documents touch (`$docIds`: an earlier load's pending
 *  ones), the zones counted zones were moved under (`$moved`), the stale ones (and those without counts
 *  unless `$newAlone`), with every zone above them; with `$newAlone` the zones without counts, alone (new
 *  in this load: all their measures are new, so the zones above them get those measures added); the
 *  agencies the documents touch, the stale ones and those without counts. */
const TOUCHED = `
CALL () {
  CALL () {
    UNWIND $docIds AS id MATCH (m:Measure {docId: id}) UNWIND coalesce(m.zoneIds, []) AS zid RETURN zid
    UNION
    UNWIND $docIds AS id MATCH (:Document {id: id})-[:COVERS]->(z:Zone) RETURN z.id AS zid
    UNION
    UNWIND $moved AS zid RETURN zid
    UNION
    MATCH (z:Zone) WHERE z.derivedStale OR (z.measuresHere IS NULL AND NOT $newAlone) OR ($all AND z.id IS NOT NULL)
    RETURN z.id AS zid
  }
  MATCH (:Zone {id: zid})-[:PART_OF*0..]->(up:Zone)
  RETURN collect(DISTINCT up.id) AS above
}
CALL () {
  MATCH (z:Zone) WHERE $newAlone AND z.measuresHere IS NULL RETURN collect(z.id) AS alone
}
CALL () {
  CALL () {
    UNWIND $docIds AS id MATCH (:Measure {docId: id})<-[:LEADS|SUPPORTS|INVOLVED_IN]-(a:Agency) RETURN a
    UNION
    MATCH (a:Agency) WHERE a.derivedStale OR a.planCount IS NULL OR $all RETURN a
  }
  RETURN collect(DISTINCT a.id) AS agencies
}
RETURN above, alone, agencies`;

/** A zone's measures: those applying to it and those of the plans covering it, kept when located there. */
const ZONE_COUNTS = `
UNWIND $ids AS zid
MATCH (z:Zone {id: zid})
CALL (z) {
  OPTIONAL MATCH (s:Zone)-[:PART_OF*0..]->(z)
  WITH DISTINCT s
  CALL (s) {
    MATCH (s)<-[:APPLIES_TO]-(m:Measure) RETURN m
    UNION
    MATCH (s)<-[:COVERS]-(d:Document) MATCH (m:Measure {docId: d.id}) RETURN m
  }
  WITH s, m WHERE s.id IN m.zoneIds
  RETURN count(DISTINCT m) AS below, count(DISTINCT CASE WHEN s = z THEN m END) AS here
}
CALL (z) {
  CALL (z) {
    MATCH (z)<-[:APPLIES_TO]-(m:Measure) RETURN m
    UNION
    MATCH (z)<-[:COVERS]-(d:Document) MATCH (m:Measure {docId: d.id}) RETURN m
  }
  WITH m WHERE z.id IN m.zoneIds
  MATCH (m)-[:TARGETS]->(i:Industry)
  WITH i, m ORDER BY m.id // the sample is the first measures by id, whichever path wrote the store
  WITH i.id AS industry, count(DISTINCT m) AS measures, collect(DISTINCT m.id)[..$slots] AS sample
  ORDER BY industry
  RETURN collect(industry) AS industryIds, collect(measures) AS industryMeasures,
    reduce(flat = [], s IN collect(sample) | flat + s + [k IN range(1, $slots - size(s)) | '']) AS industrySample
}
SET z.measuresHere = here, z.measuresBelow = below, z.industryIds = ${orNull('industryIds')},
  z.industryMeasures = ${orNull('industryMeasures')}, z.industrySample = ${orNull('industrySample')}
REMOVE z.derivedStale`;

/** An agency's plans, (plan, zone) rows and partners (shared measures as lead or supporting unit). */
const AGENCY_COUNTS = `
UNWIND $ids AS aid
MATCH (a:Agency {id: aid})
CALL (a) {
  OPTIONAL MATCH (a)-[:LEADS|SUPPORTS|INVOLVED_IN]->(m:Measure)
  WITH DISTINCT m
  UNWIND CASE WHEN size(coalesce(m.zoneIds, [])) = 0 THEN [null] ELSE m.zoneIds END AS zoneId
  WITH m, zoneId WHERE m IS NOT NULL
  RETURN count(DISTINCT m.docId) AS plans, count(DISTINCT [m.docId, coalesce(zoneId, '')]) AS rows
}
CALL (a) {
  OPTIONAL MATCH (a)-[:LEADS|SUPPORTS]->(m:Measure)
  WITH DISTINCT a, m
  UNWIND coalesce(m.assignees, [(m)<-[:LEADS|SUPPORTS]-(b:Agency) | b.id]) AS partner
  WITH partner, count(DISTINCT m) AS shared WHERE partner <> a.id
  ORDER BY partner
  RETURN collect(partner) AS partnerIds, collect(shared) AS partnerMeasures
}
SET a.planCount = plans, a.planZoneRows = rows, a.partnerIds = ${orNull('partnerIds')},
  a.partnerMeasures = ${orNull('partnerMeasures')}
REMOVE a.derivedStale`;

/** Whether the store has its counts (a store written before them, or just imported, has none);
 *  documents written with `countsPending` (db/write-batch.ts) that are not this load's (a load stopped
 *  after its writes, before its counts); and the zones this load's documents put a counted zone under
 *  (a PART_OF whose first evidence is theirs: MERGE keeps the first): they and the zones above them
 *  now hold measures that were counted elsewhere. A new zone's PART_OF moves no counted measure. */
const STATE = `
CALL () { MATCH (d:Document) WHERE d.countsPending AND NOT d.id IN $docIds RETURN collect(d.id) AS leftover }
CALL () {
  UNWIND $docIds AS id MATCH (z:Zone)-[r:PART_OF {docId: id}]->(parent:Zone) WHERE z.measuresHere IS NOT NULL
  RETURN collect(DISTINCT parent.id) AS moved
}
RETURN leftover, moved,
  EXISTS { MATCH (z:Zone) WHERE z.measuresHere IS NOT NULL } OR
  EXISTS { MATCH (a:Agency) WHERE a.planCount IS NOT NULL } AS counted`;

/** The load's new measures, the zones above each zone they are located in (itself included), and the
 *  stored counts of those zones and of the measures' agencies (current ones: not stale, not missing). */
const NEW_MEASURES = `
CALL () {
  UNWIND $docIds AS id MATCH (m:Measure {docId: id})
  RETURN collect({id: m.id, docId: m.docId, zoneIds: coalesce(m.zoneIds, []),
    industries: [(m)-[:TARGETS]->(i:Industry) | i.id],
    assignees: [(m)<-[:LEADS|SUPPORTS]-(a:Agency) | a.id],
    involved: [(m)<-[:INVOLVED_IN]-(a:Agency) | a.id]}) AS measures
}
CALL (measures) {
  UNWIND measures AS m UNWIND m.zoneIds AS zid
  WITH DISTINCT zid
  MATCH (:Zone {id: zid})-[:PART_OF*0..]->(up:Zone)
  WITH zid, collect(DISTINCT up.id) AS ups
  RETURN collect({zone: zid, ups: ups}) AS above
}
CALL (above) {
  UNWIND above AS row UNWIND row.ups AS id
  WITH DISTINCT id
  MATCH (z:Zone {id: id}) WHERE z.measuresHere IS NOT NULL AND z.derivedStale IS NULL
  RETURN collect({id: z.id, measuresHere: z.measuresHere, measuresBelow: z.measuresBelow,
    industryIds: coalesce(z.industryIds, []), industryMeasures: coalesce(z.industryMeasures, []),
    industrySample: coalesce(z.industrySample, [])}) AS zones
}
CALL (measures) {
  UNWIND measures AS m UNWIND m.assignees + m.involved AS id
  WITH DISTINCT id
  MATCH (a:Agency {id: id}) WHERE a.planCount IS NOT NULL AND a.derivedStale IS NULL
  RETURN collect({id: a.id, planCount: a.planCount, planZoneRows: a.planZoneRows,
    partnerIds: coalesce(a.partnerIds, []), partnerMeasures: coalesce(a.partnerMeasures, [])}) AS agencies
}
RETURN measures, above, zones, agencies`;

/** The counts with the new measures added, and the documents counted (their flag cleared). */
const SET_COUNTS = `
CALL () {
  UNWIND $zones AS row MATCH (z:Zone {id: row.id})
  SET z.measuresHere = row.measuresHere, z.measuresBelow = row.measuresBelow, z.industryIds = row.industryIds,
    z.industryMeasures = row.industryMeasures, z.industrySample = row.industrySample
}
CALL () {
  UNWIND $agencies AS row MATCH (a:Agency {id: row.id})
  SET a.planCount = row.planCount, a.planZoneRows = row.planZoneRows, a.partnerIds = row.partnerIds,
    a.partnerMeasures = row.partnerMeasures
}
CALL () { UNWIND $pending AS id MATCH (d:Document {id: id}) REMOVE d.countsPending }`;

/** Record values as plain numbers and strings. */
const num = (v: unknown): number => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));
const strings = (v: unknown): string[] => (v as unknown[]).map(String);
/** Neo4j integers, or null for an empty list (the graph holds no empty lists). */
const ints = (xs: number[]): unknown => (xs.length > 0 ? xs.map((x) => neo4j.int(x)) : null);
const list = (xs: string[]): string[] | null => (xs.length > 0 ? xs : null);

type Row = Record<string, unknown>;

/** The counts of the zones and agencies not in `recounted` with the new measures of `docIds` added. */
async function withNewMeasures(
  tx: ManagedTransaction,
  docIds: readonly string[],
  recounted: { zones: Set<string>; agencies: Set<string> },
): Promise<{ zones: Row[]; agencies: Row[] }> {
  const record = (await tx.run(NEW_MEASURES, { docIds })).records[0];
  const rows = (key: string): Row[] => (record?.get(key) as Row[] | undefined) ?? [];
  const measures: NewMeasure[] = rows('measures').map((m) => ({
    id: String(m['id']),
    docId: String(m['docId']),
    zoneIds: strings(m['zoneIds']),
    industries: strings(m['industries']),
    assignees: strings(m['assignees']),
    involved: strings(m['involved']),
  }));
  const ups = new Map(rows('above').map((r) => [String(r['zone']), strings(r['ups'])]));
  const zoneDelta = zoneDeltas(measures, ups);
  const agencyDelta = agencyDeltas(measures);
  const zones = rows('zones').flatMap((r) => {
    const delta = zoneDelta.get(String(r['id']));
    if (!delta || recounted.zones.has(String(r['id']))) return [];
    const z = addToZone(
      {
        id: String(r['id']),
        measuresHere: num(r['measuresHere']),
        measuresBelow: num(r['measuresBelow']),
        industryIds: strings(r['industryIds']),
        industryMeasures: (r['industryMeasures'] as unknown[]).map(num),
        industrySample: strings(r['industrySample']),
      },
      delta,
    );
    return [
      {
        id: z.id,
        measuresHere: neo4j.int(z.measuresHere),
        measuresBelow: neo4j.int(z.measuresBelow),
        industryIds: list(z.industryIds),
        industryMeasures: ints(z.industryMeasures),
        industrySample: list(z.industrySample),
      },
    ];
  });
  const agencies = rows('agencies').flatMap((r) => {
    const delta = agencyDelta.get(String(r['id']));
    if (!delta || recounted.agencies.has(String(r['id']))) return [];
    const a = addToAgency(
      {
        id: String(r['id']),
        planCount: num(r['planCount']),
        planZoneRows: num(r['planZoneRows']),
        partnerIds: strings(r['partnerIds']),
        partnerMeasures: (r['partnerMeasures'] as unknown[]).map(num),
      },
      delta,
    );
    return [
      {
        id: a.id,
        planCount: neo4j.int(a.planCount),
        planZoneRows: neo4j.int(a.planZoneRows),
        partnerIds: list(a.partnerIds),
        partnerMeasures: ints(a.partnerMeasures),
      },
    ];
  });
  return { zones, agencies };
}

/** Brings the stored counts up to date after a load, in small transactions. Recounted from their
 *  measures: zones and agencies whose counts are missing or flagged stale (a replaced document touched
 *  them), those of documents an earlier load left pending, the zones the load put a counted zone
 *  under, the zones above all these, and without document ids everything; the others the load's new
 *  measures touch get them added (db/derived-delta.ts). */
export async function refreshDerived(driver: Driver, scope: DerivedScope = {}): Promise<DerivedRefresh> {
  const session = driver.session(scope.database ? { database: scope.database } : {});
  try {
    const given = [...(scope.docIds ?? [])];
    const state = (await session.executeRead((tx) => tx.run(STATE, { docIds: given }))).records[0];
    const leftover = strings(state?.get('leftover') ?? []);
    const all = scope.docIds === undefined || state?.get('counted') !== true;
    const loaded = all ? [] : given;
    const newAlone = loaded.length > 0;
    const params = { docIds: leftover, moved: strings(state?.get('moved') ?? []), all, newAlone };
    const touched = (await session.executeRead((tx) => tx.run(TOUCHED, params))).records[0];
    const zones = [...new Set([...strings(touched?.get('above') ?? []), ...strings(touched?.get('alone') ?? [])])];
    const agencies = strings(touched?.get('agencies') ?? []);
    for (let i = 0; i < zones.length; i += BATCH) {
      const ids = zones.slice(i, i + BATCH);
      await session.executeWrite((tx) => tx.run(ZONE_COUNTS, { ids, slots: neo4j.int(SAMPLE_SLOTS) }));
    }
    for (let i = 0; i < agencies.length; i += BATCH) {
      const ids = agencies.slice(i, i + BATCH);
      await session.executeWrite((tx) => tx.run(AGENCY_COUNTS, { ids }));
    }
    const recounted = { zones: new Set(zones), agencies: new Set(agencies) };
    // the additions and the documents' flags in one transaction: a load stopped before it commits
    // leaves its documents pending, and the next load recounts what they touch
    const pending = [...new Set([...leftover, ...given])];
    const added = await session.executeWrite(async (tx) => {
      const counts = newAlone ? await withNewMeasures(tx, loaded, recounted) : { zones: [], agencies: [] };
      await tx.run(SET_COUNTS, { ...counts, pending });
      return { zones: counts.zones.length, agencies: counts.agencies.length };
    });
    return { zones: zones.length, agencies: agencies.length, added };
  } finally {
    await session.close();
  }
}
