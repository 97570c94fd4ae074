// The first stage of a load, for a chunk of files at once: read and hash each file, then one query
// for the stored Documents of all of them (the unchanged check) and one for documents of the same
// bytes under other paths (twins, recorded as a second path). What is left is to be parsed.
import type { Driver } from 'neo4j-driver';
import { documentFile, sha256Hex } from '../parse-plan.ts';
import { NotRegularFileError, readPlanFile } from '../read/files.ts';
import { recordTwin } from './identity.ts';
import type { FileReport } from './load-report.ts';
import type { PhaseClock } from './load-timing.ts';
import { storedDocuments } from './replace.ts';

export interface FileKey {
  sha256: string;
  pipeline: string;
}

export type Checked =
  | { index: number; path: string; file: string; report: FileReport }
  | { index: number; path: string; file: string; bytes: Uint8Array; key: FileKey; started: number };

export type ToParse = Extract<Checked, { bytes: Uint8Array }>;

export function emptyReport(file: string, started: number): FileReport {
  return {
    file,
    docId: null,
    status: 'failed',
    measures: 0,
    relationships: 0,
    error: null,
    warnings: [],
    understood: null,
    ms: Date.now() - started,
  };
}

export function failure(error: unknown, file: string, path: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return reason.includes(file) || reason.includes(path) ? reason : `${file}: ${reason}`;
}

async function readAll(paths: { index: number; path: string }[], pipeline: string, clock: PhaseClock) {
  return clock.time('read', () =>
    Promise.all(
      paths.map(async ({ index, path }): Promise<Checked> => {
        const started = Date.now();
        const file = documentFile(path);
        try {
          const bytes = await readPlanFile(path, file);
          return { index, path, file, bytes, key: { sha256: sha256Hex(bytes), pipeline }, started };
        } catch (error) {
          const status = error instanceof NotRegularFileError ? 'skipped' : 'failed';
          const report = { ...emptyReport(file, started), status, error: failure(error, file, path) } as const;
          return { index, path, file, report };
        }
      }),
    ),
  );
}

/** Files (with their position in the load) read, hashed and checked against the store. */
export async function checkFiles(
  driver: Driver,
  paths: { index: number; path: string }[],
  opts: { pipeline: string; database?: string; clock: PhaseClock },
): Promise<Checked[]> {
  const { clock, database } = opts;
  const read = await readAll(paths, opts.pipeline, clock);
  const toCheck = read.filter((c): c is ToParse => 'bytes' in c);
  const session = driver.session(database ? { database } : {});
  const { stored, twins } = await clock
    .time('unchanged', () =>
      session.executeRead(async (tx) => {
        const files = toCheck.map((c) => c.file);
        const stored = await storedDocuments(tx, files);
        const rows = toCheck.filter((c) => !stored.has(c.file)).map((c) => ({ file: c.file, sha256: c.key.sha256 }));
        const result = await tx.run(
          'UNWIND $rows AS row CALL (row) { MATCH (d:Document {sha256: row.sha256}) WHERE d.file <> row.file ' +
            'RETURN d.id AS id LIMIT 1 } RETURN row.file AS file',
          { rows },
        );
        return { stored, twins: new Set(result.records.map((r) => String(r.get('file')))) };
      }),
    )
    .finally(() => session.close());
  const checked: Checked[] = [];
  for (const c of read) {
    if (!('bytes' in c)) {
      checked.push(c);
      continue;
    }
    const same = stored.get(c.file);
    const base = emptyReport(c.file, c.started);
    if (same && same.sha256 === c.key.sha256 && same.pipeline === c.key.pipeline) {
      const { id: docId, measures, understood } = same;
      checked.push({ ...c, report: { ...base, docId, status: 'unchanged', measures, understood } });
      continue;
    }
    const twin = twins.has(c.file)
      ? await clock.time('unchanged', () => recordTwin(driver, c.file, c.key, database))
      : null;
    if (twin) {
      const warnings = [`${c.file}: the same content as ${twin.file}; recorded as a second path of ${twin.id}`];
      checked.push({ ...c, report: { ...base, docId: twin.id, status: 'unchanged', warnings } });
      continue;
    }
    checked.push(c);
  }
  return checked;
}
