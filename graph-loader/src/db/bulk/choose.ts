// When a load goes through the bulk importer (bulk/bulk-load.ts) instead of transactions: the store is
// the project-managed one (the bundled server this project starts on 127.0.0.1, never a NEO4J_URI
// server), its `neo4j` database holds no node at all, and there are at least BULK_MIN_FILES files (below
// that, stopping and starting the server costs more than the transactions: measured in bench/). `--bulk`
// skips the count, `--no-bulk` never imports. A bulk load that fails before the new store has started
// says at which step and why, and the load goes on with transactions.
import type { Driver } from 'neo4j-driver';
import type { LoadReport } from '../load-report.ts';
import type { BulkChoice, LoadOptions } from '../load-options.ts';
import { bulkLoad } from './bulk-load.ts';
import { BulkImportError } from './import.ts';

/** files from which a load into an empty managed store is imported. The bulk path's fixed cost (the
 *  importer's JVM and its sampling of the CSV, stopping and starting the server, the schema and the
 *  derived counts over the full store) is about that of writing 200 plans with transactions:
 *  measured with `npm run bench -- --plans N --sizes N --load-only`, FTZ_BENCH_BULK=always against
 *  never, alternating, under a load average of 8–21 on 2 cores (07 Dec, bulk CSV in few files and the
 *  server stopped during the import): 100 plans 162 s against 140 s, 200 plans 151 s against 150 s,
 *  300 plans 120 s (load 8–11) against 297 s (load 16–19). */
export const BULK_MIN_FILES = 200;

async function isEmpty(driver: Driver, database?: string): Promise<boolean> {
  const session = driver.session(database ? { database } : {});
  try {
    const result = await session.run('MATCH (n) RETURN count(n) > 0 AS any LIMIT 1');
    return result.records[0]?.get('any') !== true;
  } finally {
    await session.close();
  }
}

/** Why this load is not imported (null: it is). */
async function notBulk(driver: Driver, files: number, opts: LoadOptions, choice: BulkChoice): Promise<string | null> {
  if (choice.mode === 'never') return 'not asked (--no-bulk)';
  if (!choice.dataDir) return 'the store is not the project-managed Neo4j (NEO4J_URI)';
  if (opts.database && opts.database !== 'neo4j') return `the database is ${opts.database}, not neo4j`;
  if (choice.mode === 'auto' && files < BULK_MIN_FILES) return `fewer than ${BULK_MIN_FILES} files`;
  if (!(await isEmpty(driver, opts.database))) return 'the store is not empty';
  return null;
}

/** The report of a bulk load, or null when this load is to be written with transactions. */
export async function loadInBulk(
  driver: Driver,
  files: string[],
  opts: LoadOptions,
  choice: BulkChoice,
): Promise<LoadReport | null> {
  const why = await notBulk(driver, files.length, opts, choice);
  if (why !== null) {
    if (choice.mode === 'always') opts.onNotice?.(`bulk import not used: ${why}; loading with transactions`);
    return null;
  }
  try {
    opts.onNotice?.(`loading ${files.length} files into the empty store with neo4j-admin database import`);
    return await bulkLoad(driver, files, { ...opts, dataDir: choice.dataDir as string });
  } catch (error) {
    if (!(error instanceof BulkImportError)) throw error;
    opts.onNotice?.(`${error.message}; the store is as it was, loading with transactions instead`);
    return null;
  }
}
