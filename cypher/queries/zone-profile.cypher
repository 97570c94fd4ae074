// @name zone-profile
// @title.zh 片区概况
// @title.en A zone at a glance
// @description What a zone (with its sub-zones) holds: its lead agencies, the industries its measures serve, the reform
// @description instruments they adopt and its sub-zones, each with the number of measures located there.
// @description.zh 一个片区（含下级区域）的概况：牵头单位、措施面向的产业、采用的改革举措和下级区域，各附措施数。
// @topic zones
// @view table
// @selection Zone zone
// @param zone string default=岳阳片区 normalise=simplified lookup=MATCH (z:Zone) RETURN z.name AS value, z.name + ' (' + z.kind + ')' AS label ORDER BY value
// @param.description zone Zone name or id
// @param.description.zh zone 片区名称或编号
MATCH (top:Zone) WHERE top.id = $zone OR top.name = $zone OR top.fullName = $zone
MATCH (z:Zone)-[:PART_OF*0..]->(top)
WITH DISTINCT top, z
CALL (z) {
  MATCH (m:Measure)-[:APPLIES_TO]->(z) RETURN m
  UNION
  MATCH (d:Document)-[:COVERS]->(z)
  MATCH (m:Measure {docId: d.id}) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) }
  RETURN m
}
WITH top, collect(DISTINCT m) AS ms, collect(DISTINCT z) AS zones
CALL (ms) {
  UNWIND ms AS m MATCH (a:Agency)-[:LEADS]->(m) RETURN 'lead agency' AS aspect, a AS n, count(DISTINCT m) AS measures
  UNION
  UNWIND ms AS m MATCH (m)-[:TARGETS]->(i:Industry) RETURN 'industry' AS aspect, i AS n, count(DISTINCT m) AS measures
  UNION
  UNWIND ms AS m MATCH (m)-[:ADOPTS]->(p:Policy) RETURN 'instrument' AS aspect, p AS n, count(DISTINCT m) AS measures
}
WITH top, zones, aspect, n, measures ORDER BY measures DESC
WITH top, zones, aspect, collect({n: n, measures: measures})[..15] AS items
UNWIND items AS item
RETURN top.name AS zone, aspect, coalesce(item.n.name, item.n.title) AS name, item.measures AS measures,
  top.id AS zoneId, item.n.id AS nameId
UNION
MATCH (top:Zone) WHERE top.id = $zone OR top.name = $zone OR top.fullName = $zone
MATCH (s:Zone)-[:PART_OF]->(top)
RETURN top.name AS zone, 'sub-zone' AS aspect, s.name AS name,
  COUNT { MATCH (m:Measure)-[:APPLIES_TO]->(s) } AS measures, top.id AS zoneId, s.id AS nameId
