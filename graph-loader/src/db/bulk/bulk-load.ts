// A first load into an empty, project-managed store through Neo4j's bulk importer instead of
// transactions (issue 10): the files are parsed and decided as a transactional load decides them and
// the graph it would write is built in memory (bulk/plan-image.ts), written as typed CSV
// (bulk/csv-files.ts) and imported (bulk/import.ts: staged, then swapped in while the server is
// stopped). What a transactional load does to the whole graph after its writes (orphans out, the counts
// that span documents) is done on the image before the CSV (bulk/derived-image.ts); after the import
// come the schema (cypher/schema.cypher), what the import cannot carry (empty lists: bulk/fixups.ts)
// and every index online but the full-text one, which fills on after the load returns (see
// afterImport). The report is the transactional load's, with the bulk phases beside it and how far
// the full-text index is.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { serverFiles } from '../../../../database/paths.ts';
import { listPlanFiles, manifestLookup } from '../../read/files.ts';
import type { FileReport, LoadReport } from '../load-report.ts';
import { summarise } from '../load-report.ts';
import { phaseClock } from '../load-timing.ts';
import type { PhaseClock } from '../load-timing.ts';
import type { LoadOptions } from '../load-options.ts';
import { defaultWorkers, parsePool } from '../parse-pool.ts';
import { pipelineFingerprint } from '../pipeline.ts';
import { SCHEMA_FILE, splitStatements } from '../schema.ts';
import { similarityLinker } from '../similar.ts';
import { writeCsvFiles } from './csv-files.ts';
import { planFixups, setFixups } from './fixups.ts';
import type { FixupPlan } from './fixups.ts';
import { dropOrphans, setSharedCounts } from './derived-image.ts';
import { BulkImportError, importIntoStore } from './import.ts';
import { buildImage } from './plan-image.ts';

/** The bulk phases, seconds: `build` (read, parse, decide, link, the graph in memory), `counts`
 *  (orphans out of the image and the counts that span documents set in it), `csv`, the importer, the
 *  server's stop (while `csv` and `import` run: not added to the wall time) and start, the schema,
 *  `derived` (what is set after the import: the lists CSV cannot hold), every index online. */
export type BulkPhases = Record<
  'build' | 'counts' | 'csv' | 'import' | 'stop' | 'start' | 'schema' | 'derived' | 'indexes',
  number
>;

const seconds = async <T>(phases: BulkPhases, key: keyof BulkPhases, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await work();
  } finally {
    phases[key] += (performance.now() - started) / 1000;
  }
};

/** cypher/schema.cypher's statements but the full-text indexes, not waiting for the indexes: each
 *  constraint on its own (its index is online when the statement returns: the id lookups of the
 *  fix-ups use them), then the other indexes in one transaction, so that one population job fills them
 *  in one scan of the store. Returns the full-text index statements, for afterImport to run last. */
async function createSchema(driver: Driver): Promise<string[]> {
  const statements = splitStatements(await readFile(SCHEMA_FILE, 'utf8'));
  const constraint = (s: string): boolean => /^CREATE\s+CONSTRAINT\b/i.test(s);
  const fullText = (s: string): boolean => /^CREATE\s+FULLTEXT\b/i.test(s);
  const session = driver.session();
  try {
    for (const statement of statements.filter(constraint)) await session.run(statement);
    await session.executeWrite(async (tx) => {
      for (const statement of statements.filter((s) => !constraint(s) && !fullText(s))) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
  return statements.filter(fullText);
}

/** The schema but the full-text index, the fix-ups (label-wide, then by id on the constraints'
 *  indexes) while the range indexes fill, every range index online, and then the full-text index
 *  created: it fills in a population job of its own, from the final data, after the load returns.
 *  It is about half of Neo4j's work after the import; everything else answers meanwhile, search says
 *  how far it is (query-service/explore/search-index.ts) and the next load waits for it (applySchema).
 *  In one job with the range indexes it would hold them back until it is done. Returns how far it is
 *  (100: online). */
export async function afterImport(driver: Driver, plan: FixupPlan, phases: BulkPhases): Promise<number> {
  await driver.verifyConnectivity();
  const fullText = await seconds(phases, 'schema', () => createSchema(driver));
  await seconds(phases, 'derived', () => setFixups(driver, plan));
  return seconds(phases, 'indexes', async () => {
    const session = driver.session();
    try {
      await session.run('CALL db.awaitIndexes($seconds)', { seconds: 600 });
      await session.executeWrite(async (tx) => {
        for (const statement of fullText) await tx.run(statement);
      });
      const now = await session.run(
        "SHOW INDEXES YIELD type, populationPercent WHERE type = 'FULLTEXT' RETURN min(populationPercent) AS percent",
      );
      return Number(now.records[0]?.get('percent') ?? 100);
    } finally {
      await session.close();
    }
  });
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface BulkOptions {
  /** the data directory of the project-managed server (its store is replaced) */
  dataDir: string;
}

/** Loads `paths` into the empty managed store with the bulk importer. Throws BulkImportError (store
 *  unchanged, server running) or BulkUnsupportedError before anything is written. */
export async function bulkLoad(
  driver: Driver,
  paths: string[],
  opts: LoadOptions & BulkOptions,
): Promise<LoadReport & { bulk: BulkPhases }> {
  const started = Date.now();
  const files = await listPlanFiles(paths);
  const clock: PhaseClock = phaseClock();
  const phases: BulkPhases = {
    build: 0,
    counts: 0,
    csv: 0,
    import: 0,
    stop: 0,
    start: 0,
    schema: 0,
    derived: 0,
    indexes: 0,
  };
  const pipeline = await pipelineFingerprint(opts.dicts);
  const reports: FileReport[] = [];
  const report = (index: number, fileReport: FileReport): void => {
    reports[index] = fileReport;
    opts.onProgress?.({ index, total: files.length, file: files[index] as string, report: fileReport });
  };
  const besideOf = manifestLookup();
  const pool = parsePool(opts.dicts, opts.workers ?? Math.max(2, defaultWorkers()));
  const linker = similarityLinker(driver, { pipeline });
  const staging = await mkdtemp(join(serverFiles(opts.dataDir).store, '..', '.ftz-bulk-'));
  try {
    const before = (step: string) => (error: unknown) => {
      throw error instanceof BulkImportError ? error : new BulkImportError(step, reason(error), { cause: error });
    };
    const image = await seconds(phases, 'build', () =>
      buildImage(
        {
          pool,
          linker,
          clock,
          pipeline,
          replace: opts.replace ?? false,
          manifestOf: async (path) => (await besideOf(path)) ?? opts.manifest[basename(path)],
          report,
        },
        files,
      ),
    )
      .finally(() => {
        clock.ms.parse += pool.parsedMs();
        return pool.close();
      })
      .catch(before('parse'));
    const orphans = await seconds(phases, 'counts', async () => {
      const removed = dropOrphans(image); // as a load deletes them before it counts
      setSharedCounts(image);
      return removed;
    });
    const { csv, times } = await importIntoStore(opts.dataDir, staging, () => writeCsvFiles(image, staging));
    Object.assign(phases, times);
    const searchIndexed = await afterImport(driver, planFixups(image, csv.fixups), phases);
    return {
      ...summarise(reports, orphans, Date.now() - started),
      phases: clock.ms,
      bulk: phases,
      ...(searchIndexed < 100 ? { searchIndexed } : {}),
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
