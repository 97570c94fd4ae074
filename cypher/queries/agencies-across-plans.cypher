// @name agencies-across-plans
// @title.zh 跨方案单位
// @title.en Agencies across plans
// @description The bodies that lead, support or take part in measures of more than one plan, with their workload in
// @description each plan and zone: one row per agency, plan and zone (the zones a measure is located in: those it
// @description applies to, else its plan's), counting the measures it leads, supports or is involved in there.
// @description.zh 在不止一个方案中牵头、配合或参与措施的单位，及其在各方案、各片区的任务量：每行一个单位、方案和片区
// @description.zh （措施所在片区：措施适用的片区，否则为方案覆盖的片区），统计其牵头、配合和参与的措施数。
// @topic agencies
// @view table
// @param minPlans integer default=2
// @param.description minPlans Only agencies appearing in at least this many plans
// @param.description.zh minPlans 只列出至少出现在这么多个方案中的单位
MATCH (a:Agency)-[:LEADS|SUPPORTS|INVOLVED_IN]->(m:Measure)
WITH a, count(DISTINCT m.docId) AS plans
WHERE plans >= $minPlans
MATCH (a)-[r:LEADS|SUPPORTS|INVOLVED_IN]->(m:Measure)
WITH a, plans, m, collect(DISTINCT type(r)) AS roles
WITH a, plans, m, roles, [(m)-[:APPLIES_TO]->(z:Zone) | z] AS applies
WITH a, plans, m, roles,
  CASE WHEN size(applies) > 0 THEN applies ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z] END AS zones
UNWIND CASE WHEN size(zones) = 0 THEN [null] ELSE zones END AS z
WITH a, plans, m.docId AS docId, z,
  count(CASE WHEN 'LEADS' IN roles THEN 1 END) AS leads,
  count(CASE WHEN 'SUPPORTS' IN roles THEN 1 END) AS supports,
  count(CASE WHEN 'INVOLVED_IN' IN roles THEN 1 END) AS involved,
  collect(m.id)[..10] AS measureIds
MATCH (d:Document {id: docId})
RETURN a.name AS agency, a.nameEn AS agencyEn, plans, d.title AS plan, z.name AS zone, z.nameEn AS zoneEn, leads,
  supports, involved, a.id AS agencyId, d.id AS planId, z.id AS zoneId, measureIds
ORDER BY plans DESC, agency, plan, zone
