// One document in one transaction (the way a batch falls back to when it cannot be written together,
// db/write-batch.ts): what the document wrote before out, its fragment, pipeline fingerprint, paths
// and SIMILAR_TO pairs in.
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../parse-plan.ts';
import type { SimilarLinks } from '../similar/index.ts';
import { recordFiles } from './identity.ts';
import { deleteDocumentData, previousDocIds } from './replace.ts';
import { writeSimilar } from './similar.ts';
import { writeFragment } from './write.ts';

/** Writes one parsed document in a single transaction: old data of the document out, new data in;
 *  `pipeline` (the fingerprint of the code and dictionaries that parsed it) is stored on the Document;
 *  `similar` pairs (its measures with other documents', db/similar.ts) become SIMILAR_TO. */
export async function writeDocument(
  driver: Driver,
  plan: ParsedPlan,
  opts: { database?: string; pipeline?: string; similar?: SimilarLinks; files?: string[] } = {},
): Promise<{ measures: number; relationships: number; similar: number; warnings: string[] }> {
  const session = driver.session(opts.database ? { database: opts.database } : {});
  try {
    const counts = await session.executeWrite(async (tx) => {
      await deleteDocumentData(tx, await previousDocIds(tx, plan.file, plan.docId), plan.docId);
      const written = await writeFragment(tx, plan.fragment);
      // counted after the load (db/derived-store.ts), which clears the flag
      await tx.run('MATCH (d:Document {id: $id}) SET d.pipeline = $pipeline, d.countsPending = true', {
        id: plan.docId,
        pipeline: opts.pipeline ?? null,
      });
      await recordFiles(tx, plan.docId, plan.file, opts.files ?? [plan.file]);
      return { ...written, similar: opts.similar ? await writeSimilar(tx, [opts.similar]) : 0 };
    });
    const measures = plan.fragment.nodes.filter((n) => n.labels.includes('Measure')).length;
    const warnings =
      counts.missingEndpoints > 0
        ? [`${plan.file}: ${counts.missingEndpoints} relationship(s) skipped: an endpoint is missing`]
        : [];
    return { measures, relationships: counts.relationships, similar: counts.similar, warnings };
  } finally {
    await session.close();
  }
}
