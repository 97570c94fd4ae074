// @name measures-due-between
// @title.zh 时限内到期的措施
// @title.en Measures falling due in a date range
// @description Measures whose deadline (dueDate, from 完成时限/落实时间) falls between two dates, with lead agencies and plan.
// @description.zh 完成时限（完成时限/落实时间）落在两个日期之间的措施，附牵头单位和方案。
// @topic deadlines
// @view table
// @param from date default=2021-01-01
// @param to date default=2021-12-31
// @param.description from First day of the range (YYYY-MM-DD)
// @param.description.zh from 起始日期（YYYY-MM-DD）
// @param.description to Last day of the range (YYYY-MM-DD)
// @param.description.zh to 截止日期（YYYY-MM-DD）
MATCH (m:Measure)
WHERE m.dueDate >= $from AND m.dueDate <= $to
OPTIONAL MATCH (a:Agency)-[:LEADS]->(m)
WITH m, collect(a.name) AS leads
MATCH (d:Document {id: m.docId})
RETURN m.dueDate AS dueDate, m.deadlineText AS deadline, m.number AS number, m.title AS measure, leads,
  d.title AS plan, m.id AS measureId
ORDER BY dueDate, plan, m.start
