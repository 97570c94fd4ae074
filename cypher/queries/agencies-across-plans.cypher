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
// @param limit integer default=500
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
// the plans each agency works in and its (plan, zone) rows are stored on the Agency when plans are
// written (graph-loader/src/db/derived-store.ts: planCount, planZoneRows): the agencies in the order
// of the answer, and only those the page reaches are walked
CALL () {
  MATCH (a:Agency) WHERE a.planCount >= $minPlans
  WITH a.planCount AS plans, a.name AS name, a.planZoneRows AS rows ORDER BY plans DESC, name
  WITH collect({plans: plans, name: name}) AS agencies, collect(rows) AS counts
  // in one pass (a list grown by appending is copied at every step): the rows, and how many groups
  // start while the page still has room
  WITH agencies, reduce(page = {rows: 0, reached: 0}, n IN counts |
    {rows: page.rows + n, reached: page.reached + CASE WHEN page.rows < $limit THEN 1 ELSE 0 END}) AS page
  // the last agency the page reaches (its lists stay in here: a sort below would hold them in every row)
  WITH agencies[page.reached - 1] AS last, page.rows AS totalRows
  RETURN last.plans AS lastPlans, last.name AS lastName, totalRows
}
// the agencies up to the last the page reaches, with those that sort level with it
MATCH (a:Agency)
WHERE a.planCount >= $minPlans AND (a.planCount > lastPlans OR (a.planCount = lastPlans AND a.name <= lastName))
// each (agency, measure) pair once: its roles, then the measure's zones (Measure.zoneIds)
MATCH (a)-[r:LEADS|SUPPORTS|INVOLVED_IN]->(m:Measure)
WITH totalRows, a, m, collect(type(r)) AS roles
UNWIND CASE WHEN size(coalesce(m.zoneIds, [])) = 0 THEN [null] ELSE m.zoneIds END AS zoneId
WITH totalRows, a, a.planCount AS plans, m.docId AS docId, zoneId,
  count(CASE WHEN 'LEADS' IN roles THEN 1 END) AS leads,
  count(CASE WHEN 'SUPPORTS' IN roles THEN 1 END) AS supports,
  count(CASE WHEN 'INVOLVED_IN' IN roles THEN 1 END) AS involved,
  collect(m.id)[..10] AS measureIds
MATCH (d:Document {id: docId})
OPTIONAL MATCH (z:Zone {id: zoneId})
WITH totalRows, a, plans, d, z, leads, supports, involved, measureIds
ORDER BY plans DESC, a.name, d.title, z.name
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
LIMIT $limit
RETURN a.name AS agency, a.nameEn AS agencyEn, plans, d.title AS plan, z.name AS zone,
  z.nameEn AS zoneEn, leads, supports, involved,
  a.id AS agencyId, d.id AS planId, z.id AS zoneId, measureIds, totalRows
