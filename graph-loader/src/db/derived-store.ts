// Counts that span documents, stored on the shared nodes so that saved queries read them instead of
// walking every measure: on each Zone the measures located in it (`measuresHere`), in it or below it
// (`measuresBelow`) and, per industry its measures target, their number and up to five of them
// (`industryIds`, `industryMeasures`, `industrySample`: five slots per industry, '' when fewer); on
// each Agency the plans it works in (`planCount`), its (plan, zone) pairs (`planZoneRows`: the rows
// agencies-across-plans shows for it) and the agencies it shares measures with as lead or supporting
// unit (`partnerIds`, `partnerMeasures`). A measure is located in its `zoneIds` and assigned to its
// `assignees` (db/derived.ts).
//
// After a load only the nodes the written documents touch are recomputed, with the nodes the deleted
// versions touched (flagged `derivedStale` by markTouched before they go), the new ones (no counts
// yet: an issuer, a zone named only in a hierarchy), those of documents an earlier load wrote but did
// not get to count (a Document is written `countsPending`, db/write-batch.ts; the flag goes once its
// counts are done) and the zones above them; without document ids the whole database is (an import,
// a store written before these counts).
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';

export const SAMPLE_SLOTS = 5;
const BATCH = 50;
/** A list, or null when empty (the graph holds no empty lists: db/write.ts toProps). */
const orNull = (name: string): string => `CASE WHEN size(${name}) > 0 THEN ${name} END`;

export interface DerivedScope {
  database?: string;
  /** documents written by the load; absent: every Zone and Agency */
  docIds?: readonly string[];
}

export interface DerivedRefresh {
  zones: number;
  agencies: number;
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

const TOUCHED_ZONES = `
CALL () {
  UNWIND $docIds AS id MATCH (m:Measure {docId: id}) UNWIND coalesce(m.zoneIds, []) AS zid RETURN zid
  UNION
  UNWIND $docIds AS id MATCH (:Document {id: id})-[:COVERS]->(z:Zone) RETURN z.id AS zid
  UNION
  MATCH (z:Zone) WHERE z.derivedStale OR z.measuresHere IS NULL OR ($all AND z.id IS NOT NULL) RETURN z.id AS zid
}
MATCH (:Zone {id: zid})-[:PART_OF*0..]->(up:Zone)
RETURN collect(DISTINCT up.id) AS ids`;

const TOUCHED_AGENCIES = `
CALL () {
  UNWIND $docIds AS id MATCH (:Measure {docId: id})<-[:LEADS|SUPPORTS|INVOLVED_IN]-(a:Agency) RETURN a
  UNION
  MATCH (a:Agency) WHERE a.derivedStale OR a.planCount IS NULL OR $all RETURN a
}
RETURN collect(DISTINCT a.id) AS ids`;

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

async function idsOf(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const result = await tx.run(cypher, params);
  return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/** Whether the store has never had these counts (written before them, or just imported), and the
 *  documents whose counts are pending (this load's, and any an earlier load wrote but did not count). */
async function countState(tx: ManagedTransaction): Promise<{ never: boolean; pending: string[] }> {
  const result = await tx.run(
    'RETURN EXISTS { MATCH (z:Zone) WHERE z.measuresHere IS NOT NULL } OR ' +
      'EXISTS { MATCH (a:Agency) WHERE a.planCount IS NOT NULL } AS counted, ' +
      'COLLECT { MATCH (d:Document) WHERE d.countsPending RETURN d.id } AS pending',
  );
  const record = result.records[0];
  return { never: record?.get('counted') !== true, pending: (record?.get('pending') as string[] | undefined) ?? [] };
}

/** Recomputes the stored counts of the zones and agencies the scope touches, in small transactions. */
export async function refreshDerived(driver: Driver, scope: DerivedScope = {}): Promise<DerivedRefresh> {
  const session = driver.session(scope.database ? { database: scope.database } : {});
  try {
    const { never, pending } = await session.executeRead(countState);
    const all = scope.docIds === undefined || never;
    const params = { docIds: all ? [] : [...new Set([...(scope.docIds ?? []), ...pending])], all };
    const zones = await session.executeRead((tx) => idsOf(tx, TOUCHED_ZONES, params));
    const agencies = await session.executeRead((tx) => idsOf(tx, TOUCHED_AGENCIES, params));
    for (let i = 0; i < zones.length; i += BATCH) {
      const ids = zones.slice(i, i + BATCH);
      await session.executeWrite((tx) => tx.run(ZONE_COUNTS, { ids, slots: neo4j.int(SAMPLE_SLOTS) }));
    }
    for (let i = 0; i < agencies.length; i += BATCH) {
      const ids = agencies.slice(i, i + BATCH);
      await session.executeWrite((tx) => tx.run(AGENCY_COUNTS, { ids }));
    }
    if (pending.length > 0)
      await session.executeWrite((tx) =>
        tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) REMOVE d.countsPending', { ids: pending }),
      );
    return { zones: zones.length, agencies: agencies.length };
  } finally {
    await session.close();
  }
}
