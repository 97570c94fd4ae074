// The reader view of a plan: its normalised text, the offsets of its measures, and the mentions of
// agencies, zones, industries and policies (the words of the node inside each relationship's
// evidence span, else the span itself), and the understanding report stored on the Document.
import { NotFoundError } from '../../core/errors.ts';
import type { DocumentTextResponse, JsonValue } from '../../core/api-types.ts';
import type { UnderstandingReport } from '../../core/model.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';
import { EXPORT_CONVERT } from '../query/to-json.ts';

const DOCUMENT = `MATCH (d:Policy {id: $id}) WHERE d:Document
RETURN d.id AS id, d.title AS title, d.file AS file, d.text AS text, d.report AS report`;

const MEASURES = `MATCH (m:Measure {docId: $id})
RETURN m.id AS id, m.path AS path, m.number AS number, m.title AS title, m.start AS start, m.end AS end
ORDER BY m.start, size(m.path)`;

/** For each relationship with evidence in this document: the node it mentions (not the measure or
 *  the plan itself) and the words to find for it. */
const MENTIONS = `MATCH (a)-[r]->(b) WHERE r.docId = $id AND r.start IS NOT NULL AND NOT type(r) IN ['CONTAINS', 'PART_OF']
WITH r, CASE WHEN a:Measure OR a:Document OR (a:Zone AND type(r) = 'FOCUSES_ON') THEN b ELSE a END AS n
RETURN n.id AS nodeId, [l IN labels(n) WHERE l <> 'Policy' OR NOT n:Document][0] AS label,
  type(r) AS relType, elementId(r) AS relId, r.start AS start, r.end AS end,
  [w IN [n.shortName, n.name, n.title] + coalesce(n.aliases, []) WHERE w IS NOT NULL AND w <> ''] AS words
ORDER BY start`;

export async function documentText(ctx: ReadContext, id: string): Promise<DocumentTextResponse> {
  const doc = await runRead(ctx, { cypher: DOCUMENT, params: { id }, guard: false, convert: EXPORT_CONVERT });
  const row = doc.rows[0];
  if (!row) throw new NotFoundError(`no document with id "${id}"`);
  const text = String(row['text'] ?? '');
  const [measures, mentions] = await Promise.all([
    runRead(ctx, { cypher: MEASURES, params: { id }, guard: false, rowCap: 100_000 }),
    runRead(ctx, { cypher: MENTIONS, params: { id }, guard: false, rowCap: 100_000 }),
  ]);
  return {
    id,
    title: String(row['title'] ?? ''),
    file: String(row['file'] ?? ''),
    text,
    measures: measures.rows.map((m) => ({
      id: String(m['id']),
      path: String(m['path'] ?? ''),
      number: String(m['number'] ?? ''),
      title: String(m['title'] ?? ''),
      start: Number(m['start'] ?? 0),
      end: Number(m['end'] ?? 0),
      depth: String(m['path'] ?? '').split('.').length,
    })),
    mentions: mentions.rows.map((m) => mentionOf(text, m)),
    report: reportOf(row['report'] ?? null),
  };
}

/** The Document's understanding report (stored as JSON: Neo4j has no nested maps). */
function reportOf(json: JsonValue): UnderstandingReport | null {
  if (typeof json !== 'string') return null;
  try {
    return JSON.parse(json) as UnderstandingReport;
  } catch {
    return null;
  }
}

function mentionOf(text: string, m: Record<string, JsonValue>): DocumentTextResponse['mentions'][number] {
  const start = Number(m['start']);
  const end = Number(m['end']);
  const span = text.slice(start, end);
  const words = (m['words'] as string[]).sort((a, b) => b.length - a.length);
  const base = {
    nodeId: String(m['nodeId']),
    label: String(m['label']),
    relType: String(m['relType']),
    relId: String(m['relId']),
  };
  for (const word of words) {
    const at = span.indexOf(word);
    if (at >= 0) return { ...base, start: start + at, end: start + at + word.length };
  }
  return { ...base, start, end };
}
