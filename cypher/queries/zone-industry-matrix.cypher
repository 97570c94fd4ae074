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
// each measure once: its industries, then its zones (those it applies to, else its plan's)
CALL () {
  MATCH (m:Measure)-[:TARGETS]->(i:Industry)
  WITH m, collect(i) AS industries
  WITH m, industries, [(m)-[:APPLIES_TO]->(z:Zone) | z] AS applies
  WITH m, industries, CASE WHEN size(applies) > 0 THEN applies
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z] END AS zones
  UNWIND zones AS z
  UNWIND industries AS i
  RETURN z, i, count(*) AS measures, collect(m.id)[..5] AS measureIds
  UNION
  MATCH (z:Zone)-[:FOCUSES_ON]->(i:Industry) RETURN z, i, 0 AS measures, [] AS measureIds
}
WITH z, i, sum(measures) AS measures, reduce(ids = [], l IN collect(measureIds) | ids + l)[..5] AS measureIds
WHERE measures >= $minMeasures
RETURN z.name AS zone, i.name AS industry, i.nameEn AS industryEn, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus,
  measures, z.id AS zoneId, i.id AS industryId, measureIds
ORDER BY zone, measures DESC, industry
