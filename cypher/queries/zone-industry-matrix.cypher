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
CALL () {
  MATCH (i:Industry)<-[:TARGETS]-(m:Measure)
  CALL (m) {
    MATCH (m)-[:APPLIES_TO]->(z:Zone) RETURN z
    UNION
    MATCH (:Document {id: m.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) } RETURN z
  }
  RETURN z, i, m
  UNION
  MATCH (z:Zone)-[:FOCUSES_ON]->(i:Industry) RETURN z, i, null AS m
}
WITH z, i, count(DISTINCT m) AS measures, collect(DISTINCT m.id)[..5] AS measureIds
WHERE measures >= $minMeasures
RETURN z.name AS zone, i.name AS industry, i.nameEn AS industryEn, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus,
  measures, z.id AS zoneId, i.id AS industryId, measureIds
ORDER BY zone, measures DESC, industry
