// @name shortest-connection
// @title.zh 最短关联路径
// @title.en Shortest connection between two agencies or zones
// @description The shortest chain of relationships (at most 8 steps, any direction) between two agencies or zones,
// @description given by name or id — e.g. how a customs office in Yueyang connects to a block in Zhengzhou.
// @description.zh 两个单位或片区之间最短的关系链（最多 8 步，不限方向），可用名称或编号——例如岳阳的海关如何连到郑州的一个区块。
// @topic network
// @view graph
// @param from string default=岳阳海关 normalise=simplified lookup=MATCH (n) WHERE n:Agency OR n:Zone RETURN n.name AS value, n.name + ' (' + labels(n)[0] + ')' AS label ORDER BY value
// @param to string default=金水区块 normalise=simplified lookup=MATCH (n) WHERE n:Agency OR n:Zone RETURN n.name AS value, n.name + ' (' + labels(n)[0] + ')' AS label ORDER BY value
// @param.description from Agency or zone name (or id) to start from
// @param.description.zh from 起点单位或片区（名称或编号）
// @param.description to Agency or zone name (or id) to reach
// @param.description.zh to 终点单位或片区（名称或编号）
MATCH (a) WHERE (a:Agency OR a:Zone) AND (a.id = $from OR a.name = $from)
MATCH (b) WHERE (b:Agency OR b:Zone) AND (b.id = $to OR b.name = $to) AND a <> b
MATCH p = shortestPath((a)-[*..8]-(b))
RETURN length(p) AS hops,
  [n IN nodes(p) | coalesce(n.name, n.title, n.id) + ' (' + labels(n)[0] + ')'] AS via,
  [r IN relationships(p) | type(r)] AS relationships, p AS path
ORDER BY hops
LIMIT 1
