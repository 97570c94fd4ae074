// What the HTML briefing tabulates beyond the picture: for every measure in the subgraph its lead and
// supporting agencies, zone, deadline, the evidence sentence and its plan; and the policies cited.
import type { ApiGraph, JsonValue } from '../../core/api-types.ts';
import { ZONES_OF_M } from '../explore/overview.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

export interface BriefingMeasure {
  id: string;
  number: string;
  title: string;
  leads: string[];
  supports: string[];
  zones: string[];
  deadline: string;
  evidence: string;
  plan: string;
}
export interface BriefingPolicy {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  citedBy: number;
}
export interface BriefingData {
  measures: BriefingMeasure[];
  policies: BriefingPolicy[];
}

const MEASURES = `MATCH (m:Measure) WHERE m.id IN $ids
OPTIONAL ${ZONES_OF_M}
WITH m, collect(DISTINCT z) AS zones
OPTIONAL MATCH (la:Agency)-[l:LEADS]->(m)
WITH m, zones, collect(DISTINCT la.name) AS leads, head(collect(l.evidence)) AS leadEvidence
OPTIONAL MATCH (sa:Agency)-[:SUPPORTS]->(m)
WITH m, zones, leads, leadEvidence, collect(DISTINCT sa.name) AS supports
OPTIONAL MATCH (d:Document {id: m.docId})
RETURN m.id AS id, m.number AS number, coalesce(m.title, '') AS title, leads, supports,
  [z IN zones | z.name] AS zones, coalesce(m.deadlineText, m.dueDate, '') AS deadline,
  coalesce(leadEvidence, m.text, '') AS evidence, coalesce(d.title, m.docId, '') AS plan
ORDER BY plan, m.start`;

const POLICIES = `MATCH (s)-[:CITES]->(p:Policy) WHERE s.id IN $ids
RETURN p.id AS id, coalesce(p.title, '') AS title, coalesce(p.docNumber, '') AS docNumber,
  coalesce(p.issuer, '') AS issuer, count(DISTINCT s) AS citedBy
ORDER BY citedBy DESC, title
UNION
MATCH (p:Policy) WHERE p.id IN $ids AND NOT p:Document AND coalesce(p.kind, 'document') = 'document'
RETURN p.id AS id, coalesce(p.title, '') AS title, coalesce(p.docNumber, '') AS docNumber,
  coalesce(p.issuer, '') AS issuer, 0 AS citedBy`;

export async function briefingContext(ctx: ReadContext, graph: ApiGraph): Promise<BriefingData> {
  const measureIds = graph.nodes.filter((n) => n.labels.includes('Measure')).map((n) => n.id);
  const ids = graph.nodes.map((n) => n.id);
  const [measures, policies] = await Promise.all([
    runRead(ctx, { cypher: MEASURES, params: { ids: measureIds }, guard: false, rowCap: 100_000 }),
    runRead(ctx, { cypher: POLICIES, params: { ids }, guard: false, rowCap: 100_000 }),
  ]);
  const seen = new Set<string>();
  return {
    measures: measures.rows.map((r) => ({
      id: str(r['id']),
      number: str(r['number']),
      title: str(r['title']),
      leads: list(r['leads']),
      supports: list(r['supports']),
      zones: list(r['zones']),
      deadline: str(r['deadline']),
      evidence: str(r['evidence']),
      plan: str(r['plan']),
    })),
    policies: policies.rows
      .map((r) => ({
        id: str(r['id']),
        title: str(r['title']),
        docNumber: str(r['docNumber']),
        issuer: str(r['issuer']),
        citedBy: Number(r['citedBy']),
      }))
      .filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined),
  };
}

function str(v: JsonValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

function list(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}
