// @name plans-implementing
// @title.zh 落实某文件的方案
// @title.en Plans that implement a document
// @description The plans that cite a given document — by document number (国发〔2017〕17号) or by words of its title —
// @description in their preamble or in a measure, with the citing sentences.
// @description.zh 在序言或措施中引用某一文件（按文号如 国发〔2017〕17号，或标题中的词）的方案，附引用原句。
// @selection Policy policy
// @topic policies
// @view table
// @param policy string default=中国（河南）自由贸易试验区总体方案 normalise=simplified lookup=MATCH (p:Policy {kind: 'document'})<-[:CITES]-() RETURN DISTINCT coalesce(p.docNumber, p.title) AS value, coalesce(p.title, p.docNumber) + coalesce(' ' + p.docNumber, '') AS label ORDER BY label
// @param.description policy Document number, id or part of the title (half-width brackets are accepted)
// @param.description.zh policy 文号、编号或标题的一部分（半角括号亦可）
WITH replace(replace($policy, '(', '（'), ')', '）') AS wanted
MATCH (p:Policy)
WHERE p.id = $policy OR p.docNumber = wanted
   OR replace(replace(coalesce(p.title, ''), '(', '（'), ')', '）') CONTAINS wanted
MATCH (s)-[c:CITES]->(p)
MATCH (d:Document) WHERE d.id = coalesce(s.docId, s.id)
WITH d, p, collect(c) AS citations
RETURN d.title AS plan, p.title AS cited, p.docNumber AS docNumber, size(citations) AS citations,
  [x IN citations | x.evidence][..3] AS evidence, d.id AS planId, p.id AS citedId
ORDER BY plan, cited
