// What `loadPlans` reports per file and in total; the CLI prints it as a table.
import type { UnderstandingReport } from '../../../core/model.ts';
import type { PhaseTimes } from './load-timing.ts';

/** skipped: not a regular file (a pipe, socket, device or folder), never opened; conflict: claims a
 *  document another file holds (error names both paths) and was not written */
export type FileStatus = 'loaded' | 'unchanged' | 'failed' | 'skipped' | 'conflict';

/** The counts of a document's understanding report (the Document's measureCount, measuresWithLead,
 *  measuresWithDeadline, unreadCount). */
export interface ReportCounts {
  measures: number;
  withLead: number;
  withDeadline: number;
  unread: number;
  warnings: string[]; // the report's: no structure found and why, no header found
}

export function reportCounts(r: UnderstandingReport): ReportCounts {
  const { measures, withLead, withDeadline, warnings } = r;
  return { measures, withLead, withDeadline, unread: r.notUnderstood.length, warnings };
}

/** "88 measures · 92% led · 40% due · 3 unread": the load summary's column. */
export function reportLine(r: ReportCounts | null): string {
  if (!r) return '';
  if (r.measures === 0) return `no measures · ${r.unread} unread`;
  const pct = (n: number): string => `${Math.round((100 * n) / r.measures)}%`;
  return `${r.measures} measures · ${pct(r.withLead)} led · ${pct(r.withDeadline)} due · ${r.unread} unread`;
}

export interface FileReport {
  file: string;
  docId: string | null;
  status: FileStatus;
  measures: number;
  relationships: number;
  ms: number;
  error: string | null; // path + reason when status is 'failed', 'skipped' or 'conflict'
  warnings: string[];
  understood: ReportCounts | null; // the report's counts (null when the file failed or was loaded before reports)
}

export interface LoadReport {
  files: FileReport[];
  loaded: number;
  unchanged: number;
  failed: number;
  skipped: number;
  conflicts: number;
  measures: number; // written in this run
  relationships: number; // written in this run
  orphansRemoved: number; // shared nodes left without relationships, deleted after the load
  ms: number;
  /** milliseconds per phase of the load (db/load-timing.ts) */
  phases?: PhaseTimes;
  /** seconds per phase of a load through the bulk importer (db/bulk/bulk-load.ts); absent otherwise */
  bulk?: Record<string, number>;
  /** how far (%) the full-text index had filled when a bulk load returned, when not yet online: it
   *  fills on in the server, and search says so meanwhile (db/bulk/bulk-load.ts afterImport) */
  searchIndexed?: number;
}

export interface LoadProgress {
  index: number; // 0-based position of the file
  total: number;
  file: string;
  /** undefined while the file is being parsed and written */
  report?: FileReport;
}

export function summarise(files: FileReport[], orphansRemoved: number, ms: number): LoadReport {
  const count = (status: FileStatus): number => files.filter((f) => f.status === status).length;
  const written = files.filter((f) => f.status === 'loaded');
  return {
    files,
    loaded: count('loaded'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    skipped: count('skipped'),
    conflicts: count('conflict'),
    measures: written.reduce((n, f) => n + f.measures, 0),
    relationships: written.reduce((n, f) => n + f.relationships, 0),
    orphansRemoved,
    ms,
  };
}
