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
// @param limit integer default=2000
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
// each (agency, measure) pair once: its roles, then the measure's zones (Measure.zoneIds, stored when
// the plan is written; the patterns are the fallback for a store written before it)
MATCH (a:Agency)-[r:LEADS|SUPPORTS|INVOLVED_IN]->(m:Measure)
WITH a, m, collect(type(r)) AS roles
WITH a, count(DISTINCT m.docId) AS plans, collect({m: m, roles: roles}) AS work
WHERE plans >= $minPlans
UNWIND work AS w
WITH a, plans, w.m AS m, w.roles AS roles
WITH a, plans, m, roles, CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneIds
UNWIND CASE WHEN size(zoneIds) = 0 THEN [null] ELSE zoneIds END AS zoneId
WITH a, plans, m.docId AS docId, zoneId,
  count(CASE WHEN 'LEADS' IN roles THEN 1 END) AS leads,
  count(CASE WHEN 'SUPPORTS' IN roles THEN 1 END) AS supports,
  count(CASE WHEN 'INVOLVED_IN' IN roles THEN 1 END) AS involved,
  collect(m.id)[..10] AS measureIds
MATCH (d:Document {id: docId})
OPTIONAL MATCH (z:Zone {id: zoneId})
WITH a, plans, d, z, leads, supports, involved, measureIds
ORDER BY plans DESC, a.name, d.title, z.name
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
WITH collect({a: a, plans: plans, d: d, z: z, leads: leads, supports: supports, involved: involved,
  measureIds: measureIds}) AS found
UNWIND found[..$limit] AS row
RETURN row.a.name AS agency, row.a.nameEn AS agencyEn, row.plans AS plans, row.d.title AS plan, row.z.name AS zone,
  row.z.nameEn AS zoneEn, row.leads AS leads, row.supports AS supports, row.involved AS involved,
  row.a.id AS agencyId, row.d.id AS planId, row.z.id AS zoneId, row.measureIds AS measureIds, size(found) AS totalRows
