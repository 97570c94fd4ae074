// @name lead-bureaus-by-industry
// @title.zh 产业牵头单位
// @title.en Lead bureaus for an industry
// @description The agencies that lead measures serving an industry, with the number of measures each leads.
// @description A measure counts when it, or the task it belongs to, targets the industry.
// @description.zh 牵头面向某一产业措施的单位及其牵头措施数。措施本身或其所属任务面向该产业即计入。
// @selection Industry industry
// @topic agencies
// @view table
// @param industry string default=跨境电子商务 normalise=simplified lookup=MATCH (i:Industry)<-[:TARGETS]-(:Measure) RETURN DISTINCT i.name AS value, i.name + coalesce(' · ' + i.nameEn, '') AS label ORDER BY value
// @param.description industry Industry name or synonym (跨境电商 = 跨境电子商务); traditional characters are converted
// @param.description.zh industry 产业名称或同义词（跨境电商 = 跨境电子商务），繁体自动转换
MATCH (i:Industry)
WHERE i.id = $industry OR i.name = $industry OR $industry IN i.aliases
MATCH (i)<-[:TARGETS]-(t:Measure)
MATCH (m:Measure)-[:PART_OF*0..]->(t)
MATCH (a:Agency)-[:LEADS]->(m)
WITH i, a, collect(DISTINCT m) AS led
RETURN a.name AS agency, a.nameEn AS agencyEn, size(led) AS measures, size(COLLECT { UNWIND led AS x RETURN DISTINCT x.docId }) AS plans, i.name AS industry,
  a.id AS agencyId, [x IN led | x.id] AS measureIds
ORDER BY measures DESC, agency
