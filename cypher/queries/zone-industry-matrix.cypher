// @name zone-industry-matrix
// @title.zh 区域 × 产业矩阵
// @title.en Zones × industries
// @description For each zone and industry: whether the zone names the industry as a priority (FOCUSES_ON) and how many
// @description measures located in the zone target it. Read as a matrix: one row per zone and industry.
// @description.zh 每个片区与产业：是否列为重点产业（FOCUSES_ON），以及片区内面向该产业的措施数。每行一个片区和产业。
// @topic zones
// @view table
// @param minMeasures integer default=0
// @param.description minMeasures Leave out pairs with fewer measures than this (priority industries are kept when 0)
// @param.description.zh minMeasures 措施数少于此值的组合不列出（为 0 时保留重点产业）
// @param limit integer default=2000
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
// each measure once: its industries, then its zones (Measure.zoneIds, stored when its plan is written:
// those it applies to, else its plan's; the patterns are the fallback for a store written before it)
CALL () {
  MATCH (m:Measure)-[:TARGETS]->(i:Industry)
  WITH m, collect(i.id) AS industries
  UNWIND CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneId
  UNWIND industries AS industryId
  RETURN zoneId, industryId, count(*) AS measures, collect(m.id)[..5] AS measureIds
  UNION
  MATCH (z:Zone)-[:FOCUSES_ON]->(i:Industry) RETURN z.id AS zoneId, i.id AS industryId, 0 AS measures, [] AS measureIds
}
WITH zoneId, industryId, sum(measures) AS measures, reduce(ids = [], l IN collect(measureIds) | ids + l)[..5] AS measureIds
WHERE measures >= $minMeasures
MATCH (z:Zone {id: zoneId})
MATCH (i:Industry {id: industryId})
WITH z, i, measures, measureIds
ORDER BY z.name, measures DESC, i.name
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
WITH collect({z: z, i: i, measures: measures, measureIds: measureIds}) AS found
UNWIND found[..$limit] AS row
WITH row.z AS z, row.i AS i, row.measures AS measures, row.measureIds AS measureIds, size(found) AS totalRows
RETURN z.name AS zone, i.name AS industry, i.nameEn AS industryEn, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus,
  measures, z.id AS zoneId, i.id AS industryId, measureIds, totalRows
