// @name measure-context
// @title.zh 措施全貌
// @title.en A measure's full context
// @description One measure with everything around it: its plan and section, the tasks above it, the zones it is located
// @description in, the agencies that lead, support or are named in it, the industries it serves, the instruments and
// @description policies it adopts or cites — and the evidence sentence of every relationship. Its text is the whole
// @description measure as the plan writes it, sub-measures included.
// @description.zh 一项措施的全貌：所属方案与部分、上级任务、所在片区、牵头/配合/提及的单位、面向的产业、采用或引用的举措和政策，以及每条关系的依据原文。正文为方案中该措施的全文（含下级措施）。
// @selection Measure measure
// @topic measures
// @view graph
// @param measure nodeId default=measure:中国（湖南）自由贸易试验区岳阳片区实施方案（征求意见稿）#4.32.4 lookup=MATCH (m:Measure)<-[:LEADS]-(:Agency) RETURN DISTINCT m.id AS value, coalesce(m.number, '') + m.title AS label ORDER BY value LIMIT 1000
// @param.description measure The measure's id (measure:<plan>#<path>)
// @param.description.zh measure 措施编号（measure:<方案>#<路径>）
MATCH (m:Measure {id: $measure})
MATCH (d:Document {id: m.docId})
OPTIONAL CALL (m) {
  MATCH (m)-[:APPLIES_TO]->(z:Zone) RETURN z
  UNION
  MATCH (:Document {id: m.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) } RETURN z
}
WITH m, d, collect(DISTINCT z.name) AS zones
OPTIONAL MATCH up = (m)-[:PART_OF*1..]->(top:Measure)
WITH m, d, zones, collect(up) AS ups
WITH m, d, zones, [p IN ups WHERE size(relationships(p)) = reduce(mx = 0, q IN ups | CASE WHEN size(relationships(q)) > mx THEN size(relationships(q)) ELSE mx END)] AS longest
WITH m, d, zones, head(longest) AS chain
OPTIONAL MATCH (a:Agency)-[role:LEADS|SUPPORTS|INVOLVED_IN]->(m)
WITH m, d, zones, chain, collect(role) AS roles, collect(a) AS agencies
OPTIONAL MATCH (m)-[out:APPLIES_TO|TARGETS|ADOPTS|CITES]->(x)
WITH m, d, zones, chain, roles, agencies, collect(out) AS outs, collect(x) AS targets
RETURN m.number + m.title AS measure, d.title AS plan, m.section AS section, zones,
  CASE WHEN chain IS NULL THEN [] ELSE [n IN reverse(tail(nodes(chain))) | n.number + n.title] END AS within,
  [r IN roles | type(r) + ': ' + startNode(r).name] AS agencies,
  [r IN outs | type(r) + ': ' + coalesce(endNode(r).name, endNode(r).title)] AS about,
  m.deadlineText AS deadline, m.dueDate AS dueDate, substring(d.text, m.start, m.end - m.start) AS text,
  [r IN roles + outs | r.evidence] AS evidence,
  m AS node, d.id AS documentId, chain, roles, agencies AS agencyNodes, outs, targets AS relatedNodes
