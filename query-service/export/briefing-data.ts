// What the HTML briefing tabulates beyond the picture: for every measure in the subgraph its lead and
// supporting agencies, zone, deadline, the evidence sentence and its plan; the source documents the
// measures and relationships come from; and the policies cited. A measure's evidence is its lead's
// sentence, else its own text (sub-measures left out: they are rows of their own when the subgraph holds
// them, and a chapter's whole span would fill a cell).
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
  /** English names of the leads, '' where unknown (same order as leads) */
  leadsEn: string[];
  /** English names of the zones, '' where unknown (same order as zones) */
  zonesEn: string[];
  /** ISO date, '' when the measure has none */
  dueDate: string;
  docId: string;
}
/** A loaded plan the briefing's facts come from. */
export interface BriefingSource {
  id: string;
  title: string;
  docNumber: string;
  issuer: string;
  issuedOn: string;
  /** measures of the briefing taken from it */
  measures: number;
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
  sources: BriefingSource[];
  policies: BriefingPolicy[];
}

const MEASURES = `MATCH (m:Measure) WHERE m.id IN $ids
OPTIONAL ${ZONES_OF_M}
WITH m, collect(DISTINCT z) AS zones
OPTIONAL MATCH (la:Agency)-[l:LEADS]->(m)
WITH m, zones, collect(DISTINCT la) AS leadAgencies, head(collect(l.evidence)) AS leadEvidence
OPTIONAL MATCH (sa:Agency)-[:SUPPORTS]->(m)
WITH m, zones, leadAgencies, leadEvidence, collect(DISTINCT sa.name) AS supports
OPTIONAL MATCH (d:Document {id: m.docId})
RETURN m.id AS id, m.number AS number, coalesce(m.title, '') AS title,
  [a IN leadAgencies | a.name] AS leads, [a IN leadAgencies | coalesce(a.nameEn, '')] AS leadsEn, supports,
  [z IN zones | z.name] AS zones, [z IN zones | coalesce(z.nameEn, '')] AS zonesEn,
  coalesce(m.deadlineText, m.dueDate, '') AS deadline, coalesce(toString(m.dueDate), '') AS dueDate,
  coalesce(leadEvidence, m.text, '') AS evidence, coalesce(d.title, m.docId, '') AS plan,
  coalesce(m.docId, '') AS docId
ORDER BY plan, m.start`;

const SOURCES = `MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, '') AS title, coalesce(d.docNumber, '') AS docNumber,
  coalesce(d.issuer, '') AS issuer, coalesce(toString(d.issuedOn), '') AS issuedOn
ORDER BY issuedOn, title`;

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
  const [measureRows, policies] = await Promise.all([
    runRead(ctx, { cypher: MEASURES, params: { ids: measureIds }, guard: false, rowCap: 100_000 }),
    runRead(ctx, { cypher: POLICIES, params: { ids }, guard: false, rowCap: 100_000 }),
  ]);
  const measures = measureRows.rows.map(toMeasure);
  const docIds = sourceIds(graph, measures);
  const sources = await runRead(ctx, { cypher: SOURCES, params: { ids: docIds }, guard: false, rowCap: 100_000 });
  const seen = new Set<string>();
  return {
    measures,
    sources: sources.rows.map((r) => ({
      id: str(r['id']),
      title: str(r['title']),
      docNumber: str(r['docNumber']),
      issuer: str(r['issuer']),
      issuedOn: str(r['issuedOn']),
      measures: measures.filter((m) => m.docId === str(r['id'])).length,
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

function toMeasure(r: Record<string, JsonValue>): BriefingMeasure {
  return {
    id: str(r['id']),
    number: str(r['number']),
    title: str(r['title']),
    leads: list(r['leads']),
    leadsEn: list(r['leadsEn']),
    supports: list(r['supports']),
    zones: list(r['zones']),
    zonesEn: list(r['zonesEn']),
    deadline: str(r['deadline']),
    dueDate: str(r['dueDate']),
    evidence: str(r['evidence']),
    plan: str(r['plan']),
    docId: str(r['docId']),
  };
}

/** The plans the briefing's facts come from: its Document nodes, its measures' plans and the plans
 *  named as evidence on its relationships. */
export function sourceIds(graph: ApiGraph, measures: readonly Pick<BriefingMeasure, 'docId'>[]): string[] {
  const ids = new Set<string>();
  for (const n of graph.nodes) if (n.labels.includes('Document')) ids.add(n.id);
  for (const m of measures) if (m.docId) ids.add(m.docId);
  for (const r of graph.relationships) {
    const docId = r.properties['docId'];
    if (typeof docId === 'string' && docId) ids.add(docId);
  }
  return [...ids];
}

function str(v: JsonValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

function list(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}
