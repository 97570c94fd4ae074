// The first screen, aggregated and capped so it has the same bounded size at any number of plans
// (overview-caps.ts): every zone (grouped under its FTZ by PART_OF, with its province and the number
// of plans that cover it), the industries most stated overall linked to the zones that state them
// most, and the agencies that lead most measures in each zone. Relationships stated by several
// documents are one edge with a weight (the number of evidence entries); no evidence text and only
// the properties the canvas labels need are sent — the detail is one click away (/api/nodes/:id).
// Agency → zone is an aggregate, not a stored fact: a virtual LEADS_IN {measures: n} with an id
// starting "virtual:". Every node carries its `position` from a layout computed here
// (overview-layout.ts), so the browser draws the answer as it comes; the service caches the answer
// per graph version, so the layout runs once per load.
import neo4j from 'neo4j-driver';
import type { ApiNode, ApiRelationship, GraphResponse, JsonValue } from '../../core/api-types.ts';
import { mainLabel } from '../../core/display.ts';
import type { ApiRelType } from '../../core/model.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';
import { capOverview, OVERVIEW_CAPS } from './overview-caps.ts';
import type { WeightedRow } from './overview-caps.ts';
import { overviewLayout } from './overview-layout.ts';

/** The evidence entries of a relationship `r`: its list, or one for a relationship without lists. */
const WEIGHT = (r: string): string => `coalesce(size(${r}.docIds), 1)`;

const ZONES = `MATCH (z:Zone)
RETURN z.id AS id, labels(z) AS labels, z {.name, .nameEn, .kind, .province} AS props,
  COUNT { (:Document)-[:COVERS]->(z) } AS plans`;

const PART_OF = `MATCH (a:Zone)-[r:PART_OF]->(b:Zone) RETURN a.id AS start, b.id AS end, ${WEIGHT('r')} AS weight`;

const FOCUSES_ON = `MATCH (z:Zone)-[r:FOCUSES_ON]->(i:Industry)
RETURN z.id AS start, i.id AS end, ${WEIGHT('r')} AS weight`;

const INDUSTRIES = `MATCH (i:Industry) WHERE i.id IN $ids
RETURN i.id AS id, labels(i) AS labels, i {.name, .nameEn} AS props`;

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
WITH z, collect({a: a.id, measures: measures})[..$perZone] AS top
UNWIND top AS t
RETURN z.id AS start, t.a AS end, t.measures AS weight`;

const AGENCIES = `MATCH (a:Agency) WHERE a.id IN $ids
RETURN a.id AS id, labels(a) AS labels, a {.name, .shortName, .nameEn} AS props`;

type Row = Record<string, JsonValue>;

function edge(type: ApiRelType, start: string, end: string, properties: Record<string, JsonValue>): ApiRelationship {
  return { id: `aggregate:${type}:${start}->${end}`, type, start, end, properties };
}

function nodeOf(row: Row, extra: Record<string, JsonValue> = {}): ApiNode {
  const props = row['props'] as Record<string, JsonValue>;
  const clean = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
  return { id: String(row['id']), labels: row['labels'] as string[], properties: { ...clean, ...extra } };
}

const weighted = (rows: Row[]): WeightedRow[] =>
  rows.map((r) => ({ zone: String(r['start']), target: String(r['end']), weight: Number(r['weight'] ?? 1) }));

/** Node sizes as the canvas draws them by degree (web/src/graph/node-size.ts), for the layout. */
function degreeSizes(relationships: readonly ApiRelationship[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of relationships) for (const id of [r.start, r.end]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return new Map([...degree].map(([id, d]) => [id, Math.min(22, 4 + 2.2 * Math.sqrt(d))]));
}

/** Every node's `position` from the overview's layout. */
function placeNodes(nodes: ApiNode[], relationships: readonly ApiRelationship[]): void {
  const positions = overviewLayout(
    nodes.map((n) => ({ id: n.id, kind: mainLabel(n), province: String(n.properties['province'] ?? '') })),
    relationships.map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      weight: Number(r.properties['weight'] ?? r.properties['measures'] ?? 1),
    })),
    degreeSizes(relationships),
  );
  for (const n of nodes) n.position = positions.get(n.id) ?? { x: 0, y: 0 };
}

/** LEADS_IN as the API sends it: agency → zone, the number of measures it leads there. */
const leadsIn = (r: WeightedRow): ApiRelationship => ({
  id: `virtual:LEADS_IN:${r.target}->${r.zone}`,
  type: 'LEADS_IN',
  start: r.target,
  end: r.zone,
  properties: { measures: r.weight, virtual: true },
});

export async function overview(ctx: ReadContext, caps: typeof OVERVIEW_CAPS = OVERVIEW_CAPS): Promise<GraphResponse> {
  const read = (cypher: string, params: Record<string, unknown> = {}): ReturnType<typeof runRead> =>
    runRead(ctx, { cypher, guard: false, params, rowCap: 100_000 });
  const [zones, partOf, focuses, leads] = [
    await read(ZONES),
    await read(PART_OF),
    await read(FOCUSES_ON),
    await read(LEADS_IN, { perZone: neo4j.int(caps.agenciesPerZone) }),
  ];
  const zoneRows = zones.rows.map((r) => ({
    id: String(r['id']),
    kind: String((r['props'] as Row)['kind'] ?? ''),
    plans: Number(r['plans'] ?? 0),
  }));
  const kept = capOverview(zoneRows, weighted(focuses.rows), weighted(leads.rows), caps);
  const [industries, agencies] = [
    await read(INDUSTRIES, { ids: [...new Set(kept.focuses.map((r) => r.target))] }),
    await read(AGENCIES, { ids: [...new Set(kept.leads.map((r) => r.target))] }),
  ];
  const nodes: ApiNode[] = zones.rows
    .filter((r) => kept.zones.has(String(r['id'])))
    .map((r) => nodeOf(r, { plans: r['plans'] ?? 0 }));
  nodes.push(...industries.rows.map((r) => nodeOf(r)), ...agencies.rows.map((r) => nodeOf(r)));
  const relationships: ApiRelationship[] = partOf.rows
    .filter((r) => kept.zones.has(String(r['start'])) && kept.zones.has(String(r['end'])))
    .map((r) => edge('PART_OF', String(r['start']), String(r['end']), { weight: r['weight'] ?? 1 }));
  for (const r of kept.focuses) relationships.push(edge('FOCUSES_ON', r.zone, r.target, { weight: r.weight }));
  relationships.push(...kept.leads.map(leadsIn));
  const ids = new Set(nodes.map((n) => n.id));
  const shown = relationships.filter((r) => ids.has(r.start) && ids.has(r.end));
  placeNodes(nodes, shown);
  const truncated = [zones, partOf, focuses, leads, industries, agencies].some((r) => r.truncated);
  return { nodes, relationships: shown, truncated };
}
