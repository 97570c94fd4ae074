// The transactional writer's batches, replayed onto a GraphImage: documents queue up and are written
// BATCH_DOCUMENTS at a time, as load-writer.ts and write-batch.ts write them (together when every
// relationship's endpoints are nodes of the batch, else one by one after the others), so that shared
// nodes get the same properties in the same order as a transactional load would give them.
import type { ParsedPlan } from '../../parse-plan.ts';
import type { SimilarLinks } from '../../similar/index.ts';
import { BATCH_DOCUMENTS } from '../load-writer.ts';
import type { GraphImage } from './graph-image.ts';

export interface ImageDocument {
  plan: ParsedPlan;
  similar: SimilarLinks;
  files: string[];
}

export interface ImageWritten {
  measures: number;
  relationships: number;
  similar: number;
  warnings: string[];
}

function measuresOf(plan: ParsedPlan): number {
  return plan.fragment.nodes.filter((n) => n.labels.includes('Measure')).length;
}

/** write-batch.ts needsAlone: documents with a relationship endpoint no document of the batch writes. */
function needsAlone(batch: ImageDocument[]): Set<ImageDocument> {
  const written = new Set(batch.flatMap((d) => d.plan.fragment.nodes.map((n) => n.id)));
  return new Set(
    batch.filter((d) => d.plan.fragment.relationships.some((r) => !written.has(r.start) || !written.has(r.end))),
  );
}

function writeTogether(image: GraphImage, batch: ImageDocument[], pipeline: string): ImageWritten[] {
  image.writeFragment(
    {
      nodes: batch.flatMap((d) => d.plan.fragment.nodes),
      relationships: batch.flatMap((d) => d.plan.fragment.relationships),
    },
    { newMeasures: true },
  );
  for (const d of batch) image.setProps(d.plan.docId, { pipeline });
  image.recordFiles(batch.map(({ plan, files }) => ({ docId: plan.docId, file: plan.file, files })));
  image.writeSimilar(batch.map((d) => d.similar));
  return batch.map((d) => ({
    measures: measuresOf(d.plan),
    relationships: d.plan.fragment.relationships.length,
    similar: d.similar.members.length + d.similar.similar.length,
    warnings: [],
  }));
}

function writeOne(image: GraphImage, doc: ImageDocument, pipeline: string): ImageWritten {
  const { plan } = doc;
  const relationships = image.writeFragment(plan.fragment);
  image.setProps(plan.docId, { pipeline });
  image.recordFiles([{ docId: plan.docId, file: plan.file, files: doc.files }]);
  const similar = image.writeSimilar([doc.similar]);
  const missing = plan.fragment.relationships.length - relationships;
  const warnings = missing > 0 ? [`${plan.file}: ${missing} relationship(s) skipped: an endpoint is missing`] : [];
  return { measures: measuresOf(plan), relationships, similar, warnings };
}

/** Writes one batch as writeBatch does; results in the batch's order. */
function writeBatch(image: GraphImage, batch: ImageDocument[], pipeline: string): ImageWritten[] {
  const alone = needsAlone(batch);
  const ids = batch.map((d) => d.plan.docId);
  const together = new Set(ids).size === ids.length ? batch.filter((d) => !alone.has(d)) : [];
  const results = new Map<ImageDocument, ImageWritten>();
  if (together.length > 1) writeTogether(image, together, pipeline).forEach((w, i) => results.set(together[i]!, w));
  for (const doc of batch) if (!results.has(doc)) results.set(doc, writeOne(image, doc, pipeline));
  return batch.map((d) => results.get(d) as ImageWritten);
}

export interface ImageWriter {
  /** queues a document; `done` is called with its result when its batch is written */
  add(doc: ImageDocument, done: (written: ImageWritten) => void): void;
  /** writes what is queued (the transactional writer drains before a claim that needs the store) */
  drain(): void;
  /** the document ids queued and not yet written */
  pending(): Set<string>;
}

export function imageWriter(image: GraphImage, pipeline: string, size = BATCH_DOCUMENTS): ImageWriter {
  let queue: { doc: ImageDocument; done: (w: ImageWritten) => void }[] = [];
  const drain = (): void => {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const results = writeBatch(
      image,
      batch.map((q) => q.doc),
      pipeline,
    );
    batch.forEach((q, i) => q.done(results[i] as ImageWritten));
  };
  return {
    add(doc, done) {
      queue.push({ doc, done });
      if (queue.length >= size) drain();
    },
    drain,
    pending: () => new Set(queue.map((q) => q.doc.plan.docId)),
  };
}
