// @name similar-measures
// @title.zh 其他方案中的同类改革
// @title.en The same reform elsewhere
// @description Measures of other plans that carry the same reform as a given measure: SIMILAR_TO, found at load time by
// @description TF-IDF cosine over the character bigrams of each measure's own text (numbering, agency tags and deadlines
// @description left out), most similar first, with the plan, its date, the zones, the lead agencies and the deadline.
// @description.zh 其他方案中与指定措施属于同一改革的措施（载入时按字符二元组 TF-IDF 余弦相似度找出的 SIMILAR_TO），按相似度排列，附方案、日期、片区、牵头单位和时限。
// @selection Measure measure
// @topic measures
// @view table
// @param measure nodeId default=measure:中国（北京）自由贸易试验区科技创新片区海淀组团实施方案#3.2.2 lookup=MATCH (m:Measure)-[:SIMILAR_TO]-(:Measure) RETURN DISTINCT m.id AS value, coalesce(m.number, '') + m.title AS label ORDER BY value LIMIT 1000
// @param.description measure The measure's id (measure:<plan>#<path>)
// @param.description.zh measure 措施编号（measure:<方案>#<路径>）
// @param minScore float default=0
// @param.description minScore Smallest similarity score shown (the load keeps pairs from 0.3)
// @param.description.zh minScore 显示的最低相似度（载入时保留 0.3 以上）
MATCH (m:Measure {id: $measure})-[s:SIMILAR_TO]-(o:Measure)
WHERE s.score >= $minScore
MATCH (d:Document {id: o.docId})
OPTIONAL CALL (o) {
  MATCH (o)-[:APPLIES_TO]->(z:Zone) RETURN z
  UNION
  MATCH (:Document {id: o.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (o)-[:APPLIES_TO]->(:Zone) } RETURN z
}
WITH m, s, o, d, collect(DISTINCT z) AS zoneNodes
OPTIONAL MATCH (lead:Agency)-[:LEADS]->(o)
WITH m, s, o, d, zoneNodes, collect(DISTINCT lead) AS leadNodes
RETURN coalesce(o.number, '') + o.title AS measure, d.title AS plan, d.issuedOn AS issuedOn,
  [z IN zoneNodes | z.name] AS zones, [a IN leadNodes | a.name] AS leads, s.score AS score, s.method AS method,
  o.deadlineText AS deadline, o.dueDate AS dueDate, o.text AS text, o.id AS measureId,
  m AS source, s AS similarity, o AS node, d.id AS documentId, zoneNodes, leadNodes
ORDER BY score DESC, measureId
