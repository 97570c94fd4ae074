// @name zone-hierarchy
// @title.zh 自贸区层级
// @title.en Zone hierarchy with areas and measure counts
// @description Every zone (FTZ → area → block/cluster → sub-zones, bonded zones, parks) with its parent, area in km²,
// @description the plans covering it and the number of measures located there, directly and with its sub-zones.
// @description A measure is located in the zones it applies to, else in the zones its plan covers.
// @description.zh 全部区域（自贸区 → 片区 → 区块/组团 → 子区域、综保区、园区），附上级、面积、涉及方案，以及直接和含下级的措施数。
// @topic zones
// @view table
// each measure once: the zones it is located in (Measure.zoneIds, stored when its plan is written: those
// it applies to, else its plan's; the patterns are the fallback for a store written before it)
CALL () {
  MATCH (m:Measure)
  UNWIND CASE WHEN m.zoneIds IS NOT NULL THEN m.zoneIds
    WHEN EXISTS { (m)-[:APPLIES_TO]->(:Zone) } THEN [(m)-[:APPLIES_TO]->(z:Zone) | z.id]
    ELSE [(:Document {id: m.docId})-[:COVERS]->(z:Zone) | z.id] END AS zoneId
  WITH zoneId, collect(DISTINCT m.id) AS ms
  RETURN collect({z: zoneId, ms: ms}) AS located
}
MATCH (z:Zone)
OPTIONAL MATCH up = (z)-[:PART_OF*0..]->(root:Zone)
WHERE NOT EXISTS { (root)-[:PART_OF]->(:Zone) }
WITH located, z, head(collect([n IN reverse(nodes(up)) | n.name])) AS tree
OPTIONAL MATCH (sub:Zone)-[:PART_OF*0..]->(z)
WITH located, z, tree, collect(DISTINCT sub.id) AS subs
CALL (located, subs) {
  UNWIND located AS l
  WITH l WHERE l.z IN subs
  UNWIND l.ms AS m
  RETURN count(DISTINCT m) AS withSubzones
}
WITH z, tree, withSubzones, coalesce(head([l IN located WHERE l.z = z.id | size(l.ms)]), 0) AS here
OPTIONAL MATCH (d:Document)-[:COVERS]->(z)
WITH z, tree, here, withSubzones, collect(DISTINCT d.title) AS plans
RETURN reduce(p = '', n IN tree | p + CASE WHEN p = '' THEN '' ELSE ' / ' END + n) AS path, z.name AS zone, z.kind AS kind, size(tree) - 1 AS depth,
  CASE WHEN size(tree) > 1 THEN tree[-2] END AS parent, z.areaKm2 AS areaKm2, z.masked AS masked,
  here AS measures, withSubzones AS measuresWithSubzones, plans, z.id AS zoneId
ORDER BY path
