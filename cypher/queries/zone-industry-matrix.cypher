// @name zone-industry-matrix
// @title.zh 区域 × 产业矩阵
// @title.en Zones × industries
// @description For each zone and industry: whether the zone names the industry as a priority (FOCUSES_ON) and how many
// @description measures located in the zone target it. Read as a matrix: one row per zone and industry.
// @description.zh 每个片区与产业：是否列为重点产业（FOCUSES_ON），以及片区内面向该产业的措施数。每行一个片区和产业。
// @topic zones
// @view table
// @param minMeasures integer default=0
// @param.description minMeasures Leave out pairs with fewer measures than this (priority industries are kept when 0)
// @param.description.zh minMeasures 措施数少于此值的组合不列出（为 0 时保留重点产业）
// @param limit integer default=500
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
// per zone, the industries its measures target with their number and up to five of them, stored on
// the Zone when plans are written (graph-loader/src/db/derived-store.ts: industryIds, industryMeasures,
// industrySample — five slots per industry, '' when fewer). A zone's rows: those industries with at
// least $minMeasures measures, and its priority industries (FOCUSES_ON) without measures when that is 0.
CALL () {
  MATCH (z:Zone)
  WITH z.name AS name, coalesce(z.industryIds, []) AS ids, coalesce(z.industryMeasures, []) AS counts,
    [(z)-[:FOCUSES_ON]->(i:Industry) | i.id] AS focus
  WITH name, size([k IN range(0, size(ids) - 1) WHERE counts[k] >= $minMeasures])
    + CASE WHEN $minMeasures <= 0 THEN size([f IN focus WHERE NOT f IN ids]) ELSE 0 END AS rows
  WHERE rows > 0
  WITH name, rows ORDER BY name
  WITH collect(name) AS names, collect(rows) AS counts
  // in one pass (a list grown by appending is copied at every step): the rows, and how many groups
  // start while the page still has room
  WITH names, reduce(page = {rows: 0, reached: 0}, n IN counts |
    {rows: page.rows + n, reached: page.reached + CASE WHEN page.rows < $limit THEN 1 ELSE 0 END}) AS page
  // the last zone name the page reaches (its lists stay in here: a sort below would hold them in every row)
  RETURN names[page.reached - 1] AS lastName, page.rows AS totalRows
}
MATCH (z:Zone) WHERE z.name <= lastName
CALL (z) {
  WITH z WHERE size(coalesce(z.industryIds, [])) > 0
  UNWIND range(0, size(z.industryIds) - 1) AS k
  WITH z, k WHERE z.industryMeasures[k] >= $minMeasures
  RETURN z.industryIds[k] AS industryId, z.industryMeasures[k] AS measures,
    [x IN z.industrySample[k * 5..k * 5 + 5] WHERE x <> ''] AS measureIds
  UNION
  MATCH (z)-[:FOCUSES_ON]->(i:Industry)
  WHERE $minMeasures <= 0 AND NOT i.id IN coalesce(z.industryIds, [])
  RETURN i.id AS industryId, 0 AS measures, [] AS measureIds
}
MATCH (i:Industry {id: industryId})
WITH z, i, measures, measureIds, totalRows
ORDER BY z.name, measures DESC, i.name
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
LIMIT $limit
RETURN z.name AS zone, i.name AS industry, i.nameEn AS industryEn, EXISTS { (z)-[:FOCUSES_ON]->(i) } AS focus,
  measures, z.id AS zoneId, i.id AS industryId, measureIds, totalRows
