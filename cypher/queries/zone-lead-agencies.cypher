// @name zone-lead-agencies
// @title.zh 区域牵头单位
// @title.en Lead agencies of a zone
// @description The agencies that lead measures located in a zone or its sub-zones, with counts and the share of the
// @description zone's led measures.
// @description.zh 在某片区及其下级区域牵头措施的单位，附措施数和占该片区牵头措施的比例。
// @selection Zone zone
// @topic zones
// @view table
// @param zone string default=岳阳片区 normalise=simplified lookup=MATCH (z:Zone) RETURN z.name AS value, z.name + ' (' + z.kind + ')' AS label ORDER BY value
// @param.description zone Zone name (岳阳片区, 郑州片区, 金水区块 …) or id
// @param.description.zh zone 片区名称（岳阳片区、郑州片区、金水区块…）或编号
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
WITH DISTINCT top, m
MATCH (a:Agency)-[:LEADS]->(m)
WITH top, a, count(DISTINCT m) AS measures, collect(DISTINCT m.id)[..25] AS measureIds
WITH top, collect({a: a, measures: measures, measureIds: measureIds}) AS rows, sum(measures) AS total
UNWIND rows AS row
RETURN top.name AS zone, row.a.name AS agency, row.a.nameEn AS agencyEn, row.measures AS measures,
  round(100.0 * row.measures / total, 1) AS percent, row.a.id AS agencyId, top.id AS zoneId, row.measureIds AS measureIds
ORDER BY measures DESC, agency
