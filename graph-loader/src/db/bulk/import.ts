// Putting a GraphImage into the project-managed store with Neo4j's bulk importer: the CSV is written
// and `neo4j-admin database import full` builds a staging store beside the live one while the idle
// server stops (the importer does not need it; the two overlap), then the staged `neo4j` database (its
// store and transaction folders) takes the place of the empty one, and the server is started again on
// the same port (held meanwhile, so that nothing else takes it). The replaced folders are kept until
// the new store has started; if the CSV or the import fails, nothing of the store was touched and the
// server is started on it again, and if the swap or the start fails, the old folders are put back and
// the server started as it was.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { FtzError } from '../../../../core/errors.ts';
import { DATABASE, importDatabase } from '../../../../database/admin-tool.ts';
import { serverFiles } from '../../../../database/paths.ts';
import { readState } from '../../../../database/server-state.ts';
import { startBundledNeo4j, stopBundledNeo4j } from '../../../../database/server.ts';
import { ARRAY_DELIMITER, ID_TYPE } from './csv-files.ts';
import type { CsvFiles } from './csv-files.ts';

/** A step of the bulk path that failed, named (`csv`, `import`, `stop`, `swap`, `start`), with why. */
export class BulkImportError extends FtzError {
  constructor(
    readonly step: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`bulk import failed at '${step}': ${message}`, options);
  }
}

export interface ImportTimes {
  csv: number;
  import: number;
  stop: number;
  start: number;
}

/** The `neo4j` database's folders under a data/ folder. */
const folders = (data: string): string[] => [join(data, 'databases', DATABASE), join(data, 'transactions', DATABASE)];

async function move(from: string[], to: string[]): Promise<void> {
  for (const [i, src] of from.entries()) {
    const dst = to[i] as string;
    if (!(await stat(src).catch(() => null))) continue;
    await mkdir(join(dst, '..'), { recursive: true });
    await rename(src, dst);
  }
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function timed<T>(times: ImportTimes, step: keyof ImportTimes, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } catch (error) {
    throw error instanceof BulkImportError ? error : new BulkImportError(step, reason(error), { cause: error });
  } finally {
    times[step] += (performance.now() - started) / 1000;
  }
}

/** Stops the server of `dataDir`; a server that does not stop cleanly is started again and the
 *  step fails (a killed server would recover its store on the next start). */
async function stopServer(dataDir: string, port: number): Promise<void> {
  const stopped = await stopBundledNeo4j(dataDir);
  if (!stopped.stopped || stopped.message.includes('killed')) {
    await startBundledNeo4j({ dataDir, port });
    throw new Error(stopped.message);
  }
}

/** Listens on the stopped server's port until it starts again, so that no other server (another
 *  `ftz` whose default port is taken, a bench) takes it meanwhile; returns the release. A port
 *  already taken is left alone (the start then says so). */
async function holdPort(host: string, port: number): Promise<() => Promise<void>> {
  const server = createServer((socket) => socket.destroy());
  const held = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, host, () => resolve(true));
  });
  return () => (held ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve());
}

/** Writes the CSV (`writeCsv`, into `staging`) and imports it into a staging store while the idle
 *  server of `dataDir` stops (the importer does not need it), then swaps the staged store in and
 *  starts the server again. A failure before the swap starts the server on its untouched store. */
export async function importIntoStore(
  dataDir: string,
  staging: string,
  writeCsv: () => Promise<CsvFiles>,
): Promise<{ csv: CsvFiles; times: ImportTimes }> {
  const times: ImportTimes = { csv: 0, import: 0, stop: 0, start: 0 };
  const state = await readState(dataDir);
  if (state.kind !== 'running') throw new BulkImportError('stop', `no bundled Neo4j is running for ${dataDir}`);
  const { host, port } = state.state;
  const staged = join(staging, 'data');
  const stopping = timed(times, 'stop', async () => {
    await stopServer(dataDir, port);
    return holdPort(host, port);
  });
  const importing = (async () => {
    const csv = await timed(times, 'csv', writeCsv);
    await timed(times, 'import', () => importCsv(staged, staging, csv));
    return csv;
  })();
  const [stop, imported] = await Promise.allSettled([stopping, importing]);
  if (stop.status === 'rejected') throw stop.reason;
  await stop.value();
  if (imported.status === 'rejected') {
    await startBundledNeo4j({ dataDir, port });
    throw imported.reason;
  }
  await swapAndStart(dataDir, staging, port, times);
  return { csv: imported.value, times };
}

/** `neo4j-admin database import full` of `csv` into the store folder `staged`, its report in `staging`;
 *  the importer's output. */
export function importCsv(staged: string, staging: string, csv: CsvFiles): Promise<string> {
  return importDatabase(staged, {
    nodes: csv.nodes,
    relationships: csv.relationships,
    multiline: csv.multiline,
    arrayDelimiter: ARRAY_DELIMITER,
    idType: ID_TYPE,
    reportFile: join(staging, 'import.report'),
  });
}

/** The staged store in place of the live one (kept until the server has started on it). */
async function swapAndStart(dataDir: string, staging: string, port: number, times: ImportTimes): Promise<void> {
  const live = folders(serverFiles(dataDir).store);
  const kept = folders(join(staging, 'replaced'));
  try {
    await move(live, kept);
    await move(folders(join(staging, 'data')), live);
  } catch (error) {
    await move(kept, live).catch(() => {});
    await startBundledNeo4j({ dataDir, port }).catch(() => {});
    throw new BulkImportError('swap', reason(error), { cause: error });
  }
  await timed(times, 'start', async () => {
    try {
      await startBundledNeo4j({ dataDir, port });
    } catch (error) {
      await stopBundledNeo4j(dataDir).catch(() => {});
      for (const dir of live) await rm(dir, { recursive: true, force: true });
      await move(kept, live);
      await startBundledNeo4j({ dataDir, port });
      throw error;
    }
  });
}
