// The first half of a bulk load: every file read and parsed (the load's parse pool and workers), then,
// in file order, as a transactional load into an empty store decides them — a file of the same bytes
// as an earlier one is a second path of its Document, a claim on an id another file of this load
// holds is decided by identity.ts (renamed, or a conflict), the similarity linker pairs its measures
// with the earlier documents' (db/similar.ts) — and written into a GraphImage in the transactional
// writer's batches (bulk/image-writer.ts). Reports per file as the transactional load gives them.
import { FtzError, InputError } from '../../../../core/errors.ts';
import type { ParsedPlan } from '../../parse-plan.ts';
import { documentFile, sha256Hex } from '../../parse-plan.ts';
import { NotRegularFileError, readPlanFile } from '../../read/files.ts';
import type { ManifestEntry } from '../../types.ts';
import { claimIds, conflictMessage, decideClaim, identityKey } from '../identity.ts';
import type { StoredHolder } from '../identity.ts';
import { emptyReport, failure } from '../load-files.ts';
import { reportCounts } from '../load-report.ts';
import type { FileReport } from '../load-report.ts';
import type { PhaseClock } from '../load-timing.ts';
import type { ParsePool } from '../parse-pool.ts';
import type { SimilarityLinker } from '../similar.ts';
import { GraphImage } from './graph-image.ts';
import { imageWriter } from './image-writer.ts';
import type { ImageWriter } from './image-writer.ts';

/** A case the bulk path does not replay (a document replacing another of the same load): the load
 *  goes the transactional way. */
export class BulkUnsupportedError extends FtzError {}

/** files per chunk of the transactional load (load.ts CHUNK_FILES): its drains follow them */
const CHUNK_FILES = 50;

export interface ImageRun {
  pool: ParsePool;
  linker: SimilarityLinker;
  clock: PhaseClock;
  pipeline: string;
  replace: boolean;
  manifestOf: (path: string) => Promise<ManifestEntry | undefined>;
  report: (index: number, report: FileReport) => void;
}

type Read = { path: string; file: string; started: number } & (
  { bytes: Uint8Array; sha256: string; parsed: Promise<ParsedPlan | Error> } | { report: FileReport }
);

async function readAndParse(run: ImageRun, path: string): Promise<Read> {
  const started = Date.now();
  const file = documentFile(path);
  try {
    const bytes = await run.clock.time('read', () => readPlanFile(path, file));
    const manifest = await run.manifestOf(path);
    const parsed = run.pool
      .parse({ bytes, file, ...(manifest ? { manifest } : {}) })
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    return { path, file, started, bytes, sha256: sha256Hex(bytes), parsed };
  } catch (error) {
    const status = error instanceof NotRegularFileError ? 'skipped' : 'failed';
    return {
      path,
      file,
      started,
      report: { ...emptyReport(file, started), status, error: failure(error, file, path) },
    };
  }
}

/** The stored holder of an id, as holdersOf reads it from the Document. */
function holderIn(image: GraphImage, id: string): StoredHolder | null {
  const d = image.nodes.get(id);
  if (!d || !d.labels.includes('Document')) return null;
  const file = String(d.props['file'] ?? '');
  const files = Array.isArray(d.props['files']) ? (d.props['files'] as string[]) : [file];
  const sha256 = typeof d.props['sha256'] === 'string' ? d.props['sha256'] : null;
  return { id, file, files, sha256, identity: identityKey(d.props) };
}

interface State {
  image: GraphImage;
  writer: ImageWriter;
  /** the file of each content in this load, and its document id once claimed */
  queued: Map<string, { file: string; docId: string | null }>;
  /** ids queued since the current chunk started (or pending then): a claim on them drains first */
  unseen: Set<string>;
}

