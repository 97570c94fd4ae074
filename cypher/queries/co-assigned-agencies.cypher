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
// the agencies each agency shares measures with (as lead or supporting unit) and how many, stored on
// the Agency when plans are written (graph-loader/src/db/derived-store.ts: partnerIds, partnerMeasures)
MATCH (a:Agency) WHERE size(coalesce(a.partnerIds, [])) > 0
UNWIND range(0, size(a.partnerIds) - 1) AS k
WITH a, a.partnerIds[k] AS bId, a.partnerMeasures[k] AS measures
WHERE a.id < bId AND measures >= $minMeasures
MATCH (b:Agency {id: bId})
WITH a, b, measures
ORDER BY measures DESC, a.name, b.name
LIMIT $limit
RETURN a.name AS agency1, b.name AS agency2, measures, a.id AS agency1Id, b.id AS agency2Id,
  COLLECT { MATCH (a)-[:LEADS|SUPPORTS]->(m:Measure) WHERE b.id IN m.assignees RETURN DISTINCT m.id LIMIT 10 } AS measureIds
ORDER BY measures DESC, agency1, agency2
