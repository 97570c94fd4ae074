// Counts for the legend and the list of loaded plans; the health check.
import type { Driver } from 'neo4j-driver';
import type { HealthResponse, StatsResponse } from '../../core/api-types.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

const LABELS = `MATCH (n) WHERE NOT n:SavedQuery UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`;
const TYPES = `MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type`;
const DOCUMENTS = `MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.file AS file ORDER BY d.file`;

export async function stats(ctx: ReadContext): Promise<StatsResponse> {
  const [labels, types, documents] = await Promise.all([
    runRead(ctx, { cypher: LABELS, guard: false }),
    runRead(ctx, { cypher: TYPES, guard: false }),
    runRead(ctx, { cypher: DOCUMENTS, guard: false }),
  ]);
  return {
    labels: Object.fromEntries(labels.rows.map((r) => [String(r['label']), Number(r['n'])])),
    relationshipTypes: Object.fromEntries(types.rows.map((r) => [String(r['type']), Number(r['n'])])),
    documents: documents.rows.map((r) => ({
      id: String(r['id']),
      title: String(r['title'] ?? ''),
      file: String(r['file'] ?? ''),
    })),
  };
}

export async function health(driver: Driver): Promise<HealthResponse> {
  try {
    const info = await driver.getServerInfo();
    return { ok: true, neo4j: { address: info.address ?? '', version: info.agent ?? null, reachable: true } };
  } catch {
    return { ok: false, neo4j: { address: '', version: null, reachable: false } };
  }
}
