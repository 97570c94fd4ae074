// @name co-assigned-agencies
// @title.zh 协同单位
// @title.en Agencies that work together
// @description Pairs of agencies assigned to the same measures (as lead or supporting unit), most frequent first.
// @description.zh 共同承担同一措施（牵头或配合）的单位对，按共同措施数从多到少。
// @topic agencies
// @view table
// @param minMeasures integer default=3
// @param limit integer default=50
// @param.description minMeasures Smallest number of shared measures
// @param.description.zh minMeasures 最少共同措施数
// @param.description limit Most pairs to list
// @param.description.zh limit 最多列出的单位对数
MATCH (m:Measure)<-[:LEADS|SUPPORTS]-(x:Agency)
WITH m, collect(DISTINCT x) AS agencies
WHERE size(agencies) > 1
UNWIND agencies AS a
UNWIND agencies AS b
WITH a, b, m WHERE a.id < b.id
WITH a, b, count(m) AS measures, collect(m.id)[..10] AS measureIds
WHERE measures >= $minMeasures
RETURN a.name AS agency1, b.name AS agency2, measures, a.id AS agency1Id, b.id AS agency2Id, measureIds
ORDER BY measures DESC, agency1, agency2
LIMIT $limit
