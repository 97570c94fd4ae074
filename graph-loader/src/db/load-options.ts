// The options of a load (db/load.ts), in a file of their own so that the bulk path (db/bulk/), which
// load.ts calls, reads them without importing load.ts back.
import type { Dictionaries, Manifest } from '../types.ts';
import type { LoadProgress } from './load-report.ts';

export type BulkMode = 'auto' | 'always' | 'never';

export interface BulkChoice {
  mode: BulkMode;
  /** the data directory of the project-managed server; absent for a NEO4J_URI server */
  dataDir?: string;
}

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
  /** parse worker threads (0: parse in this thread); one less than the cores by default */
  workers?: number;
  /** documents written per transaction (db/load-writer.ts) */
  batchDocuments?: number;
  /** a first load into the empty project-managed store may use the bulk importer (db/bulk/choose.ts) */
  bulk?: BulkChoice;
  /** what the load says beside its report (the bulk importer used, or why it failed) */
  onNotice?: (line: string) => void;
}
