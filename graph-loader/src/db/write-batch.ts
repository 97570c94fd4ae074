// Writing several parsed documents in one transaction: each document's previous data out, then the
// fragments of all of them in one set of UNWIND batches (a relationship stated by several documents
// of the batch is one row), their pipeline fingerprints and their SIMILAR_TO pairs. A document still
// loads whole or not at all: when the batch fails, its documents are written one by one
// (writeOne), so one bad document fails alone.
import type { Driver } from 'neo4j-driver';
import type { Fragment } from '../../../core/model.ts';
import type { ParsedPlan } from '../parse-plan.ts';
import type { SimilarLinks } from '../similar/index.ts';
import { recordFilesOf } from './identity.ts';
import { deleteDocumentData, previousDocIdsOf } from './replace.ts';
import { writeSimilar } from './similar.ts';
import { writeFragment } from './write.ts';

export interface PreparedDocument {
  plan: ParsedPlan;
  /** its measures' copy groups and SIMILAR_TO (db/similar.ts) */
  similar: SimilarLinks;
  /** the Document's paths after the write (db/identity.ts); the plan's own file when absent */
  files?: string[];
}

export interface WrittenDocument {
  measures: number;
  relationships: number;
  similar: number;
  warnings: string[];
}

export type WriteOne = (doc: PreparedDocument) => Promise<WrittenDocument>;

function measuresOf(plan: ParsedPlan): number {
  return plan.fragment.nodes.filter((n) => n.labels.includes('Measure')).length;
}

/** Relationship endpoints that no document of the batch writes as a node: such a relationship is
 *  written only if the node is already stored, so its document is written alone (exact warnings). */
function needsAlone(batch: PreparedDocument[]): Set<PreparedDocument> {
  const written = new Set(batch.flatMap((d) => d.plan.fragment.nodes.map((n) => n.id)));
  return new Set(
    batch.filter((d) => d.plan.fragment.relationships.some((r) => !written.has(r.start) || !written.has(r.end))),
  );
}

function combined(batch: PreparedDocument[]): Fragment {
  return {
    nodes: batch.flatMap((d) => d.plan.fragment.nodes),
    relationships: batch.flatMap((d) => d.plan.fragment.relationships),
  };
}

async function writeTogether(
  driver: Driver,
  batch: PreparedDocument[],
  opts: { database?: string; pipeline?: string },
): Promise<WrittenDocument[]> {
  const session = driver.session(opts.database ? { database: opts.database } : {});
  try {
    await session.executeWrite(async (tx) => {
      const previous = await previousDocIdsOf(
        tx,
        batch.map(({ plan }) => ({ file: plan.file, docId: plan.docId })),
      );
      for (const { plan } of batch) await deleteDocumentData(tx, previous.get(plan.docId) ?? [], plan.docId);
      // every document's previous data is out: its measures are new (db/write.ts)
      await writeFragment(tx, combined(batch), { newMeasures: true });
      // counted after the load (db/derived-store.ts), which clears the flag
      await tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) SET d.pipeline = $pipeline, d.countsPending = true', {
        ids: batch.map((d) => d.plan.docId),
        pipeline: opts.pipeline ?? null,
      });
      await recordFilesOf(
        tx,
        batch.map(({ plan, files }) => ({ docId: plan.docId, file: plan.file, files: files ?? [plan.file] })),
      );
      await writeSimilar(
        tx,
        batch.map((d) => d.similar),
      );
    });
    // every endpoint is a node of the batch, so every relationship and pair was written
    return batch.map((d) => ({
      measures: measuresOf(d.plan),
      relationships: d.plan.fragment.relationships.length,
      similar: d.similar.members.length + d.similar.similar.length,
      warnings: [],
    }));
  } finally {
    await session.close();
  }
}

/** Writes the batch: together when it can, else (a document with outside endpoints, two documents
 *  of one id, or a failed batch) one by one. Results in the batch's order: written, or the error. */
export async function writeBatch(
  driver: Driver,
  batch: PreparedDocument[],
  opts: { database?: string; pipeline?: string; writeOne: WriteOne; isFatal: (error: unknown) => boolean },
): Promise<(WrittenDocument | Error)[]> {
  const alone = needsAlone(batch);
  const ids = batch.map((d) => d.plan.docId);
  const together = new Set(ids).size === ids.length ? batch.filter((d) => !alone.has(d)) : [];
  const results = new Map<PreparedDocument, WrittenDocument | Error>();
  if (together.length > 1) {
    try {
      const written = await writeTogether(driver, together, opts);
      together.forEach((d, i) => results.set(d, written[i] as WrittenDocument));
    } catch (error) {
      if (opts.isFatal(error)) throw error;
    }
  }
  for (const doc of batch) {
    if (results.has(doc)) continue;
    try {
      results.set(doc, await opts.writeOne(doc));
    } catch (error) {
      if (opts.isFatal(error)) throw error;
      results.set(doc, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return batch.map((d) => results.get(d) as WrittenDocument | Error);
}
