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
// the summary stored on the Document when it is written (graph-loader/src/db/derived.ts); for a store
// written before it, one pass over the plan's measures: each measure's agencies, industries and
// instruments at once
CALL (d) {
  WITH d WHERE d.measuresAll IS NOT NULL
  RETURN d.measuresAll AS measures, d.measuresDue AS withDeadline, d.measuresLed AS withLead,
    d.agencyCount AS agencies, d.industryCount AS industries, d.instrumentCount AS instruments
  UNION ALL
  WITH d WHERE d.measuresAll IS NULL
  CALL (d) {
    MATCH (m:Measure {docId: d.id})
    WITH m, CASE WHEN m.leads IS NOT NULL THEN m.leads > 0 ELSE EXISTS { (:Agency)-[:LEADS]->(m) } END AS led,
      [(m)<-[:LEADS|SUPPORTS|INVOLVED_IN]-(a:Agency) | a.id] AS a,
      [(m)-[:TARGETS]->(i:Industry) | i.id] AS i,
      [(m)-[:ADOPTS]->(p:Policy) | p.id] AS p
    RETURN count(m) AS measures, count(m.dueDate) AS withDeadline, sum(CASE WHEN led THEN 1 ELSE 0 END) AS withLead,
      collect(a) AS agencyLists, collect(i) AS industryLists, collect(p) AS instrumentLists
  }
  CALL (agencyLists) { UNWIND agencyLists AS l UNWIND l AS x RETURN count(DISTINCT x) AS agencies }
  CALL (industryLists) { UNWIND industryLists AS l UNWIND l AS x RETURN count(DISTINCT x) AS industries }
  CALL (instrumentLists) { UNWIND instrumentLists AS l UNWIND l AS x RETURN count(DISTINCT x) AS instruments }
  RETURN measures, withDeadline, withLead, agencies, industries, instruments
}
RETURN d.title AS plan, d.docNumber AS docNumber, d.file AS file, d.script AS script, zones, measures, withLead,
  withDeadline, agencies, industries, instruments, COUNT { (d)-[:CITES]->(:Policy) } AS citesInPreamble,
  d.id AS planId, zoneIds
ORDER BY file
