// @name zone-measures
// @title.zh 区域内的措施
// @title.en Measures located in a zone
// @description The measures located in an area and, optionally, one of its sub-zones (a dependent picker: the second list
// @description offers the chosen area's sub-zones), with lead agency and deadline.
// @description.zh 某片区（可选其下级区域）内的措施，附牵头单位和时限。第二个选择框列出所选片区的下级区域。
// @topic zones
// @view table
// @param area string default=郑州片区 lookup=MATCH (z:Zone) WHERE z.kind IN ['ftz', 'area'] RETURN z.name AS value, z.name AS label ORDER BY value
// @param subzone string default=null dependsOn=area lookup=MATCH (s:Zone)-[:PART_OF*1..]->(:Zone {name: $area}) RETURN DISTINCT s.name AS value, s.name + ' (' + s.kind + ')' AS label ORDER BY value
// @param.description area The area (片区) or FTZ
// @param.description.zh area 片区或自贸区
// @param.description subzone One of the area's sub-zones; empty for the whole area
// @param.description.zh subzone 所选片区的下级区域；留空为整个片区
MATCH (a:Zone {name: $area})
MATCH (z:Zone)-[:PART_OF*0..]->(a)
WHERE $subzone IS NULL OR EXISTS { MATCH (z)-[:PART_OF*0..]->(:Zone {name: $subzone}) }
WITH DISTINCT z
CALL (z) {
  MATCH (m:Measure)-[:APPLIES_TO]->(z) RETURN m
  UNION
  MATCH (d:Document)-[:COVERS]->(z)
  MATCH (m:Measure {docId: d.id}) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) }
  RETURN m
}
WITH DISTINCT m
OPTIONAL MATCH (l:Agency)-[:LEADS]->(m)
WITH m, collect(DISTINCT l.name) AS leads
MATCH (d:Document {id: m.docId})
RETURN m.number AS number, m.title AS measure, m.kind AS kind, leads, m.deadlineText AS deadline, d.title AS plan, m.id AS measureId
ORDER BY d.file, m.start
