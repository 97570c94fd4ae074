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
// @param limit integer default=500
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
// how many of a plan's measures have no lead in their tree is stored on the Document when it is
// written (graph-loader/src/db/derived.ts: measuresUnled; Measure.ledInTree): the plans in the order
// of the answer, and only the measures of those the page reaches are read
CALL () {
  MATCH (d:Document) WHERE $plan IS NULL OR d.id = $plan
  WITH d, coalesce(d.measuresUnled, COUNT {
      MATCH (m:Measure {docId: d.id}) WHERE m.kind IN ['task', 'measure', 'article'] AND m.ledInTree = false
    }) AS unled
  WHERE unled > 0
  WITH d.file AS file, unled ORDER BY file
  WITH collect(file) AS files, collect(unled) AS counts
  // in one pass (a list grown by appending is copied at every step): the rows, and how many groups
  // start while the page still has room
  WITH files, reduce(page = {rows: 0, reached: 0}, n IN counts |
    {rows: page.rows + n, reached: page.reached + CASE WHEN page.rows < $limit THEN 1 ELSE 0 END}) AS page
  // the last plan the page reaches (its lists stay in here: a sort below would hold them in every row)
  RETURN files[page.reached - 1] AS lastFile, page.rows AS totalRows
}
MATCH (d:Document) WHERE ($plan IS NULL OR d.id = $plan) AND d.file <= lastFile
MATCH (m:Measure {docId: d.id})
WHERE m.kind IN ['task', 'measure', 'article'] AND m.ledInTree = false
WITH m, d, totalRows
ORDER BY d.file, m.start
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
LIMIT $limit
RETURN d.title AS plan, m.number AS number, m.title AS measure, m.kind AS kind,
  [(s:Agency)-[:SUPPORTS]->(m) | s.name] AS supports, m.id AS measureId, totalRows
