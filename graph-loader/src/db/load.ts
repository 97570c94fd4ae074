// Loads plan files into Neo4j: read bytes → parsePlan → one write transaction per document (delete
// what the document wrote before, then write its fragment and its SIMILAR_TO pairs). Unchanged files (same sha256 for the same
// file, parsed by the same pipeline code and dictionaries) are skipped; the same content under a second path
// is one Document with both paths; a file claiming another file's document is a conflict (identity.ts);
// pipes, sockets and devices are skipped unopened; a file that fails is reported and the others still load;
// shared nodes left without relationships are removed at the end.
import { basename } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { FtzError, InputError, Neo4jUnavailableError } from '../../../core/errors.ts';
import type { Dictionaries, Manifest, ManifestEntry } from '../types.ts';
import { documentFile, parsePlan, sha256Hex } from '../parse-plan.ts';
import type { ParsedPlan } from '../parse-plan.ts';
import { listPlanFiles, manifestLookup, NotRegularFileError, readPlanFile } from '../read/files.ts';
import { claimIdentity, conflictMessage, recordFiles, recordTwin } from './identity.ts';
import { reportCounts, summarise } from './load-report.ts';
import type { FileReport, LoadProgress, LoadReport } from './load-report.ts';
import { pipelineFingerprint } from './pipeline.ts';
import { deleteDocumentData, deleteOrphans, previousDocIds, storedDocument } from './replace.ts';
import type { StoredDocument } from './replace.ts';
import { similarityLinker, writeSimilar } from './similar.ts';
import type { SimilarityLinker } from './similar.ts';
import type { SimilarPair } from '../similar/index.ts';
import { writeFragment } from './write.ts';
import { writeBatch } from './write-batch.ts';
import { foldLegacyRelationships } from './migrate-evidence.ts';
import type { PreparedDocument, WrittenDocument } from './write-batch.ts';

export type { FileReport, LoadProgress, LoadReport, ReportCounts } from './load-report.ts';

export interface LoadOptions {
  dicts: Dictionaries;
  manifest: Manifest;
  onProgress?: (progress: LoadProgress) => void;
  database?: string;
  /** a file whose document another file holds takes its place instead of being reported as a conflict */
  replace?: boolean;
  /** called with a file's size before it is written; throws (DiskSpaceError) to stop the load while the
   *  store still has room, so Neo4j never runs out of disk in the middle of a transaction */
  checkSpace?: (bytes: number) => Promise<void>;
}

/** Writes one parsed document in a single transaction: old data of the document out, new data in;
 *  `pipeline` (the fingerprint of the code and dictionaries that parsed it) is stored on the Document;
 *  `similar` pairs (its measures with other documents', db/similar.ts) become SIMILAR_TO. */