function twin(run: ImageRun, s: State, r: Read & { sha256: string }, index: number): void {
  s.writer.drain();
  const first = s.queued.get(r.sha256) as { file: string; docId: string | null };
  const holder = first.docId ? holderIn(s.image, first.docId) : null;
  const base = emptyReport(r.file, r.started);
  if (!holder)
    return run.report(index, { ...base, error: `${r.file}: the same content as ${first.file}, which failed to load` });
  s.image.recordFiles([{ docId: holder.id, file: r.file, files: [...new Set([...holder.files, r.file])] }]);
  const warnings = [`${r.file}: the same content as ${holder.file}; recorded as a second path of ${holder.id}`];
  run.report(index, { ...base, docId: holder.id, status: 'unchanged', warnings });
}

async function claim(run: ImageRun, s: State, r: Read, plan: ParsedPlan, index: number): Promise<void> {
  const ids = claimIds(plan);
  if (ids.some((id) => s.unseen.has(id) || s.writer.pending().has(id))) s.writer.drain();
  const holders = new Map(ids.flatMap((id) => (holderIn(s.image, id) ? [[id, holderIn(s.image, id)!] as const] : [])));
  const decided = decideClaim(plan, holders, { replace: run.replace });
  if (decided.kind === 'conflict') {
    const error = conflictMessage(r.file, decided.holder);
    return run.report(index, { ...emptyReport(r.file, r.started), status: 'conflict', error });
  }
  const claimed = decided.plan;
  if (s.image.nodes.get(claimed.docId)?.labels.includes('Document') || s.writer.pending().has(claimed.docId))
    throw new BulkUnsupportedError(`${r.file} replaces ${claimed.docId}, which another file of this load holds`);
  const renamed =
    claimed.docId !== plan.docId
      ? [
          `${r.file}: another document holds ${plan.docId} (same title, other issuer or date); loaded as ${claimed.docId}`,
        ]
      : [];
  const similar = await run.clock.time('similar', () => run.linker.pairsFor(claimed));
  s.unseen.add(plan.docId).add(claimed.docId);
  (s.queued.get(plan.sha256) as { docId: string | null }).docId = claimed.docId;
  s.writer.add({ plan: claimed, similar, files: decided.files }, (written) =>
    run.report(index, {
      file: r.file,
      docId: claimed.docId,
      status: 'loaded',
      measures: written.measures,
      relationships: written.relationships,
      ms: Date.now() - r.started,
      error: null,
      warnings: [...renamed, ...claimed.warnings, ...written.warnings],
      understood: claimed.report ? reportCounts(claimed.report) : null,
    }),
  );
}

/** One turn of the event loop: when the parses run ahead, every await below resolves at once, and
 *  without this turn the workers' answers (and their next jobs) wait until the whole load is linked. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Reads, parses and decides every file, in order; returns the image of what a load would write. */
export async function buildImage(run: ImageRun, files: string[]): Promise<GraphImage> {
  const image = new GraphImage();
  const s: State = { image, writer: imageWriter(image, run.pipeline), queued: new Map(), unseen: new Set() };
  const reads: Promise<Read>[] = [];
  for (const path of files) reads.push(readAndParse(run, path));
  for (const [index, pending] of reads.entries()) {
    if (index % CHUNK_FILES === 0) s.unseen = s.writer.pending();
    await nextTurn();
    const r = await pending;
    if ('report' in r) {
      run.report(index, r.report);
      continue;
    }
    const plan = await run.clock.time('parseWait', () => r.parsed);
    if (plan instanceof Error) {
      if (plan instanceof FtzError && !(plan instanceof InputError)) throw plan;
      run.report(index, { ...emptyReport(r.file, r.started), error: failure(plan, r.file, r.path) });
    } else if (s.queued.has(r.sha256) && s.queued.get(r.sha256)?.file !== r.file) {
      twin(run, s, r, index);
    } else {
      s.queued.set(r.sha256, { file: r.file, docId: null });
      await claim(run, s, r, plan, index);
    }
  }
  s.writer.drain();
  return image;
}
