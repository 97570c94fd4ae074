// @name plan-summary
// @title.zh 方案概览
// @title.en Plans at a glance
// @description Each loaded plan with its zone, number of measures, how many have a lead agency and a deadline, and the
// @description agencies, industries, instruments and policies it names.
// @topic plans
// @view table
MATCH (d:Document)
OPTIONAL MATCH (d)-[:COVERS]->(z:Zone)
WITH d, collect(DISTINCT z.name) AS zones
CALL (d) {
  MATCH (m:Measure {docId: d.id})
  RETURN count(m) AS measures,
    count(CASE WHEN EXISTS { (:Agency)-[:LEADS]->(m) } THEN 1 END) AS withLead,
    count(m.dueDate) AS withDeadline,
    COUNT { MATCH (a:Agency)-[:LEADS|SUPPORTS|INVOLVED_IN]->(x:Measure {docId: d.id}) RETURN DISTINCT a } AS agencies,
    COUNT { MATCH (x:Measure {docId: d.id})-[:TARGETS]->(i:Industry) RETURN DISTINCT i } AS industries,
    COUNT { MATCH (x:Measure {docId: d.id})-[:ADOPTS]->(p:Policy) RETURN DISTINCT p } AS instruments
}
RETURN d.title AS plan, d.docNumber AS docNumber, d.file AS file, d.script AS script, zones, measures, withLead,
  withDeadline, agencies, industries, instruments, COUNT { (d)-[:CITES]->(:Policy) } AS citesInPreamble, d.id AS planId
ORDER BY file
