// @name plan-profile
// @title.zh 方案概况
// @title.en A plan at a glance
// @description What one plan says: the zones it covers, its lead agencies, the industries and instruments of its
// @description measures and the documents it cites, each with the number of measures concerned.
// @description.zh 一份方案的概况：涉及片区、牵头单位、措施面向的产业与改革举措、引用的文件，各附相关措施数。
// @topic plans
// @view table
// @selection Document plan
// @param plan string default=null lookup=MATCH (d:Document) RETURN d.id AS value, d.title AS label ORDER BY d.file
// @param.description plan The plan (its id)
// @param.description.zh plan 方案（编号）
// the first plan by file when none is given: looked up once (the `file` index gives them in order)
CALL () {
  WITH $plan AS id WHERE id IS NOT NULL RETURN id
  UNION
  MATCH (x:Document) WHERE $plan IS NULL AND x.file IS NOT NULL RETURN x.id AS id ORDER BY x.file LIMIT 1
}
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:COVERS]->(z:Zone)
  RETURN 'zone' AS aspect, z AS n, COUNT { MATCH (m:Measure {docId: d.id})-[:APPLIES_TO]->(z) } AS measures
  UNION
  MATCH (m:Measure {docId: d.id})<-[:LEADS]-(a:Agency) RETURN 'lead agency' AS aspect, a AS n, count(DISTINCT m) AS measures
  UNION
  MATCH (m:Measure {docId: d.id})-[:TARGETS]->(i:Industry) RETURN 'industry' AS aspect, i AS n, count(DISTINCT m) AS measures
  UNION
  MATCH (m:Measure {docId: d.id})-[:ADOPTS]->(p:Policy) RETURN 'instrument' AS aspect, p AS n, count(DISTINCT m) AS measures
  UNION
  // the plan itself and its measures, each citing source once (the measures found by the docId index)
  UNWIND [d] + COLLECT { MATCH (m:Measure {docId: d.id}) RETURN m } AS s
  MATCH (s)-[:CITES]->(p:Policy)
  RETURN 'cited' AS aspect, p AS n, count(DISTINCT s) AS measures
}
WITH d, aspect, n, measures ORDER BY measures DESC
WITH d, aspect, collect({n: n, measures: measures})[..15] AS items
UNWIND items AS item
RETURN d.title AS plan, aspect, coalesce(item.n.name, item.n.title, item.n.docNumber) AS name, item.measures AS measures,
  d.id AS planId, item.n.id AS nameId
