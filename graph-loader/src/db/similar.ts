// SIMILAR_TO at load time: the measures of each document written in a load are compared with the
// measures of every other document in the database (graph-loader/src/similar), and the pairs are
// written in the same transaction as the document.
//
// The index of existing measures is built once per load run, on the first document that is
// (re)written, from the term vectors kept on each Document (`similarityVectors`, valid for the
// `similarityKey` it names: the document's sha256, its pipeline fingerprint and the codec version).
// Only documents whose vectors are missing or stale have their measures read and cleaned again, so a
// load reads one compact string per document instead of every measure text. At the end of the run
// (`flush`, after the writes) the vectors of the documents compared in it are stored beside them; a
// run that stops before leaves them missing, and the next run recomputes them from the measures.
//
// One relationship per pair of measures, in one canonical direction (from the smaller id to the
// larger; query it undirected). A reloaded document's measures are deleted with their relationships
// (DETACH DELETE), so its pairs are found again against the current state of the other documents.
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../parse-plan.ts';
import {
  comparableMeasures,
  decodeVectors,
  encodeVectors,
  findSimilar,
  fragmentMeasures,
  TfIdfIndex,
  VECTOR_CODEC_VERSION,
} from '../similar/index.ts';
import type { MeasureRecord, SimilarOptions, SimilarPair } from '../similar/index.ts';
import type { WriteTx } from './write.ts';

const BATCH = 1000;
/** documents whose vectors are stored per transaction (a document's vectors are ~10–50 KB) */
const FLUSH_DOCS = 50;
const KEY_SUFFIX = `|v${VECTOR_CODEC_VERSION}`;

/** The key a document's stored vectors are valid for. */
export const vectorKey = (sha256: string, pipeline: string | null | undefined): string =>
  `${sha256}|${pipeline ?? ''}${KEY_SUFFIX}`;

/** Stored measures with the properties the comparison reads: all, or those of the given documents. */
export async function readMeasureRecords(
  driver: Driver,
  database?: string,
  docIds?: readonly string[],
): Promise<MeasureRecord[]> {
  const session = driver.session(database ? { database } : {});
  try {
    const where = docIds ? 'm.docId IN $docIds' : 'm.docId IS NOT NULL';
    const result = await session.executeRead((tx) =>
      tx.run(
        `MATCH (m:Measure) WHERE ${where} ` +
          'RETURN m.id AS id, m.docId AS docId, m.path AS path, m.text AS text, m.start AS start, m.end AS end, ' +
          'm.section AS section, m.background AS background',
        { docIds: docIds ?? [] },
      ),
    );
    return result.records.map((r) => ({
      id: String(r.get('id')),
      docId: String(r.get('docId')),
      path: String(r.get('path') ?? ''),
      text: String(r.get('text') ?? ''),
      start: Number(r.get('start') ?? 0),
      end: Number(r.get('end') ?? 0),
      section: (r.get('section') as string | null) ?? null,
      background: r.get('background') === true,
    }));
  } finally {
    await session.close();
  }
}

interface StoredVectors {
  docId: string;
  key: string;
  /** the encoded vectors when they are valid for the document as stored, else null */
  vectors: string | null;
}

/** Every loaded document with its stored vectors (null when missing or stale). */
export async function readStoredVectors(driver: Driver, database?: string): Promise<StoredVectors[]> {
  const session = driver.session(database ? { database } : {});
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        'MATCH (d:Document) WHERE d.sha256 IS NOT NULL ' +
          "WITH d, d.sha256 + '|' + coalesce(d.pipeline, '') + $suffix AS key " +
          'RETURN d.id AS docId, key, CASE WHEN d.similarityKey = key THEN d.similarityVectors END AS vectors',
        { suffix: KEY_SUFFIX },
      ),
    );
    return result.records.map((r) => ({
      docId: String(r.get('docId')),
      key: String(r.get('key')),
      vectors: (r.get('vectors') as string | null) ?? null,
    }));
  } finally {
    await session.close();
  }
}

/** Stores encoded vectors on their documents, each only if the document is still the version the
 *  key names; returns how many were stored. */
