// @name keyword-measures
// @title.zh 关键词检索措施
// @title.en Measures mentioning a keyword
// @description Full-text search of measures (the ftzSearch index, Chinese split into character pairs). Simplified or
// @description traditional input: 跨境電商 finds 跨境电商. Several words must all occur. A measure is searched in its
// @description title and its own text (sub-measures left out), so a sentence finds the measure that states it, not the
// @description tasks above it.
// @description.zh 措施全文检索（ftzSearch 索引，中文按双字切分）。简体或繁体均可：跨境電商 可查到 跨境电商。多个词须同时出现。按措施标题及其本身文字（不含下级措施）检索，一句话只命中写有它的措施，不再命中其上级任务。
// @topic measures
// @view table
// @param keyword string default=跨境电商 normalise=fulltext
// @param limit integer default=100
// @param.description keyword One or more words (each matched as a phrase)
// @param.description.zh keyword 一个或多个词（各按短语匹配）
// @param.description limit Most measures to list
// @param.description.zh limit 最多列出的措施数
CALL db.index.fulltext.queryNodes('ftzSearch', $keyword) YIELD node, score
WHERE node:Measure
MATCH (d:Document {id: node.docId})
OPTIONAL MATCH (a:Agency)-[:LEADS]->(node)
WITH node, score, d, collect(a.name) AS leads
RETURN node.number AS number, node.title AS measure, leads, d.title AS plan, round(score, 3) AS score, node.id AS measureId
ORDER BY score DESC, measureId
LIMIT $limit
