// @name agency-partners
// @title.zh 协作单位（按单位）
// @title.en Who an agency works with
// @description The agencies assigned to the same measures as a given agency (as lead or supporting unit), with the
// @description number of shared measures, the zones where they meet and the agency's own role.
// @description.zh 与指定单位共同承担措施（牵头或配合）的其他单位：共同措施数、所在片区及本单位的角色。
// @topic agencies
// @view table
// @selection Agency agency
// @param agency string default=岳阳海关 normalise=simplified lookup=MATCH (a:Agency) WHERE EXISTS { (a)-[:LEADS|SUPPORTS]->(:Measure) } RETURN a.name AS value, a.name + coalesce(' · ' + a.nameEn, '') AS label ORDER BY value
// @param.description agency Agency name, short name or id
// @param.description.zh agency 单位名称、简称或编号
MATCH (a:Agency)
WHERE a.id = $agency OR a.name = $agency OR a.shortName = $agency OR $agency IN a.aliases
MATCH (a)-[r:LEADS|SUPPORTS]->(m:Measure)<-[:LEADS|SUPPORTS]-(b:Agency)
WHERE b <> a
CALL (m) {
  MATCH (m)-[:APPLIES_TO]->(z:Zone) RETURN z
  UNION
  MATCH (:Document {id: m.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) } RETURN z
}
WITH a, b, collect(DISTINCT m) AS shared, collect(DISTINCT z.name) AS zones,
  sum(CASE WHEN type(r) = 'LEADS' THEN 1 ELSE 0 END) AS asLead
RETURN b.name AS agency, b.nameEn AS agencyEn, size(shared) AS measures, zones,
  CASE WHEN asLead > 0 THEN 'lead' ELSE 'support' END AS role,
  b.id AS agencyId, a.id AS selectedId, [x IN shared | x.id][..25] AS measureIds
ORDER BY measures DESC, agency
