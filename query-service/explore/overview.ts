// The first screen: every zone with its hierarchy, the plans that cover it, its priority industries,
// and the agencies that lead most measures there. Agency → zone is an aggregate, not a stored fact:
// it comes back as a virtual relationship LEADS_IN {measures: n} with an id starting "virtual:".
import neo4j from 'neo4j-driver';
import type { ApiNode, ApiRelationship, GraphResponse } from '../../core/api-types.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

const STRUCTURE = `MATCH (z:Zone)
OPTIONAL MATCH (z)-[p:PART_OF]->(:Zone)
OPTIONAL MATCH (z)-[f:FOCUSES_ON]->(:Industry)
OPTIONAL MATCH (d:Document)-[c:COVERS]->(z)
RETURN z, collect(DISTINCT p) AS partOf, collect(DISTINCT f) AS focuses, collect(DISTINCT c) AS covers`;

/** The zones of a measure `m` (bound before this subquery): the zones it applies to, else the
 *  zones its plan covers. Yields `z`; the saved queries use the same rule. */
export const ZONES_OF_M = `CALL (m) {
  MATCH (m)-[:APPLIES_TO]->(z:Zone) RETURN z
  UNION
  MATCH (:Document {id: m.docId})-[:COVERS]->(z:Zone) WHERE NOT EXISTS { (m)-[:APPLIES_TO]->(:Zone) } RETURN z
}`;

const LEADS_IN = `MATCH (a:Agency)-[:LEADS]->(m:Measure)
${ZONES_OF_M}
WITH z, a, count(DISTINCT m) AS measures ORDER BY measures DESC, a.id
WITH z, collect({a: a, measures: measures})[..$perZone] AS top
UNWIND top AS t
RETURN z.id AS zone, t.a AS agency, t.measures AS measures`;

export async function overview(ctx: ReadContext, perZone = 6): Promise<GraphResponse> {
  const structure = await runRead(ctx, { cypher: STRUCTURE, guard: false });
  const leads = await runRead(ctx, { cypher: LEADS_IN, params: { perZone: neo4j.int(perZone) }, guard: false });
  const nodes = new Map<string, ApiNode>(structure.graph.nodes.map((n) => [n.id, n]));
  const relationships: ApiRelationship[] = [...structure.graph.relationships];
  for (const row of leads.rows) {
    const agency = row['agency'] as unknown as ApiNode;
    const zone = String(row['zone']);
    nodes.set(agency.id, agency);
    relationships.push({
      id: `virtual:LEADS_IN:${agency.id}->${zone}`,
      type: 'LEADS_IN',
      start: agency.id,
      end: zone,
      properties: { measures: Number(row['measures']), virtual: true },
    });
  }
  for (const n of leads.graph.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const truncated = structure.truncated || leads.truncated;
  return { nodes: [...nodes.values()], relationships, truncated };
}
