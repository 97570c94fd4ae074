// The writing end of a load: parsed documents queue up and are written up to BATCH_DOCUMENTS at a
// time (db/write-batch.ts), one transaction in flight while the next documents are parsed, claimed
// and linked. The writer never idles while something is queued: when a write ends, what queued
// meanwhile goes next, so a small load (10 plans parsed in this thread) writes its first documents
// while the others parse, and a large one, where writing is slower than parsing, still writes full
// batches. A document still loads whole or not at all; a connection error stops the load at the next
// add or drain.
import type { Driver } from 'neo4j-driver';
import { reportCounts } from './load-report.ts';
import type { FileReport } from './load-report.ts';
import type { PhaseClock } from './load-timing.ts';
import { failure } from './load-files.ts';
import { writeBatch } from './write-batch.ts';
import type { PreparedDocument, WrittenDocument } from './write-batch.ts';

/** documents written per transaction */
export const BATCH_DOCUMENTS = 10;

export interface QueuedDocument {
  index: number;
  doc: PreparedDocument;
  file: string;
  parsedId: string;
  started: number;
  warnings: string[];
}

export interface WriterOptions {
  database?: string;
  pipeline: string;
  batch?: number;
  clock: PhaseClock;
  writeOne: (doc: PreparedDocument) => Promise<WrittenDocument>;
  /** the connection error to stop the load with, or null when the error concerns the batch */
  fatal: (error: unknown) => Error | null;
  report: (index: number, report: FileReport) => void;
}

export interface BatchWriter {
  /** whether a queued or unfinished document has this id (as parsed or as claimed) */
  holds(id: string): boolean;
  /** the ids held now (a snapshot) */
  held(): Set<string>;
  add(item: QueuedDocument): Promise<void>;
  /** everything queued written */
  drain(): Promise<void>;
}

function fileReport(q: QueuedDocument, result: WrittenDocument | Error): FileReport {
  const base = { file: q.file, docId: q.doc.plan.docId, ms: Date.now() - q.started };
  if (result instanceof Error)
    return {
      ...base,
      docId: null,
      status: 'failed',
      measures: 0,
      relationships: 0,
      warnings: [],
      understood: null,
      error: failure(result, q.file, q.file),
    };
  return {
    ...base,
    status: 'loaded',
    measures: result.measures,
    relationships: result.relationships,
    error: null,
    warnings: [...q.warnings, ...result.warnings],
    understood: q.doc.plan.report ? reportCounts(q.doc.plan.report) : null,
  };
}

export function batchWriter(driver: Driver, driverOpts: WriterOptions): BatchWriter {
  const { clock, fatal } = driverOpts;
  const size = driverOpts.batch ?? BATCH_DOCUMENTS;
  const database = driverOpts.database ? { database: driverOpts.database } : {};
  let pending: QueuedDocument[] = [];
  let writing: QueuedDocument[] = [];
  let inflight: Promise<void> = Promise.resolve();
  let stopped: Error | null = null;
  const write = async (batch: QueuedDocument[]): Promise<void> => {
    try {
      const results = await clock.time('write', () =>
        writeBatch(
          driver,
          batch.map((q) => q.doc),
          {
            pipeline: driverOpts.pipeline,
            writeOne: driverOpts.writeOne,
            isFatal: (e) => fatal(e) !== null,
            ...database,
          },
        ),
      );
      batch.forEach((q, i) => driverOpts.report(q.index, fileReport(q, results[i] as WrittenDocument | Error)));
    } catch (error) {
      stopped = fatal(error) ?? (error instanceof Error ? error : new Error(String(error)));
    } finally {
      writing = [];
    }
  };
  /** Starts the next write when none is in flight: what is queued, up to a batch. */
  const pump = (): void => {
    if (writing.length > 0 || pending.length === 0 || stopped) return;
    writing = pending.slice(0, size);
    pending = pending.slice(size);
    inflight = write(writing).then(pump);
  };
  const ids = (q: QueuedDocument): string[] => [q.parsedId, q.doc.plan.docId];
  return {
    holds: (id) => [...pending, ...writing].some((q) => ids(q).includes(id)),
    held: () => new Set([...pending, ...writing].flatMap(ids)),
    async add(item) {
      if (stopped) throw stopped;
      pending.push(item);
      pump();
      // a full batch waiting: wait for the write in flight (the batch goes next)
      while (pending.length >= size && !stopped) await inflight;
      if (stopped) throw stopped;
    },
    async drain() {
      pump();
      while ((writing.length > 0 || pending.length > 0) && !stopped) await inflight;
      if (stopped) throw stopped;
    },
  };
}
