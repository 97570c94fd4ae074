// Where the bundled Neo4j lives: its Maven project, its default data directory and the files it keeps there.
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../core/paths.ts';

export const NEO4J_PROJECT_DIR = join(PROJECT_ROOT, 'neo4j');

/** data/neo4j under the project root unless FTZ_NEO4J_DATA says otherwise. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.FTZ_NEO4J_DATA ?? join(PROJECT_ROOT, 'data', 'neo4j'));
}

/** The files the bundled server keeps beside its store (Neo4j's own files are under data/ and logs/). */
export function serverFiles(dataDir: string): {
  state: string;
  password: string;
  log: string;
  startLock: string;
  store: string;
} {
  const dir = resolve(dataDir);
  return {
    state: join(dir, 'server.json'), // pid, host, port, uri, version of the running launcher
    password: join(dir, 'password'), // mode 0600, written by the launcher
    log: join(dir, 'launcher.log'), // stdout/stderr of the JVM
    startLock: join(dir, '.start.lock'),
    store: join(dir, 'data'),
  };
}
