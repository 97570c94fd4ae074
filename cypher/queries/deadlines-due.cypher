// @name deadlines-due
// @title.zh 逾期与即将到期的措施
// @title.en Overdue and due soon
// @description Measures whose deadline (dueDate, from 完成时限/落实时间) has passed as of a date (overdue: the plans record
// @description no completion, so a passed deadline is what they can tell) or falls within the next months, with the zones
// @description they are located in and their lead agencies; optionally only one zone (with its sub-zones) or one lead
// @description agency. Shown as a timeline by zone or by agency.
// @description.zh 截至某日已过完成时限（逾期：方案不记录完成情况，只能看时限是否已过）或在此后若干个月内到期的措施，附所在片区和牵头单位；可只看某一片区（含下级区域）或某一牵头单位。以时间线按片区或按单位显示。
// @selection Agency agency
// @topic deadlines
// @view timeline
// @param asOf date default=null
// @param.description asOf The "as of" date (YYYY-MM-DD); empty for today
// @param.description.zh asOf 截至日期（YYYY-MM-DD），留空为今天
// @param months integer default=6
// @param.description months Due within this many months after the "as of" date
// @param.description.zh months 截至日期之后几个月内到期
// @param zone string default=null normalise=simplified lookup=MATCH (z:Zone) WHERE EXISTS { (:Document)-[:COVERS]->(z) } OR EXISTS { (:Measure)-[:APPLIES_TO]->(z) } RETURN z.name AS value, z.name AS label ORDER BY value
// @param.description zone Only measures located in this zone or below it; empty for all
// @param.description.zh zone 只看位于该区域（含下级区域）的措施；留空为全部
// @param agency string default=null normalise=simplified lookup=MATCH (a:Agency) WHERE EXISTS { (a)-[:LEADS]->(m:Measure) WHERE m.dueDate IS NOT NULL } RETURN a.name AS value, a.name + coalesce(' · ' + a.nameEn, '') AS label ORDER BY value
// @param.description agency Only measures this agency leads (name, short name or id); empty for all
// @param.description.zh agency 只看该单位牵头的措施（名称、简称或编号）；留空为全部
// @param limit integer default=500
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
WITH coalesce($asOf, toString(date())) AS asOf
WITH asOf, toString(date(asOf) + duration({months: $months})) AS until
// the deadline of the last measure a page reaches (its list stays in the subquery: a sort below would
// hold it in every row), so that only the measures due by then are looked up and sorted
CALL (until) {
  MATCH (m:Measure)
  WHERE m.dueDate IS NOT NULL AND m.dueDate <= until
    AND ($agency IS NULL OR EXISTS {
      MATCH (a:Agency)-[:LEADS]->(m)
      WHERE a.id = $agency OR a.name = $agency OR a.shortName = $agency OR $agency IN a.aliases
    })
  // the zones a measure is located in (Measure.zoneIds, stored when its plan is written: those it applies
  // to, else its plan's; the patterns are the fallback for a store written before it)
  WITH m, CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
      WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
      ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneIds
  WHERE $zone IS NULL OR any(id IN zoneIds WHERE EXISTS {
    MATCH (:Zone {id: id})-[:PART_OF*0..]->(f:Zone) WHERE f.name = $zone OR f.id = $zone
  })
  WITH m.dueDate AS due ORDER BY due
  WITH collect(due) AS dues
  RETURN size(dues) AS totalRows, CASE WHEN $limit > 0 THEN dues[..$limit][-1] END AS lastDue
}
MATCH (m:Measure)
WHERE m.dueDate IS NOT NULL AND m.dueDate <= lastDue
  AND ($agency IS NULL OR EXISTS {
    MATCH (a:Agency)-[:LEADS]->(m)
    WHERE a.id = $agency OR a.name = $agency OR a.shortName = $agency OR $agency IN a.aliases
  })
// the same filters on the measures due by then
WITH asOf, until, totalRows, m, CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneIds
WHERE $zone IS NULL OR any(id IN zoneIds WHERE EXISTS {
  MATCH (:Zone {id: id})-[:PART_OF*0..]->(f:Zone) WHERE f.name = $zone OR f.id = $zone
})
MATCH (d:Document {id: m.docId})
WITH asOf, until, m, zoneIds, d, totalRows
ORDER BY m.dueDate, d.title, m.start
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
LIMIT $limit
WITH asOf, until, m, d, COLLECT { UNWIND zoneIds AS id MATCH (z:Zone {id: id}) RETURN z } AS zones, totalRows
WITH asOf, until, m, d, zones, [(a:Agency)-[:LEADS]->(m) | a] AS leads, totalRows
RETURN m.dueDate AS dueDate, CASE WHEN m.dueDate < asOf THEN 'overdue' ELSE 'due' END AS status,
  duration.inDays(date(asOf), date(m.dueDate)).days AS daysLeft, m.deadlineText AS deadline, m.number AS number,
  m.title AS measure, [z IN zones | z.name] AS zones, [a IN leads | a.name] AS leads, d.title AS plan, asOf, until,
  m.id AS measureId, [z IN zones | z.id] AS zoneIds, [a IN leads | a.id] AS leadIds, totalRows
