// @name similar-measures
// @title.zh 其他方案中的同类改革
// @title.en The same reform elsewhere
// @description Measures of other plans that carry the same reform as a given measure, found at load time by TF-IDF cosine
// @description over the character bigrams of each measure's own text (numbering, agency tags and deadlines left out):
// @description first the same measure copied into other plans (relation copy: its group of identical or near-identical
// @description texts, COPY_OF), then the same reform written otherwise (relation similar: SIMILAR_TO between groups, each
// @description shown by its canonical member with the number of further plans that copy it). Most similar first, with
// @description the plan, its date, the zones, the lead agencies and the deadline; the text is each measure's own text
// @description (sub-measures left out), the words that were compared.
// @description.zh 其他方案中与指定措施属于同一改革的措施（载入时按字符二元组 TF-IDF 余弦相似度找出）：先列同一措施被照抄到其他方案的各处（copy：文本相同或几乎相同的一组，COPY_OF），再列表述不同的同类改革（similar：组与组之间的 SIMILAR_TO，每组列其代表措施，并给出另外照抄它的措施数）。按相似度排列，附方案、日期、片区、牵头单位和时限；正文为各措施本身的文字（不含下级措施），即比对所用的文字。
// @selection Measure measure
// @topic measures
// @view table
// @param measure nodeId default=measure:中国（北京）自由贸易试验区科技创新片区海淀组团实施方案#3.2.2 lookup=MATCH (m:Measure)-[:SIMILAR_TO|COPY_OF]-(:Measure) RETURN DISTINCT m.id AS value, coalesce(m.number, '') + m.title AS label ORDER BY value LIMIT 1000
// @param.description measure The measure's id (measure:<plan>#<path>)
// @param.description.zh measure 措施编号（measure:<方案>#<路径>）
// @param minScore float default=0
// @param.description minScore Smallest similarity score shown (the load keeps pairs from 0.3; copies score 0.85 or more)
// @param.description.zh minScore 显示的最低相似度（载入时保留 0.3 以上；照抄的措施在 0.85 以上）
// @param limit integer default=200
// @param.description limit Most rows to show (the answer says how many there are): a reform copied into hundreds of plans has a row for each
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）：被照抄到数百个方案的改革每处一行
MATCH (m:Measure {id: $measure})
OPTIONAL MATCH (m)-[up:COPY_OF]->(top:Measure)
WITH m, up, coalesce(top, m) AS c
CALL (m, up, c) {
  // the same measure in other plans: the group's canonical member and its other copies
  MATCH (o:Measure)-[s:COPY_OF]->(c) WHERE o <> m
  RETURN o, s, 'copy' AS relation
  UNION
  WITH up, c WHERE up IS NOT NULL
  RETURN c AS o, up AS s, 'copy' AS relation
  UNION
  // the same reform written otherwise: the groups similar to this one, by their canonical members
  MATCH (c)-[s:SIMILAR_TO]-(o:Measure)
  RETURN o, s, 'similar' AS relation
}
WITH m, c, o, s, relation
WHERE s.score >= $minScore
// a page of $limit rows, chosen before the plans, zones and leads are read; totalRows says how many
// there are (the answer shows "N of M")
WITH m, c, collect({o: o, s: s, relation: relation}) AS found
UNWIND found AS f
WITH m, c, f.o AS o, f.s AS s, f.relation AS relation, size(found) AS totalRows
ORDER BY relation, s.score DESC, o.id
LIMIT $limit
MATCH (d:Document {id: o.docId})
OPTIONAL CALL (o) {
  MATCH (o)-[:APPLIES_TO]->(z:Zone) RETURN z
  UNION
  MATCH (:Document {id: o.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (o)-[:APPLIES_TO]->(:Zone) } RETURN z
}
WITH m, c, s, o, d, relation, totalRows, collect(DISTINCT z) AS zoneNodes
OPTIONAL MATCH (lead:Agency)-[:LEADS]->(o)
WITH m, c, s, o, d, relation, totalRows, zoneNodes, collect(DISTINCT lead) AS leadNodes
RETURN coalesce(o.number, '') + o.title AS measure, d.title AS plan, d.issuedOn AS issuedOn,
  [z IN zoneNodes | z.name] AS zones, [a IN leadNodes | a.name] AS leads, s.score AS score, s.method AS method,
  relation, CASE relation WHEN 'similar' THEN COUNT { (:Measure)-[:COPY_OF]->(o) } END AS copies,
  o.deadlineText AS deadline, o.dueDate AS dueDate, o.text AS text, o.id AS measureId, m.id AS sourceId,
  c.id AS canonicalId, d.id AS documentId, [z IN zoneNodes | z.id] AS zoneIds, [a IN leadNodes | a.id] AS leadIds,
  totalRows
ORDER BY relation, score DESC, measureId
