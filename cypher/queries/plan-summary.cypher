// @name plan-summary
// @title.zh 方案概览
// @title.en Plans at a glance
// @description Each loaded plan with its zone, number of measures, how many have a lead agency and a deadline, and the
// @description agencies, industries, instruments and policies it names.
// @description.zh 每份已载入方案的片区、措施数、有牵头单位和有时限的措施数，以及涉及的单位、产业、举措和政策数。
// @topic plans
// @view table
MATCH (d:Document)
OPTIONAL MATCH (d)-[:COVERS]->(z:Zone)
WITH d, collect(DISTINCT z.name) AS zones, collect(DISTINCT z.id) AS zoneIds
CALL (d) {
  MATCH (m:Measure {docId: d.id})
  RETURN count(m) AS measures, count(m.dueDate) AS withDeadline,
    sum(CASE WHEN EXISTS { (:Agency)-[:LEADS]->(m) } THEN 1 ELSE 0 END) AS withLead
}
CALL (d) {
  OPTIONAL MATCH (:Measure {docId: d.id})<-[:LEADS|SUPPORTS|INVOLVED_IN]-(a:Agency)
  RETURN count(DISTINCT a) AS agencies
}
CALL (d) {
  OPTIONAL MATCH (:Measure {docId: d.id})-[:TARGETS]->(i:Industry)
  RETURN count(DISTINCT i) AS industries
}
CALL (d) {
  OPTIONAL MATCH (:Measure {docId: d.id})-[:ADOPTS]->(p:Policy)
  RETURN count(DISTINCT p) AS instruments
}
CALL (d) {
  OPTIONAL MATCH (d)-[:CITES]->(p:Policy)
  RETURN count(DISTINCT p) AS citesInPreamble
}
RETURN d.title AS plan, d.docNumber AS docNumber, d.file AS file, d.script AS script, zones, measures, withLead,
  withDeadline, agencies, industries, instruments, citesInPreamble, d.id AS planId, zoneIds
ORDER BY file
