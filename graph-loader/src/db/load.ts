// Loads plan files into Neo4j, as a pipeline over chunks of files: read and hash a chunk and check it
// against the store in one query (unchanged files are skipped, the same bytes under a second path join
// their Document: db/load-files.ts); parse the rest in worker threads (db/parse-pool.ts; a small load
// in this thread) while the previous documents are written and the stored copy groups are read; claim
// their identities in one query (a file claiming another file's document is a conflict: identity.ts);
// link their SIMILAR_TO pairs; queue them for the writer, which writes several documents per
// transaction (db/load-writer.ts, write-batch.ts: a document still loads whole or not at all). A file
// that fails is reported and the others still load; shared nodes left without relationships are
// removed at the end. Where the time goes is reported (db/load-timing.ts).
import { basename } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { FtzError, InputError } from '../../../core/errors.ts';
import type { ManifestEntry } from '../types.ts';
import type { ParsedPlan } from '../parse-plan.ts';
import { listPlanFiles, manifestLookup } from '../read/files.ts';
import { claimIdentity, claimIds, conflictMessage, decideClaim, holdersOf, recordTwin } from './identity.ts';
import type { StoredHolder } from './identity.ts';
import { summarise } from './load-report.ts';
import type { FileReport, LoadReport } from './load-report.ts';
import { checkFiles, emptyReport, failure } from './load-files.ts';
import { connectionError } from './load-errors.ts';
import type { Checked, ToParse } from './load-files.ts';
import { phaseClock } from './load-timing.ts';
import type { PhaseClock } from './load-timing.ts';
import { batchWriter } from './load-writer.ts';
import type { BatchWriter } from './load-writer.ts';
import { foldLegacyRelationships, hasLegacyRelationships } from './migrate-evidence.ts';
import { defaultWorkers, parsePool } from './parse-pool.ts';
import type { ParsePool } from './parse-pool.ts';
import { pipelineFingerprint } from './pipeline.ts';
import { deleteOrphans } from './replace.ts';
import { refreshDerived } from './derived-store.ts';
import { similarityLinker } from './similar.ts';
import type { SimilarityLinker } from './similar.ts';
import { writeDocument } from './write-document.ts';
import { loadInBulk } from './bulk/choose.ts';
import type { LoadOptions } from './load-options.ts';

export type { FileReport, LoadProgress, LoadReport, ReportCounts } from './load-report.ts';
export type { BulkChoice, BulkMode, LoadOptions } from './load-options.ts';
export { writeDocument } from './write-document.ts';

/** files read and checked against the store per query */
const CHUNK_FILES = 50;
/** a load of one chunk whose files to parse hold at most this many bytes (~30 plans) parses them in
 *  this thread: starting a worker (loading the pipeline's modules in it, then warming the pipeline up:
 *  about a second of CPU) costs more than the parse it would take off this thread */
const IN_THREAD_BYTES = 1 << 20;

interface Run {
  driver: Driver;
  opts: LoadOptions;
  files: string[];
  clock: PhaseClock;
  pipeline: string;
  /** started on the load's first parse (a load with nothing to parse starts no worker) */
  pool: ParsePool | null;
  linker: SimilarityLinker;
  writer: BatchWriter;
  manifestOf: (path: string) => Promise<ManifestEntry | undefined>;
  report: (index: number, report: FileReport) => void;
  /** the file of each content (sha256) queued in this load: a later file of the same bytes is its twin */
  queued: Map<string, string>;
}

/** a file handed to the parser: its parse, and whether that has ended (set when it does) */
type Parsed = ToParse & { parsed: Promise<ParsedPlan | Error>; settled?: boolean };
type Chunk = (Checked | Parsed)[];

/** The pool, chosen when the first chunk's files to parse are known: a small load parses in this thread. */
function poolFor(run: Run, checked: Checked[]): ParsePool {
  if (run.pool) return run.pool;
  const bytes = checked.reduce((n, c) => n + ('bytes' in c ? c.bytes.length : 0), 0);
  const small = run.files.length <= CHUNK_FILES && bytes <= IN_THREAD_BYTES;
  run.pool = parsePool(run.opts.dicts, run.opts.workers ?? (small ? 0 : defaultWorkers()));
  return run.pool;
}

