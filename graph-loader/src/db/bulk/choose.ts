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
 *  importer's JVM, stopping and starting the server, the schema built on a full store) is about that
 *  of writing 100–200 plans with transactions: measured side by side with bench/bulk-import.ts
 *  (20 plans: 114 s against 40–56 s; 100 plans: 293 s against 236 s, both under a load average of
 *  ~20; quiet, 100 plans load with transactions in 22 s and 1,000 in 403 s). */
export const BULK_MIN_FILES = 150;

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
