// @name agency-portfolio
// @title.zh 单位任务清单
// @title.en Everything one agency leads or supports
// @description The measures an agency leads or supports, by zone and deadline.
// @description.zh 单位牵头或配合的全部措施，按片区和完成时限排列。
// @selection Agency agency
// @topic agencies
// @view table
// @param agency string default=岳阳海关 normalise=simplified lookup=MATCH (a:Agency) WHERE EXISTS { (a)-[:LEADS|SUPPORTS]->(:Measure) } RETURN a.name AS value, a.name + coalesce(' · ' + a.nameEn, '') AS label ORDER BY value
// @param.description agency Agency name (岳阳海关, 岳阳市商务粮食局), its short name or its id
// @param.description.zh agency 单位名称（岳阳海关、岳阳市商务粮食局）、简称或编号
MATCH (a:Agency)
WHERE a.id = $agency OR a.name = $agency OR a.shortName = $agency OR $agency IN a.aliases
MATCH (a)-[r:LEADS|SUPPORTS]->(m:Measure)
WITH a, m, collect(DISTINCT type(r)) AS roles
CALL (m) {
  MATCH (m)-[:APPLIES_TO]->(z:Zone) RETURN z
  UNION
  MATCH (:Document {id: m.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) } RETURN z
}
WITH a, m, roles, collect(DISTINCT z.name) AS zones
RETURN a.name AS agency, CASE WHEN 'LEADS' IN roles THEN 'lead' ELSE 'support' END AS role,
  zones, m.dueDate AS dueDate, m.deadlineText AS deadline, m.number AS number, m.title AS measure, m.id AS measureId, a.id AS agencyId
ORDER BY zones[0], dueDate IS NULL, dueDate, m.docId, m.start