/** Reads and checks a chunk, then hands its files to the parse pool (the parses run on). */
async function startChunk(run: Run, first: number): Promise<Chunk> {
  const { driver, opts, clock } = run;
  const paths = run.files.slice(first, first + CHUNK_FILES).map((path, i) => ({ index: first + i, path }));
  const checked = await checkFiles(driver, paths, {
    pipeline: run.pipeline,
    clock,
    ...(opts.database ? { database: opts.database } : {}),
  });
  const chunk: Chunk = [];
  // something to parse: the stored copy groups are read meanwhile (the linker needs them next)
  if (checked.some((c) => 'bytes' in c)) run.linker.prefetch();
  for (const c of checked) {
    if ('report' in c) chunk.push(c);
    else {
      await opts.checkSpace?.(c.bytes.length);
      const manifest = await run.manifestOf(c.path).catch((error: unknown) => error as Error);
      const parsed =
        manifest instanceof Error
          ? Promise.resolve(manifest)
          : poolFor(run, checked)
              .parse({ bytes: c.bytes, file: c.file, ...(manifest ? { manifest } : {}) })
              .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      const item: Parsed = { ...c, parsed };
      void parsed.then(() => (item.settled = true));
      chunk.push(item);
    }
  }
  return chunk;
}

/** The stored holders of every id the chunk's plans may claim, read in one query. */
async function chunkHolders(run: Run, plans: ParsedPlan[]): Promise<Map<string, StoredHolder>> {
  const session = run.driver.session(run.opts.database ? { database: run.opts.database } : {});
  return run.clock
    .time('claim', () => session.executeRead((tx) => holdersOf(tx, plans.flatMap(claimIds))))
    .finally(() => session.close());
}

/** A plan's claim: from the chunk's holders, or (when a document of this load not yet written when they
 *  were read could hold its id) after the writer has drained, from its own query. */
async function claimOf(run: Run, parsed: ParsedPlan, holders: Map<string, StoredHolder>, unseen: Set<string>) {
  const replace = { replace: run.opts.replace ?? false };
  if (!claimIds(parsed).some((id) => unseen.has(id) || run.writer.holds(id)))
    return decideClaim(parsed, holders, replace);
  await run.writer.drain();
  const session = run.driver.session(run.opts.database ? { database: run.opts.database } : {});
  return run.clock
    .time('claim', () => session.executeRead((tx) => claimIdentity(tx, parsed, replace)))
    .finally(() => session.close());
}

/** A file of the same bytes as one queued earlier in this load: once that is written, its path joins
 *  that Document (as for a document loaded before). */
async function twinOfQueued(run: Run, c: ToParse): Promise<void> {
  await run.writer.drain();
  const database = run.opts.database;
  const twin = await run.clock.time('unchanged', () => recordTwin(run.driver, c.file, c.key, database));
  const base = emptyReport(c.file, c.started);
  if (!twin) {
    const error = `${c.file}: the same content as ${run.queued.get(c.key.sha256)}, which failed to load`;
    return run.report(c.index, { ...base, error });
  }
  const warnings = [`${c.file}: the same content as ${twin.file}; recorded as a second path of ${twin.id}`];
  run.report(c.index, { ...base, docId: twin.id, status: 'unchanged', warnings });
}

const ready = (c: Checked | Parsed): boolean => !('parsed' in c) || c.settled === true;

/** Claims, links and queues the files of a chunk in order, a run at a time: the next file once it is
 *  parsed, with the files after it that are parsed already. When parsing is ahead (workers) a run is
 *  the whole chunk; when it is behind (a small load parsed in this thread) the writer starts on the
 *  first files while the others parse. */
async function finishChunk(run: Run, chunk: Chunk): Promise<void> {
  for (let i = 0; i < chunk.length; ) {
    const next = chunk[i] as Checked | Parsed;
    if ('parsed' in next) await run.clock.time('parseWait', () => next.parsed);
    let end = i + 1;
    while (end < chunk.length && ready(chunk[end] as Checked | Parsed)) end++;
    await finishRun(run, chunk.slice(i, end));
    i = end;
  }
}

/** Claims, links and queues the parsed files of a run (all parsed); reports the others. */
async function finishRun(run: Run, chunk: Chunk): Promise<void> {
  const { clock } = run;
  const parsed = await Promise.all(chunk.map((c) => ('parsed' in c ? c.parsed : null)));
  const plans = parsed.filter((p): p is ParsedPlan => p !== null && !(p instanceof Error));
  const unseen = run.writer.held();
  const holders = plans.length > 0 ? await chunkHolders(run, plans) : new Map<string, StoredHolder>();
  for (const [i, c] of chunk.entries()) {
    run.opts.onProgress?.({ index: c.index, total: run.files.length, file: c.path });
    const plan = parsed[i];
    if ('report' in c) run.report(c.index, c.report);
    else if (plan instanceof Error) {
      if (plan instanceof FtzError && !(plan instanceof InputError)) throw plan;
      run.report(c.index, { ...emptyReport(c.file, c.started), error: failure(plan, c.file, c.path) });
    } else if (run.queued.has(c.key.sha256) && run.queued.get(c.key.sha256) !== c.file) {
      await twinOfQueued(run, c);
    } else if (plan) {
      run.queued.set(c.key.sha256, c.file);
      const claim = await claimOf(run, plan, holders, unseen);
      if (claim.kind === 'conflict') {
        const error = conflictMessage(c.file, claim.holder);
        run.report(c.index, { ...emptyReport(c.file, c.started), status: 'conflict', error });
        continue;
      }
      const claimed = claim.plan;
      const renamed =
        claimed.docId !== plan.docId
          ? [
              `${c.file}: another document holds ${plan.docId} (same title, other issuer or date); loaded as ${claimed.docId}`,
            ]
          : [];
      const similar = await clock.time('similar', () => run.linker.pairsFor(claimed));
      unseen.add(plan.docId).add(claimed.docId);
      await run.writer.add({
        index: c.index,
        doc: { plan: claimed, similar, files: claim.files },
        file: c.file,
        parsedId: plan.docId,
        started: c.started,
        warnings: [...renamed, ...claimed.warnings],
      });
    }
  }
}

