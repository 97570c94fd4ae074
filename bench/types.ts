// Shapes shared by the benchmark sections (bench/<area>.ts) and the runner (bench/run.ts).
import type { Driver } from 'neo4j-driver';

export interface BenchContext {
  root: string; // project root
  /** a driver to a Neo4j holding the seed plans (started by the runner in a temp directory) */
  driver: Driver;
  connection: { uri: string; username: string; password: string };
  dataDir: string; // the bench Neo4j's data directory
  log: (line: string) => void;
}

export interface BenchRow {
  area: string; // extract, db, queries, api, explorer
  metric: string;
  value: number;
  unit: string;
  target?: string; // e.g. "≥ 1 MB/s"
  pass?: boolean;
}
