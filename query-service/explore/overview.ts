// The first screen, aggregated so it stays small at any size: every zone (grouped under its FTZ by
// PART_OF, with its province and the number of plans that cover it as properties), its priority
// industries ranked by how many documents state them and capped per zone, and the agencies that lead
// most measures there. Relationships stated by several documents are one edge with a weight (the
// number of evidence entries); no evidence text is sent — the detail is one click away
// (/api/nodes/:id). Agency → zone is an aggregate, not a stored fact: a virtual LEADS_IN
// {measures: n} with an id starting "virtual:".
import neo4j from 'neo4j-driver';
import type { ApiNode, ApiRelationship, GraphResponse, JsonValue } from '../../core/api-types.ts';
import type { ApiRelType } from '../../core/model.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

/** The evidence entries of a relationship `r`: its list, or one for a relationship without lists. */
const WEIGHT = (r: string): string => `coalesce(size(${r}.docIds), 1)`;

const ZONES = `MATCH (z:Zone)
RETURN z.id AS id, labels(z) AS labels,
  z {.name, .nameEn, .fullName, .kind, .province, .city, .district, .masked, .areaKm2} AS props,
  COUNT { (:Document)-[:COVERS]->(z) } AS plans`;

const PART_OF = `MATCH (a:Zone)-[r:PART_OF]->(b:Zone) RETURN a.id AS start, b.id AS end, ${WEIGHT('r')} AS weight`;

const FOCUSES_ON = `MATCH (z:Zone)-[r:FOCUSES_ON]->(i:Industry)
WITH z, i, ${WEIGHT('r')} AS weight ORDER BY weight DESC, i.id
WITH z, collect({i: i, weight: weight})[..$perZone] AS top
UNWIND top AS t
WITH z, t.i AS i, t.weight AS weight
RETURN z.id AS start, i.id AS end, weight, labels(i) AS labels, i {.id, .name, .nameEn, .group} AS props`;

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
WITH z, t.a AS a, t.measures AS measures
RETURN z.id AS start, a.id AS end, measures AS weight, labels(a) AS labels,
  a {.id, .name, .shortName, .nameEn, .level, .jurisdiction, .kind} AS props`;

type Row = Record<string, JsonValue>;

function edge(type: ApiRelType, start: string, end: string, properties: Record<string, JsonValue>): ApiRelationship {
  return { id: `aggregate:${type}:${start}->${end}`, type, start, end, properties };
}

function nodeOf(row: Row, extra: Record<string, JsonValue> = {}): ApiNode {
  const props = row['props'] as Record<string, JsonValue>;
  const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
  return {
    id: String(props['id'] ?? row['id']),
    labels: row['labels'] as string[],
    properties: { ...clean, ...extra },
  };
}

export interface OverviewOptions {
  /** industries per zone (the most stated first) */
  industriesPerZone?: number;
  /** lead agencies per zone (the most measures first) */
  agenciesPerZone?: number;
}

export async function overview(ctx: ReadContext, options: OverviewOptions = {}): Promise<GraphResponse> {
  const read = (cypher: string, perZone?: number): ReturnType<typeof runRead> =>
    runRead(ctx, { cypher, guard: false, params: perZone ? { perZone: neo4j.int(perZone) } : {}, rowCap: 100_000 });
  const [zones, partOf, focuses, leads] = [
    await read(ZONES),
    await read(PART_OF),
    await read(FOCUSES_ON, options.industriesPerZone ?? 12),
    await read(LEADS_IN, options.agenciesPerZone ?? 6),
  ];
  const nodes = new Map<string, ApiNode>();
  for (const row of zones.rows)
    nodes.set(
      String(row['id']),
      nodeOf({ ...row, props: { ...(row['props'] as Row), id: row['id'] } }, { plans: row['plans'] ?? 0 }),
    );
  const relationships: ApiRelationship[] = partOf.rows.map((r) =>
    edge('PART_OF', String(r['start']), String(r['end']), { weight: r['weight'] ?? 1 }),
  );
  for (const r of focuses.rows) {
    const industry = nodeOf(r);
    if (!nodes.has(industry.id)) nodes.set(industry.id, industry);
    relationships.push(edge('FOCUSES_ON', String(r['start']), industry.id, { weight: r['weight'] ?? 1 }));
  }
  for (const r of leads.rows) {
    const agency = nodeOf(r);
    if (!nodes.has(agency.id)) nodes.set(agency.id, agency);
    const zone = String(r['start']);
    relationships.push({
      id: `virtual:LEADS_IN:${agency.id}->${zone}`,
      type: 'LEADS_IN',
      start: agency.id,
      end: zone,
      properties: { measures: Number(r['weight']), virtual: true },
    });
  }
  const truncated = [zones, partOf, focuses, leads].some((r) => r.truncated);
  return { nodes: [...nodes.values()], relationships, truncated };
}