/** Relationships written before the evidence lists are folded (db/migrate-evidence.ts); a store
 *  without them costs one read. */
async function migrate(driver: Driver, clock: PhaseClock, database?: string): Promise<void> {
  const session = driver.session(database ? { database } : {});
  await clock
    .time('migrate', async () => {
      if (await session.executeRead(hasLegacyRelationships)) await session.executeWrite(foldLegacyRelationships);
    })
    .finally(() => session.close());
}

/** Orphans out and the full-text index refreshed, when something was written. When nothing was, the
 *  stored counts are still completed (a store written before them, or a node left without them). */
async function finish(driver: Driver, clock: PhaseClock, docIds: string[], database?: string): Promise<number> {
  if (docIds.length === 0) {
    await clock.time('derived', () => refreshDerived(driver, { docIds, ...(database ? { database } : {}) }));
    return 0;
  }
  const session = driver.session(database ? { database } : {});
  try {
    const orphans = await clock.time('orphans', () => session.executeWrite(deleteOrphans));
    await clock.time('derived', () => refreshDerived(driver, { docIds, ...(database ? { database } : {}) }));
    await clock.time('fulltext', () => session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()'));
    return orphans;
  } finally {
    await session.close();
  }
}

async function runChunks(run: Run): Promise<void> {
  let next: Promise<Chunk> | null = startChunk(run, 0);
  for (let first = 0; next; first += CHUNK_FILES) {
    const chunk: Chunk = await next;
    next = first + CHUNK_FILES < run.files.length ? startChunk(run, first + CHUNK_FILES) : null;
    next?.catch(() => {}); // awaited on the next turn; no unhandled rejection if this chunk fails
    await finishChunk(run, chunk);
  }
  await run.writer.drain();
}

export async function loadPlans(driver: Driver, paths: string[], opts: LoadOptions): Promise<LoadReport> {
  const started = Date.now();
  const files = await listPlanFiles(paths);
  const bulk = opts.bulk ? await loadInBulk(driver, files, opts, opts.bulk) : null;
  if (bulk) return bulk;
  const besideOf = manifestLookup();
  const clock = phaseClock();
  const { database } = opts;
  const pipeline = await pipelineFingerprint(opts.dicts);
  const reports: FileReport[] = []; // in the order of the files
  const report = (index: number, fileReport: FileReport): void => {
    reports[index] = fileReport;
    opts.onProgress?.({ index, total: files.length, file: files[index] as string, report: fileReport });
  };
  const db = database ? { database } : {};
  const run: Run = {
    driver,
    opts,
    files,
    clock,
    pipeline,
    pool: null,
    linker: similarityLinker(driver, { ...db, pipeline }),
    // the manifest.json beside a file wins, else the given manifest; a broken one fails the files beside
    // it with its file and line (as `ftz extract` does)
    queued: new Map(),
    manifestOf: async (path) => (await besideOf(path)) ?? opts.manifest[basename(path)],
    report,
    writer: batchWriter(driver, {
      ...db,
      pipeline,
      clock,
      ...(opts.batchDocuments ? { batch: opts.batchDocuments } : {}),
      writeOne: (doc) => writeDocument(driver, doc.plan, { pipeline, similar: doc.similar, files: doc.files, ...db }),
      fatal: connectionError,
      report,
    }),
  };
  try {
    await migrate(driver, clock, database);
    await runChunks(run);
  } catch (error) {
    throw connectionError(error) ?? error;
  } finally {
    clock.ms.parse += run.pool?.parsedMs() ?? 0;
    await run.pool?.close();
  }
  const written = reports.flatMap((r) => (r.status === 'loaded' && r.docId ? [r.docId] : []));
  const orphans = await finish(driver, clock, written, database).catch((error: unknown) => {
    throw connectionError(error) ?? error;
  });
  return { ...summarise(reports, orphans, Date.now() - started), phases: clock.ms };
}
