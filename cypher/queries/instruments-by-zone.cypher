// @name instruments-by-zone
// @title.zh 各区域采用的改革举措
// @title.en Reform instruments per zone
// @description The named reform instruments (证照分离, 单一窗口, 负面清单 …) each zone adopts, itself or through the
// @description measures located there, with the number of measures that adopt each.
// @description.zh 各片区本身或通过其措施采用的改革举措（证照分离、单一窗口、负面清单…），附采用该举措的措施数。
// @topic instruments
// @view table
CALL () {
  MATCH (z:Zone)-[:ADOPTS]->(p:Policy {kind: 'instrument'}) RETURN z, p, null AS m
  UNION
  MATCH (m:Measure)-[:ADOPTS]->(p:Policy {kind: 'instrument'})
  // each measure's zones (Measure.zoneIds, stored when its plan is written: those it applies to, else its
  // plan's; the patterns are the fallback for a store written before it)
  UNWIND CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneId
  MATCH (z:Zone {id: zoneId})
  RETURN z, p, m
}
WITH z, p, count(DISTINCT m) AS measures
WITH z, collect({instrument: p.title, measures: measures, id: p.id}) AS adopted
RETURN z.name AS zone, size(adopted) AS instruments,
  [x IN adopted | x.instrument + CASE WHEN x.measures > 0 THEN ' (' + toString(x.measures) + ')' ELSE '' END] AS adopts,
  z.id AS zoneId, [x IN adopted | x.id] AS instrumentIds
ORDER BY instruments DESC, zone
