// @name agency-workload
// @title.zh 单位任务量排名
// @title.en Agencies by workload
// @description Agencies ranked by the number of measures they lead, then support, with their level and jurisdiction.
// @description.zh 按牵头措施数（其次配合数）排列的单位，附层级和辖区。
// @topic agencies
// @view table
// @param jurisdiction string default=null normalise=simplified lookup=MATCH (a:Agency) WHERE a.jurisdiction IS NOT NULL RETURN DISTINCT a.jurisdiction AS value, a.jurisdiction AS label ORDER BY value
// @param limit integer default=30
// @param.description jurisdiction Only agencies of this jurisdiction (岳阳市, 郑州市, 金水区 …); empty for all
// @param.description.zh jurisdiction 只看该辖区的单位（岳阳市、郑州市、金水区…）；留空为全部
// @param.description limit Most agencies to list
// @param.description.zh limit 最多列出的单位数
MATCH (a:Agency)
WHERE $jurisdiction IS NULL OR a.jurisdiction = $jurisdiction
WITH a, COUNT { MATCH (a)-[:LEADS]->(m:Measure) RETURN DISTINCT m } AS leads,
  COUNT { MATCH (a)-[:SUPPORTS]->(m:Measure) RETURN DISTINCT m } AS supports,
  COUNT { MATCH (a)-[:INVOLVED_IN]->(m:Measure) RETURN DISTINCT m } AS involved
WHERE leads + supports + involved > 0
RETURN a.name AS agency, a.nameEn AS agencyEn, a.level AS level, a.jurisdiction AS jurisdiction,
  leads, supports, involved, a.id AS agencyId,
  COLLECT { MATCH (a)-[:LEADS]->(m:Measure) RETURN DISTINCT m.id AS id ORDER BY id LIMIT 25 } AS measureIds
ORDER BY leads DESC, supports DESC, agency
LIMIT $limit
