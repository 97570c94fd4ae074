// @name zones-compare
// @title.zh 片区对比
// @title.en Zones side by side
// @description Two to four zones (each with its sub-zones) side by side: the industries their measures target, the
// @description reform instruments they adopt, their lead agencies, how many measures they hold (with a lead, with a
// @description deadline) and the deadlines falling due each year. One row per zone and item; `inZones` says in how
// @description many of the compared zones the item appears (fewer than all marks a difference).
// @description.zh 两到四个片区（各含下级区域）并列对比：措施面向的产业、采用的改革举措、牵头单位、措施数（有牵头单位、有时限）
// @description.zh 和各年度到期的措施数。每行一个片区和一项；“出现片区数”少于对比片区数即为差异。
// @topic zones
// @view table
// @param zones string[] default=zone:中国（湖南）自由贸易试验区岳阳片区,zone:中国（河南）自由贸易试验区郑州片区 normalise=simplified lookup=MATCH (z:Zone) RETURN z.id AS value, z.name + coalesce('（' + head([(z)-[:PART_OF]->(p:Zone) | p.name]) + '）', '') AS label ORDER BY z.name
// @param.description zones Two to four zones (names or ids), compared in this order
// @param.description.zh zones 两到四个片区（名称或编号），按此顺序对比
UNWIND range(0, size($zones) - 1) AS col
CALL (col) {
  MATCH (top:Zone) WHERE top.id = $zones[col] OR top.name = $zones[col] OR top.fullName = $zones[col]
  RETURN top ORDER BY top.id LIMIT 1
}
MATCH (z:Zone)-[:PART_OF*0..]->(top)
WITH col, top, collect(DISTINCT z) AS below
// the measures located in the zone or below: those applying to it, else those of the plans covering it
WITH col, top, below, COLLECT {
    UNWIND below AS x
    MATCH (m:Measure)-[:APPLIES_TO]->(x) RETURN m
    UNION
    UNWIND below AS x
    MATCH (d:Document)-[:COVERS]->(x)
    MATCH (m:Measure {docId: d.id}) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) }
    RETURN m
  } AS ms
CALL (ms) {
  RETURN 'count' AS aspect, 'measures' AS item, null AS itemEn, null AS itemId, size(ms) AS measures,
    [m IN ms | m.id][..10] AS measureIds
  UNION
  RETURN 'count' AS aspect, 'with a lead' AS item, null AS itemEn, null AS itemId,
    size([m IN ms WHERE EXISTS { (:Agency)-[:LEADS]->(m) }]) AS measures, [] AS measureIds
  UNION
  RETURN 'count' AS aspect, 'with a deadline' AS item, null AS itemEn, null AS itemId,
    size([m IN ms WHERE m.dueDate IS NOT NULL]) AS measures, [] AS measureIds
  UNION
  UNWIND ms AS m
  MATCH (m)-[:TARGETS]->(i:Industry)
  RETURN 'industry' AS aspect, i.name AS item, i.nameEn AS itemEn, i.id AS itemId, count(DISTINCT m) AS measures,
    collect(DISTINCT m.id)[..3] AS measureIds
  UNION
  UNWIND ms AS m
  MATCH (m)-[:ADOPTS]->(p:Policy {kind: 'instrument'})
  RETURN 'instrument' AS aspect, p.title AS item, p.nameEn AS itemEn, p.id AS itemId, count(DISTINCT m) AS measures,
    collect(DISTINCT m.id)[..3] AS measureIds
  UNION
  UNWIND ms AS m
  MATCH (a:Agency)-[:LEADS]->(m)
  RETURN 'lead agency' AS aspect, a.name AS item, a.nameEn AS itemEn, a.id AS itemId, count(DISTINCT m) AS measures,
    collect(DISTINCT m.id)[..3] AS measureIds
  UNION
  UNWIND ms AS m
  WITH m WHERE m.dueDate IS NOT NULL
  RETURN 'due year' AS aspect, left(toString(m.dueDate), 4) AS item, null AS itemEn, null AS itemId,
    count(DISTINCT m) AS measures, collect(DISTINCT m.id)[..3] AS measureIds
}
WITH collect({col: col, zone: top.name, zoneEn: top.nameEn, zoneKind: top.kind, zoneId: top.id, aspect: aspect,
  item: item, itemEn: itemEn, itemId: itemId, measures: measures, measureIds: measureIds}) AS rows
UNWIND rows AS r
RETURN r.col + 1 AS column, r.zone AS zone, r.zoneEn AS zoneEn, r.zoneKind AS zoneKind, r.aspect AS aspect,
  r.item AS item, r.itemEn AS itemEn, r.measures AS measures,
  size([x IN rows WHERE x.aspect = r.aspect AND x.item = r.item AND x.measures > 0 | x]) AS inZones,
  r.zoneId AS zoneId, r.itemId AS itemId, r.measureIds AS measureIds
ORDER BY CASE r.aspect WHEN 'count' THEN 0 WHEN 'due year' THEN 1 WHEN 'industry' THEN 2 WHEN 'instrument' THEN 3 ELSE 4 END,
  item, column
