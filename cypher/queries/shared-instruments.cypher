// @name shared-instruments
// @title.zh 多区域共享的改革举措
// @title.en Reform instruments shared by zones
// @description Reform instruments adopted in at least a given number of zones (by the zone itself or by measures located
// @description there), with the zones that share them.
// @description.zh 至少被指定数量的片区采用（片区本身或其措施）的改革举措，附采用的片区。
// @topic instruments
// @view table
// @param minZones integer default=2
// @param.description minZones Smallest number of zones that must adopt an instrument
// @param.description.zh minZones 至少采用该举措的片区数
CALL () {
  MATCH (z:Zone)-[:ADOPTS]->(p:Policy {kind: 'instrument'}) RETURN z, p
  UNION
  MATCH (m:Measure)-[:ADOPTS]->(p:Policy {kind: 'instrument'})
  // each measure's zones (Measure.zoneIds, stored when its plan is written: those it applies to, else its
  // plan's; the patterns are the fallback for a store written before it)
  UNWIND CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneId
  MATCH (z:Zone {id: zoneId})
  RETURN z, p
}
WITH p, collect(DISTINCT z) AS zones
WHERE size(zones) >= $minZones
RETURN p.title AS instrument, p.nameEn AS instrumentEn, size(zones) AS zoneCount, [z IN zones | z.name] AS zones, p.id AS instrumentId, [z IN zones | z.id] AS zoneIds
ORDER BY zoneCount DESC, instrument