export async function writeDocument(
  driver: Driver,
  plan: ParsedPlan,
  opts: { database?: string; pipeline?: string; similar?: readonly SimilarPair[]; files?: string[] } = {},
): Promise<{ measures: number; relationships: number; similar: number; warnings: string[] }> {
  const session = driver.session(opts.database ? { database: opts.database } : {});
  try {
    const counts = await session.executeWrite(async (tx) => {
      await deleteDocumentData(tx, await previousDocIds(tx, plan.file, plan.docId), plan.docId);
      const written = await writeFragment(tx, plan.fragment);
      await tx.run('MATCH (d:Document {id: $id}) SET d.pipeline = $pipeline', {
        id: plan.docId,
        pipeline: opts.pipeline ?? null,
      });
      await recordFiles(tx, plan.docId, plan.file, opts.files ?? [plan.file]);
      return { ...written, similar: opts.similar?.length ? await writeSimilar(tx, opts.similar) : 0 };
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

/** The stored Document of this file if it was loaded from the same bytes by the same pipeline. */
async function unchanged(
  driver: Driver,
  file: string,
  key: { sha256: string; pipeline: string },
  database?: string,
): Promise<StoredDocument | null> {
  const session = driver.session(database ? { database } : {});
  try {
    const stored = await session.executeRead((tx) => storedDocument(tx, file));
    return stored && stored.sha256 === key.sha256 && stored.pipeline === key.pipeline ? stored : null;
  } finally {
    await session.close();
  }
}

type FileInput = {
  path: string;
  manifest: () => Promise<ManifestEntry | undefined>;
  pipeline: string;
  linker: SimilarityLinker;
};

/** Errors that concern the connection, not the file: the load stops instead of failing every file. */
function connectionError(error: unknown): Neo4jUnavailableError | null {
  if (!(error instanceof Neo4jError)) return null;
  const { code } = error;
  const diskFull = /no space left|disk (is )?full|ENOSPC/i.test(error.message);
  const fatal =
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.ClientError.Security.') ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    diskFull;
  if (!fatal) return null;
  const hint = diskFull ? ' (the disk of the store is full: free space, then `ftz db stop` and `ftz db start`)' : '';
  return new Neo4jUnavailableError(`cannot load into Neo4j: ${error.message.split('\n')[0]}${hint}`, {
    cause: error,
  });
}

type Prepared =
  | { report: FileReport }
  | { doc: PreparedDocument; file: string; parsedId: string; started: number; warnings: string[] };

/** Reads, checks and parses one file: its final report (unchanged, failed) or a document to write. */
async function prepareFile(
  driver: Driver,
  input: FileInput,
  opts: LoadOptions,
  /** writes the pending batch when one of its documents could hold this identity; true when it did */
  beforeClaim: (parsed: ParsedPlan) => Promise<boolean>,
): Promise<Prepared> {
  const started = Date.now();
  const file = documentFile(input.path);
  const base = {
    file,
    docId: null,
    measures: 0,
    relationships: 0,
    error: null,
    warnings: [] as string[],
    understood: null,
  };
  const db = opts.database ? { database: opts.database } : {};
  try {
    const bytes = await readPlanFile(input.path, file);
    const key = { sha256: sha256Hex(bytes), pipeline: input.pipeline };
    const same = await unchanged(driver, file, key, opts.database);
    if (same)
      return {
        report: {
          ...base,
          docId: same.id,
          status: 'unchanged',
          measures: same.measures,
          understood: same.understood,
          ms: Date.now() - started,
        },
      };
    const twinReport = async (): Promise<Prepared | null> => {
      const twin = await recordTwin(driver, file, key, opts.database);
      if (!twin) return null;
      const warnings = [`${file}: the same content as ${twin.file}; recorded as a second path of ${twin.id}`];
      return { report: { ...base, docId: twin.id, status: 'unchanged', warnings, ms: Date.now() - started } };
    };
    const twin = await twinReport();
    if (twin) return twin;
    await opts.checkSpace?.(bytes.length);
    const manifest = await input.manifest();
    const parsed = parsePlan({ bytes, file, dicts: opts.dicts, ...(manifest ? { manifest } : {}) });
    // a document of the pending batch that could claim the same identity is written first (and may
    // be this file's twin)
    if (await beforeClaim(parsed)) {
      const written = await twinReport();
      if (written) return written;
    }
    const session = driver.session(db);
    const claim = await session
      .executeRead((tx) => claimIdentity(tx, parsed, { replace: opts.replace ?? false }))
      .finally(() => session.close());
    if (claim.kind === 'conflict')
      return {
        report: { ...base, status: 'conflict', error: conflictMessage(file, claim.holder), ms: Date.now() - started },
      };
    const plan = claim.plan;
    const renamed =
      plan.docId !== parsed.docId
        ? [
            `${file}: another document holds ${parsed.docId} (same title, other issuer or date); loaded as ${plan.docId}`,
          ]
        : [];
    return {
      doc: { plan, similar: await input.linker.pairsFor(plan), files: claim.files },
      file,
      parsedId: parsed.docId,
      started,
      warnings: [...renamed, ...plan.warnings],
    };
  } catch (error) {
    const unavailable = connectionError(error);
    if (unavailable) throw unavailable;
    if (error instanceof FtzError && !(error instanceof InputError)) throw error; // disk space: stop the load
    const status = error instanceof NotRegularFileError ? 'skipped' : 'failed';
    return { report: { ...base, status, error: failure(error, file, input.path), ms: Date.now() - started } };
  }
}

function failure(error: unknown, file: string, path: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return reason.includes(file) || reason.includes(path) ? reason : `${file}: ${reason}`;
}

type Pending = Extract<Prepared, { doc: PreparedDocument }>;

/** Writes the pending documents (several per transaction, db/write-batch.ts) and reports each. */
async function flush(driver: Driver, pending: Pending[], pipeline: string, opts: LoadOptions): Promise<FileReport[]> {
  const database = opts.database ? { database: opts.database } : {};
  const writeOne = (doc: PreparedDocument): Promise<WrittenDocument> =>
    writeDocument(driver, doc.plan, { pipeline, similar: doc.similar, files: doc.files, ...database });
  const isFatal = (error: unknown): boolean => connectionError(error) !== null;
  let results: (WrittenDocument | Error)[];
  try {
    results = await writeBatch(
      driver,
      pending.map((p) => p.doc),
      { pipeline, writeOne, isFatal, ...database },
    );
  } catch (error) {
    throw connectionError(error) ?? error;
  }
  return pending.map((p, i) => {
    const result = results[i] as WrittenDocument | Error;
    const base = { file: p.file, docId: p.doc.plan.docId, ms: Date.now() - p.started };
    if (result instanceof Error)
      return {
        ...base,
        docId: null,
        status: 'failed',
        measures: 0,
        relationships: 0,
        warnings: [],
        understood: null,
        error: failure(result, p.file, p.file),
      };
    const { measures, relationships } = result;
    return {
      ...base,
      status: 'loaded',
      measures,
      relationships,
      error: null,
      warnings: [...p.warnings, ...result.warnings],
      understood: p.doc.plan.report ? reportCounts(p.doc.plan.report) : null,
    };
  });
}

/** documents written per transaction */
const BATCH_DOCUMENTS = 10;

export async function loadPlans(driver: Driver, paths: string[], opts: LoadOptions): Promise<LoadReport> {
  const started = Date.now();
  const files = await listPlanFiles(paths);
  const besideOf = manifestLookup();
  // the manifest.json beside a file wins, else the given manifest; a broken one fails the files beside
  // it with its file and line (as `ftz extract` does)
  const manifestOf = async (path: string): Promise<ManifestEntry | undefined> =>
    (await besideOf(path)) ?? opts.manifest[basename(path)];
  const pipeline = await pipelineFingerprint(opts.dicts);
  const linker = similarityLinker(driver, opts.database ? { database: opts.database } : {});
  const migration = driver.session(opts.database ? { database: opts.database } : {});
  await migration
    .executeWrite(foldLegacyRelationships)
    .catch((error: unknown) => {
      throw connectionError(error) ?? error;
    })
    .finally(() => migration.close());
  const reports: FileReport[] = []; // in the order of the files
  let pending: (Pending & { index: number })[] = [];
  const report = (index: number, path: string, fileReport: FileReport): void => {
    reports[index] = fileReport;
    opts.onProgress?.({ index, total: files.length, file: path, report: fileReport });
  };
  const flushPending = async (): Promise<void> => {
    const written = await flush(driver, pending, pipeline, opts);
    pending.forEach((p, i) => report(p.index, files[p.index] as string, written[i] as FileReport));
    pending = [];
  };
  for (const [index, path] of files.entries()) {
    opts.onProgress?.({ index, total: files.length, file: path });
    const prepared = await prepareFile(
      driver,
      { path, manifest: () => manifestOf(path), pipeline, linker },
      opts,
      async (parsed) => {
        if (!pending.some((p) => p.parsedId === parsed.docId || p.doc.plan.docId === parsed.docId)) return false;
        await flushPending();
        return true;
      },
    );
    if ('report' in prepared) report(index, path, prepared.report);
    else pending.push({ ...prepared, index });
    if (pending.length >= BATCH_DOCUMENTS) await flushPending();
  }
  if (pending.length > 0) await flushPending();
  const session = driver.session(opts.database ? { database: opts.database } : {});
  try {
    const orphans = await session.executeWrite(deleteOrphans);
    await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
    return summarise(reports, orphans, Date.now() - started);
  } finally {
    await session.close();
  }
}
