// Issue 10 item 5 at scale: Agency nodes linked from plans of two places (a plan's place: the city of
// the zones it covers, else their province) that are neither national bodies (level national or
// jurisdiction 中国: a central enterprise such as 中国储备粮管理总公司) nor bodies of the one
// province all those plans lie in (whose jurisdiction covers them all). Linked: LEADS, SUPPORTS or
// INVOLVED_IN a measure of the plan, or its issuer. Counted by level, with a few examples.
import type { Driver } from 'neo4j-driver';

export interface AgencyPlaces {
  shared: number;
  byLevel: Record<string, number>;
  examples: string[];
}

const QUERY = `
MATCH (d:Document)
OPTIONAL MATCH (d)-[:COVERS]->(z:Zone)
WITH d, [c IN collect(DISTINCT z.city) WHERE c IS NOT NULL] AS cities, collect(DISTINCT z.province) AS provinces
WITH d, coalesce(cities[0], provinces[0]) AS place, provinces[0] AS province
WHERE place IS NOT NULL
CALL (d) {
  MATCH (a:Agency)-[:LEADS|SUPPORTS|INVOLVED_IN]->(:Measure {docId: d.id}) RETURN a
  UNION MATCH (d)-[:ISSUED_BY]->(a:Agency) RETURN a
}
WITH a, collect(DISTINCT place) AS places, collect(DISTINCT province) AS provinces
WHERE size(places) > 1 AND coalesce(a.level, '') <> 'national' AND coalesce(a.jurisdiction, '') <> '中国'
  AND NOT (size(provinces) = 1 AND coalesce(a.province, a.jurisdiction) = provinces[0])
RETURN coalesce(a.level, '?') AS level, count(a) AS n,
  collect(a.name + ' [' + coalesce(a.jurisdiction, 'no jurisdiction') + '] in ' + size(places) + ' places')[..5] AS examples`;

export async function agencyPlaces(driver: Driver): Promise<AgencyPlaces> {
  // no bookmarks: the bench reuses one driver across sizes, and a bulk import gives the database a new
  // store whose transaction ids start again (a bookmark from the last size would wait for ever)
  const { records } = await driver.executeQuery(QUERY, {}, { bookmarkManager: null });
  const byLevel = Object.fromEntries(records.map((r) => [String(r.get('level')), Number(r.get('n'))]));
  return {
    shared: Object.values(byLevel).reduce((a, b) => a + b, 0),
    byLevel,
    examples: records.flatMap((r) => r.get('examples') as string[]).slice(0, 12),
  };
}
