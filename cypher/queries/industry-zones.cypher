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
CALL (i) {
  MATCH (i)<-[:TARGETS]-(m:Measure)
  CALL (m) {
    MATCH (m)-[:APPLIES_TO]->(z:Zone) RETURN z
    UNION
    MATCH (:Document {id: m.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) } RETURN z
  }
  RETURN z, m
  UNION
  MATCH (z:Zone)-[:FOCUSES_ON]->(i) RETURN z, null AS m
}
WITH i, z, collect(DISTINCT m) AS ms
OPTIONAL MATCH (l:Agency)-[:LEADS]->(x:Measure) WHERE x IN ms
WITH i, z, ms, collect(DISTINCT l.name) AS leads
RETURN z.name AS zone, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus, size(ms) AS measures, leads,
  i.name AS industry, z.id AS zoneId, i.id AS industryId, [x IN ms | x.id][..25] AS measureIds
ORDER BY measures DESC, zone
