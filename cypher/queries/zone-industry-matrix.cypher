// @name zone-industry-matrix
// @title.zh 区域 × 产业矩阵
// @title.en Zones × industries
// @description For each zone and industry: whether the zone names the industry as a priority (FOCUSES_ON) and how many
// @description measures located in the zone target it. Read as a matrix: one row per zone and industry.
// @topic zones
// @view table
// @param minMeasures integer default=0
// @param.description minMeasures Leave out pairs with fewer measures than this (priority industries are kept when 0)
// each measure once: its industries, then its zones (those it applies to, else its plan's)
CALL () {
  MATCH (m:Measure)-[:TARGETS]->(i:Industry)
  WITH m, collect(i) AS industries
  WITH m, industries, [(m)-[:APPLIES_TO]->(z:Zone) | z] AS applies
  WITH industries, CASE WHEN size(applies) > 0 THEN applies
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z] END AS zones
  UNWIND zones AS z
  UNWIND industries AS i
  RETURN z, i, count(*) AS measures
  UNION
  MATCH (z:Zone)-[:FOCUSES_ON]->(i:Industry) RETURN z, i, 0 AS measures
}
WITH z, i, sum(measures) AS measures
WHERE measures >= $minMeasures
RETURN z.name AS zone, i.name AS industry, i.nameEn AS industryEn, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus,
  measures, z.id AS zoneId, i.id AS industryId
ORDER BY zone, measures DESC, industry
