// @name citation-network
// @title.zh 政策引用网络
// @title.en Citation network of policies
// @description The policies that plans cite, in their preamble or in a measure, with the issuing bodies where known.
// @description Graph view: plans and measures → cited policies → issuers (plans come without their text).
// @description.zh 各方案在序言或措施中引用的政策文件及其发布机关。图视图：方案和措施 → 被引政策 → 发布机关。
// @selection Document plan
// @topic policies
// @view graph
// @param plan string default=null lookup=MATCH (d:Document) RETURN d.id AS value, d.title AS label ORDER BY d.file
// @param.description plan Limit to the citations of one plan (its id); empty for all plans
// @param.description.zh plan 只看一份方案的引用（编号）；留空为全部方案
// @param limit integer default=200
// @param.description limit Most citations to show (the answer says how many there are)
// @param.description.zh limit 最多显示的引用数（结果会说明共有多少条）
MATCH (s)-[c:CITES]->(p:Policy)
WHERE $plan IS NULL OR s.id = $plan OR s.docId = $plan
MATCH (d:Document {id: coalesce(s.docId, s.id)})
WITH s, c, p, d
ORDER BY d.file, p.title
// a page of $limit citations; totalRows says how many there are (the answer shows "N of M")
WITH collect({s: s, c: c, p: p, d: d}) AS found
UNWIND found[..$limit] AS row
WITH row.p AS p, collect(row) AS citing, size(found) AS totalRows
OPTIONAL MATCH (p)-[ib:ISSUED_BY]->(issuer:Agency)
WITH p, citing, totalRows, collect(ib) AS issuedBy, collect(issuer) AS issuers
// a cited policy's issuer relationships (one per issuer, with every document's evidence) come once,
// with its first citing row, not with every citation
UNWIND range(0, size(citing) - 1) AS k
WITH p, citing[k].s AS s, citing[k].c AS c, citing[k].d AS d, CASE WHEN k = 0 THEN issuedBy ELSE [] END AS issuedBy,
  issuers, totalRows
RETURN d.title AS plan, CASE WHEN s:Measure THEN s.number + s.title END AS measure,
  p.title AS policy, p.docNumber AS docNumber, [x IN issuers | x.name] AS issuer,
  CASE WHEN s:Measure THEN s END AS citingMeasure, c AS cites, p.id AS citedId, issuedBy, issuers, totalRows
ORDER BY d.file, policy
