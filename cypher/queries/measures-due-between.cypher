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
// @param limit integer default=2000
// @param.description limit Most rows to show (the answer says how many there are)
// @param.description.zh limit 最多显示的行数（结果会说明共有多少行）
MATCH (m:Measure)
WHERE m.dueDate >= $from AND m.dueDate <= $to
MATCH (d:Document {id: m.docId})
WITH m, d
ORDER BY m.dueDate, d.title, m.start
// a page of $limit rows; totalRows says how many there are (the answer shows "N of M")
WITH collect({m: m, d: d}) AS found
UNWIND found[..$limit] AS row
WITH row.m AS m, row.d AS d, size(found) AS totalRows
RETURN m.dueDate AS dueDate, m.deadlineText AS deadline, m.number AS number, m.title AS measure,
  [(a:Agency)-[:LEADS]->(m) | a.name] AS leads, d.title AS plan, m.id AS measureId, totalRows
