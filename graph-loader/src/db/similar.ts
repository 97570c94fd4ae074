// SIMILAR_TO at load time: the measures of each document written in a load are compared with the
// measures of every other document in the database (graph-loader/src/similar), and the pairs are
// written in the same transaction as the document. The index of existing measures is read from
// Neo4j once per load run, on the first document that is (re)written, and kept up to date as the
// run goes on, so a load costs one read of the measure texts, not one per document.
//
// One relationship per pair of measures, in one canonical direction (from the smaller id to the
// larger; query it undirected). A reloaded document's measures are deleted with their relationships
// (DETACH DELETE), so its pairs are found again against the current state of the other documents.
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../parse-plan.ts';
import { buildSimilarityIndex, findSimilar, fragmentMeasures } from '../similar/index.ts';
import type { MeasureRecord, SimilarOptions, SimilarPair, TfIdfIndex } from '../similar/index.ts';
import type { WriteTx } from './write.ts';

const BATCH = 1000;

/** Every stored measure, with the properties the comparison reads. */
export async function readMeasureRecords(driver: Driver, database?: string): Promise<MeasureRecord[]> {
  const session = driver.session(database ? { database } : {});
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        'MATCH (m:Measure) WHERE m.docId IS NOT NULL ' +
          'RETURN m.id AS id, m.docId AS docId, m.path AS path, m.text AS text, m.start AS start, m.end AS end, ' +
          'm.section AS section, m.background AS background',
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
}

/** A linker for one load run: the index is read from the database on first use. */
export function similarityLinker(
  driver: Driver,
  opts: { database?: string; similar?: SimilarOptions } = {},
): SimilarityLinker {
  let index: Promise<TfIdfIndex> | null = null;
  const build = async (): Promise<TfIdfIndex> =>
    buildSimilarityIndex(await readMeasureRecords(driver, opts.database), opts.similar?.vocabulary);
  return {
    async pairsFor(plan) {
      index ??= build();
      return findSimilar(await index, fragmentMeasures(plan.fragment), opts.similar);
    },
  };
}
