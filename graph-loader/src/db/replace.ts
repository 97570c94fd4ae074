// Replace-on-change: before a document is written again, its measures and every relationship that
// carries its docId go, so the new version replaces the old without touching other documents. Shared
// nodes left without any relationship are removed after a load.
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { REL_TYPES } from '../../../core/model.ts';
import { markTouched } from './derived-store.ts';
import { removeEvidenceOf } from './remove-evidence.ts';
import type { ReportCounts } from './load-report.ts';

export interface StoredDocument {
  id: string;
  sha256: string | null;
  pipeline: string | null;
  measures: number;
  understood: ReportCounts | null; // the stored report's counts
}

function reportWarnings(json: string | null): string[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    const warnings = (parsed as { warnings?: unknown }).warnings;
    return Array.isArray(warnings) ? warnings.map(String) : [];
  } catch {
    return [];
  }
}

const STORED_COLUMNS =
  'd.id AS id, d.sha256 AS sha256, d.pipeline AS pipeline, ' +
  'COUNT { MATCH (m:Measure) WHERE m.docId = d.id } AS measures, d.measureCount AS measureCount, ' +
  'd.measuresWithLead AS withLead, d.measuresWithDeadline AS withDeadline, d.unreadCount AS unread, d.report AS report';

function storedOf(record: Neo4jRecord): StoredDocument {
  const text = (key: string): string | null => (record.get(key) as string | null) ?? null;
  const count = (key: string): number => Number(record.get(key) ?? 0);
  return {
    id: String(record.get('id')),
    sha256: text('sha256'),
    pipeline: text('pipeline'),
    measures: Number(record.get('measures')),
    understood:
      record.get('measureCount') === null
        ? null
        : {
            measures: count('measureCount'),
            withLead: count('withLead'),
            withDeadline: count('withDeadline'),
            unread: count('unread'),
            warnings: reportWarnings(text('report')),
          },
  };
}

/** The stored Document for a file: its id, the sha256 of the bytes and the pipeline it was loaded with. */
export async function storedDocument(tx: ManagedTransaction, file: string): Promise<StoredDocument | null> {
  return (await storedDocuments(tx, [file])).get(file) ?? null;
}

/** The stored Documents of many files in one query (the unchanged check of a whole chunk of files). */
export async function storedDocuments(
  tx: ManagedTransaction,
  files: readonly string[],
): Promise<Map<string, StoredDocument>> {
  const result = await tx.run(
    'UNWIND $files AS file CALL (file) { MATCH (d:Document {file: file}) ' +
      `RETURN ${STORED_COLUMNS} LIMIT 1 } RETURN file, id, sha256, pipeline, measures, measureCount, ` +
      'withLead, withDeadline, unread, report',
    { files },
  );
  return new Map(result.records.map((r) => [String(r.get('file')), storedOf(r)]));
}

/** One statement deleting a document's measures (with their relationships) and its entries in the
 *  evidence lists of every other relationship (db/remove-evidence.ts). Types come from the model's
 *  constant list. */
const DELETE_DOCUMENT_DATA = [
  'CALL () { MATCH (m:Measure {docId: $docId}) DETACH DELETE m }',
  ...REL_TYPES.filter((type) => type !== 'SIMILAR_TO').map(removeEvidenceOf),
].join('\n');

/** Deletes what a document contributed (its measures and relationships with its docId). A Document
 *  whose id changes (its title or number changed) stays as a plain cited Policy node. */
export async function deleteDocumentData(tx: ManagedTransaction, docIds: string[], keepId: string): Promise<void> {
  for (const docId of docIds) {
    await markTouched(tx, docId); // the counts on the zones and agencies it touched are redone after the load
    await tx.run(DELETE_DOCUMENT_DATA, { docId });
    if (docId !== keepId) {
      await tx.run('MATCH (d:Document {id: $docId}) REMOVE d:Document, d.file, d.sha256, d.text', { docId });
    }
  }
}

/** The ids of documents loaded earlier from this file or with this id. */
export async function previousDocIds(tx: ManagedTransaction, file: string, docId: string): Promise<string[]> {
  return (await previousDocIdsOf(tx, [{ file, docId }])).get(docId) ?? [];
}

/** previousDocIds of many documents (keyed by docId) in one query. */
export async function previousDocIdsOf(
  tx: ManagedTransaction,
  rows: readonly { file: string; docId: string }[],
): Promise<Map<string, string[]>> {
  const result = await tx.run(
    'UNWIND $rows AS row CALL (row) { MATCH (d:Document {file: row.file}) RETURN d.id AS id ' +
      'UNION MATCH (d:Document {id: row.docId}) RETURN d.id AS id } RETURN row.docId AS docId, collect(id) AS ids',
    { rows },
  );
  return new Map(result.records.map((r) => [String(r.get('docId')), (r.get('ids') as string[]).map(String)]));
}

/** Deletes Agency/Industry/Zone/Policy nodes that are not Documents and have no relationships. */
export async function deleteOrphans(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run(
    'MATCH (n) WHERE (n:Agency OR n:Industry OR n:Zone OR n:Policy) AND NOT n:Document AND NOT (n)--() ' +
      'DELETE n RETURN count(*) AS removed',
  );
  return Number(result.records[0]?.get('removed') ?? 0);
}

/** Deletes every node and relationship (constraints and indexes stay), in batches: relationships
 *  first, so that a batch of nodes never holds a hub's tens of thousands of relationships (a
 *  DETACH DELETE of 10,000 nodes at 100 plans exceeded Neo4j's transaction memory pool). */
export async function clearGraph(driver: Driver, database?: string): Promise<void> {
  const session = driver.session(database ? { database } : {});
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
