// @name measures-without-lead
// @title.zh 无牵头单位的措施
// @title.en Measures with no lead agency
// @description Tasks, measures and articles (of a law or regulation) for which no lead agency is named — not on the
// @description measure, not on the task above it and not on any sub-measure — with the supporting units that are named, if any.
// @description.zh 未明确牵头单位的任务、措施和条款（本身、上级任务和下级措施都没有），附已写明的配合单位。
// @topic agencies
// @view table
// @param plan string default=null lookup=MATCH (d:Document) RETURN d.id AS value, d.title AS label ORDER BY d.file
// @param.description plan Limit to one plan (its id); empty for all plans
// @param.description.zh plan 只看一份方案（编号）；留空为全部方案
// @param limit integer default=2000
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
MATCH (m:Measure)
WHERE m.kind IN ['task', 'measure', 'article'] AND ($plan IS NULL OR m.docId = $plan)
  // ledInTree is stored when the plan is written (graph-loader/src/db/derived.ts); the paths are the
  // fallback for a store written before it
  AND CASE WHEN m.ledInTree IS NOT NULL THEN NOT m.ledInTree
    ELSE NOT EXISTS { (:Agency)-[:LEADS]->(m) }
      AND NOT EXISTS { (m)-[:PART_OF*1..]->(:Measure)<-[:LEADS]-(:Agency) }
      AND NOT EXISTS { (:Agency)-[:LEADS]->(:Measure)-[:PART_OF*1..]->(m) } END
MATCH (d:Document {id: m.docId})
WITH m, d
ORDER BY d.file, m.start
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
WITH collect({m: m, d: d}) AS found
UNWIND found[..$limit] AS row
WITH row.m AS m, row.d AS d, size(found) AS totalRows
RETURN d.title AS plan, m.number AS number, m.title AS measure, m.kind AS kind,
  [(s:Agency)-[:SUPPORTS]->(m) | s.name] AS supports, m.id AS measureId, totalRows