export async function writeStoredVectors(
  driver: Driver,
  rows: readonly { docId: string; key: string; vectors: string }[],
  database?: string,
): Promise<number> {
  const session = driver.session(database ? { database } : {});
  let stored = 0;
  try {
    for (let i = 0; i < rows.length; i += FLUSH_DOCS) {
      const batch = rows.slice(i, i + FLUSH_DOCS);
      const result = await session.executeWrite((tx) =>
        tx.run(
          'UNWIND $rows AS row MATCH (d:Document {id: row.docId}) ' +
            "WHERE d.sha256 + '|' + coalesce(d.pipeline, '') + $suffix = row.key " +
            'SET d.similarityKey = row.key, d.similarityVectors = row.vectors RETURN count(d) AS stored',
          { rows: batch, suffix: KEY_SUFFIX },
        ),
      );
      stored += Number(result.records[0]?.get('stored') ?? 0);
    }
    return stored;
  } finally {
    await session.close();
  }
}

/** The index of the stored documents: their stored vectors, and the measures of those without. The
 *  documents recomputed are returned with their keys, to be stored. */
export async function buildStoredIndex(
  driver: Driver,
  opts: { database?: string; similar?: SimilarOptions } = {},
): Promise<{ index: TfIdfIndex; recomputed: Map<string, string> }> {
  const index = new TfIdfIndex();
  const stored = await readStoredVectors(driver, opts.database);
  const recomputed = new Map<string, string>();
  for (const doc of stored) {
    if (doc.vectors === null) recomputed.set(doc.docId, doc.key);
    else index.addVectors(doc.docId, decodeVectors(doc.vectors));
  }
  if (recomputed.size > 0) {
    const records = await readMeasureRecords(driver, opts.database, [...recomputed.keys()]);
    index.add(comparableMeasures(records, opts.similar?.vocabulary));
  }
  return { index, recomputed };
}

/** MERGEs the pairs as (:Measure)-[:SIMILAR_TO {score, method}]->(:Measure); returns how many were
 *  written (a pair whose other measure is not stored is skipped). */
export async function writeSimilar(tx: WriteTx, pairs: readonly SimilarPair[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < pairs.length; i += BATCH) {
    const rows = pairs.slice(i, i + BATCH).map((p) => ({ from: p.from, to: p.to, score: p.score, method: p.method }));
    const result = await tx.run(
      'UNWIND $rows AS row MATCH (a:Measure {id: row.from}) MATCH (b:Measure {id: row.to}) ' +
        'MERGE (a)-[r:SIMILAR_TO]->(b) SET r.score = row.score, r.method = row.method RETURN count(r) AS written',
      { rows },
    );
    written += Number(result.records[0]?.get('written') ?? 0);
  }
  return written;
}

export interface SimilarityLinker {
  /** The pairs of this plan's measures with other documents' (the plan joins the index). */
  pairsFor(plan: ParsedPlan): Promise<SimilarPair[]>;
  /** Stores the vectors of the documents compared in this run beside them; call after the writes.
   *  Returns how many documents' vectors were stored. */
  flush(): Promise<number>;
}

/** A linker for one load run: the index is built from the database on first use. `pipeline` is the
 *  fingerprint the run's documents are written with (their vectors are stored under it). */
export function similarityLinker(
  driver: Driver,
  opts: { database?: string; pipeline?: string; similar?: SimilarOptions } = {},
): SimilarityLinker {
  let built: ReturnType<typeof buildStoredIndex> | null = null;
  const compared = new Map<string, string>(); // docId → key of the version compared in this run
  return {
    async pairsFor(plan) {
      built ??= buildStoredIndex(driver, opts);
      const { index } = await built;
      compared.set(plan.docId, vectorKey(plan.sha256, opts.pipeline));
      return findSimilar(index, fragmentMeasures(plan.fragment), opts.similar);
    },
    async flush() {
      if (!built) return 0;
      const { index, recomputed } = await built;
      const keys = new Map([...recomputed, ...compared]);
      const rows = [...keys].map(([docId, key]) => ({ docId, key, vectors: encodeVectors(index.vectors(docId)) }));
      return writeStoredVectors(driver, rows, opts.database);
    },
  };
}
