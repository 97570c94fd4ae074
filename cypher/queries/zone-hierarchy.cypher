// @name zone-hierarchy
// @title.zh 自贸区层级
// @title.en Zone hierarchy with areas and measure counts
// @description Every zone (FTZ → area → block/cluster → sub-zones, bonded zones, parks) with its parent, area in km²,
// @description the plans covering it and the number of measures located there, directly and with its sub-zones.
// @description A measure is located in the zones it applies to, else in the zones its plan covers.
// @description.zh 全部区域（自贸区 → 片区 → 区块/组团 → 子区域、综保区、园区），附上级、面积、涉及方案，以及直接和含下级的措施数。
// @topic zones
// @view table
// the measures located in each zone, and in it or below it, are stored on the Zone when plans are
// written (graph-loader/src/db/derived-store.ts: measuresHere, measuresBelow)
MATCH (z:Zone)
OPTIONAL MATCH up = (z)-[:PART_OF*0..]->(root:Zone)
WHERE NOT EXISTS { (root)-[:PART_OF]->(:Zone) }
WITH z, head(collect([n IN reverse(nodes(up)) | n.name])) AS tree
WITH z, tree, coalesce(z.measuresHere, 0) AS here, coalesce(z.measuresBelow, 0) AS withSubzones
OPTIONAL MATCH (d:Document)-[:COVERS]->(z)
WITH z, tree, here, withSubzones, collect(DISTINCT d.title) AS plans
RETURN reduce(p = '', n IN tree | p + CASE WHEN p = '' THEN '' ELSE ' / ' END + n) AS path, z.name AS zone, z.kind AS kind, size(tree) - 1 AS depth,
  CASE WHEN size(tree) > 1 THEN tree[-2] END AS parent, z.areaKm2 AS areaKm2, z.masked AS masked,
  here AS measures, withSubzones AS measuresWithSubzones, plans, z.id AS zoneId
ORDER BY path
