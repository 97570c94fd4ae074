// The writing end of a load: parsed documents queue up and are written BATCH_DOCUMENTS at a time
// (db/write-batch.ts), one transaction in flight while the next documents are parsed, claimed and
// linked. A document still loads whole or not at all; a connection error stops the load at the next
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
      if (writing === batch) writing = [];
    }
  };
  const next = async (): Promise<void> => {
    await inflight;
    if (stopped) throw stopped;
    writing = pending;
    pending = [];
    inflight = writing.length > 0 ? write(writing) : Promise.resolve();
  };
  const ids = (q: QueuedDocument): string[] => [q.parsedId, q.doc.plan.docId];
  return {
    holds: (id) => [...pending, ...writing].some((q) => ids(q).includes(id)),
    held: () => new Set([...pending, ...writing].flatMap(ids)),
    async add(item) {
      if (stopped) throw stopped;
      pending.push(item);
      if (pending.length >= size) await next();
    },
    async drain() {
      await next();
      await inflight;
      writing = [];
      if (stopped) throw stopped;
    },
  };
}
