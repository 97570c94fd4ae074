// @name diffusion
// @title.zh 改革的扩散
// @title.en Diffusion of a reform
// @description Which zones took up a reform and when: for a reform instrument (证照分离, 负面清单 …) the zones that adopt it
// @description themselves or through measures located there (for a cited document: the plans and measures that cite it);
// @description for a measure, its copies in other plans (COPY_OF) and the groups that carry the same reform (SIMILAR_TO, up
// @description to two steps, with their copies). One row
// @description per zone and plan, dated by the plan (Document.issuedOn; plans without a date are listed as undated).
// @description Shown as a timeline with one row per zone.
// @description.zh 哪些片区在何时采用了某项改革：对改革举措（证照分离、负面清单…），列出本身或通过其措施采用它的片区（对被引用的文件：引用它的方案和措施）；对一条措施，列出照抄它的其他方案措施（COPY_OF）及属于同一改革的各组措施（SIMILAR_TO，至多两步，连同各自的照抄）。每个片区和方案一行，日期为方案的成文日期（无日期的方案列为“日期不详”）。以时间线按片区显示。
// @selection Measure|Policy node
// @topic instruments
// @view timeline
// @param node nodeId default=policy:instrument:负面清单 lookup=MATCH (p:Policy {kind: 'instrument'}) WHERE EXISTS { (:Measure|Zone)-[:ADOPTS]->(p) } RETURN p.id AS value, p.title + coalesce(' · ' + p.nameEn, '') AS label ORDER BY label
// @param.description node A reform instrument, a cited document or a measure (its id)
// @param.description.zh node 改革举措、被引用的文件或措施（编号）
// @param minScore float default=0
// @param.description minScore For a measure: the smallest similarity score followed (the load keeps pairs from 0.3)
// @param.description.zh minScore 对措施：沿用的最低相似度（载入时保留 0.3 以上）
MATCH (n) WHERE n.id = $node AND (n:Measure OR n:Policy)
CALL (n) {
  // a measure: its group (by the canonical member) and the groups up to two SIMILAR_TO steps away, with their copies
  MATCH (n:Measure)
  OPTIONAL MATCH (n)-[:COPY_OF]->(top:Measure)
  WITH coalesce(top, n) AS c
  MATCH path = (c)-[:SIMILAR_TO*0..2]-(g:Measure)
  WHERE all(s IN relationships(path) WHERE s.score >= $minScore)
  WITH DISTINCT g
  CALL (g) { RETURN g AS m UNION MATCH (m:Measure)-[r:COPY_OF]->(g) WHERE r.score >= $minScore RETURN m }
  RETURN DISTINCT m, m.docId AS docId, null AS zone
  UNION
  MATCH (m:Measure)-[:ADOPTS|CITES]->(n:Policy) RETURN m, m.docId AS docId, null AS zone
  UNION
  MATCH (d:Document)-[:CITES]->(n:Policy) RETURN null AS m, d.id AS docId, null AS zone
  UNION
  MATCH (z:Zone)-[r:ADOPTS]->(n:Policy) UNWIND r.docIds AS docId RETURN null AS m, docId, z AS zone
}
MATCH (d:Document {id: docId})
// where it was taken up: the zone itself, else the zones the measure applies to, else its plan's
WITH n, m, d, CASE WHEN zone IS NOT NULL THEN [zone]
  WHEN m IS NOT NULL AND EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z]
  ELSE [(d)-[:COVERS]->(z:Zone) | z] END AS zones
UNWIND CASE WHEN size(zones) = 0 THEN [null] ELSE zones END AS z
WITH n, z, d, collect(DISTINCT m) AS ms
RETURN d.issuedOn AS issuedOn, z.name AS zone, d.title AS plan, size(ms) AS measures,
  [x IN ms[..5] | coalesce(x.number, '') + x.title] AS examples, any(x IN ms WHERE x.id = n.id) AS origin,
  coalesce(n.title, n.id) AS reform, z.id AS zoneId, d.id AS docId, [x IN ms | x.id][..25] AS measureIds
ORDER BY issuedOn IS NULL, issuedOn, zone, plan
