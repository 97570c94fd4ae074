// @name industry-zones
// @title.zh 产业所在片区
// @title.en Where an industry is pursued
// @description The zones whose measures serve an industry or that name it as a priority, with the number of measures
// @description and their lead agencies.
// @description.zh 某一产业在哪些片区推进：列为重点产业的片区，或有措施面向该产业的片区，附措施数和牵头单位。
// @topic zones
// @view table
// @selection Industry industry
// @param industry string default=跨境电子商务 normalise=simplified lookup=MATCH (i:Industry) RETURN i.name AS value, i.name + coalesce(' · ' + i.nameEn, '') AS label ORDER BY value
// @param.description industry Industry name, synonym or id
// @param.description.zh industry 产业名称、同义词或编号
MATCH (i:Industry)
WHERE i.id = $industry OR i.name = $industry OR $industry IN i.aliases
// each measure once, with the zones it is located in (Measure.zoneIds, stored when its plan is written:
// those it applies to, else its plan's; the patterns are the fallback for a store written before it)
CALL (i) {
  MATCH (i)<-[:TARGETS]-(m:Measure)
  UNWIND CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneId
  RETURN zoneId, m
  UNION
  MATCH (z:Zone)-[:FOCUSES_ON]->(i) RETURN z.id AS zoneId, null AS m
}
WITH i, zoneId, collect(DISTINCT m) AS ms
MATCH (z:Zone {id: zoneId})
CALL (ms) {
  UNWIND ms AS x
  MATCH (l:Agency)-[:LEADS]->(x)
  RETURN collect(DISTINCT l.name) AS leads
}
RETURN z.name AS zone, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus, size(ms) AS measures, leads,
  i.name AS industry, z.id AS zoneId, i.id AS industryId, [x IN ms | x.id][..25] AS measureIds
ORDER BY measures DESC, zone
