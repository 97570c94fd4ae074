// `ftz db status`: whether the bundled server runs, its address and version, bytes its store occupies
// on disk, and node/relationship counts read through Bolt.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BUNDLED_USERNAME, openDriver, readPassword } from './connection.ts';
import { serverFiles } from './paths.ts';
import { readState } from './server-state.ts';

export interface BundledStatus {
  running: boolean;
  dataDir: string;
  pid: number | null;
  uri: string | null;
  version: string | null;
  storeBytes: number;
  nodes: number | null;
  relationships: number | null;
  /** set when server.json was left by a process that no longer runs */
  stale: boolean;
}

/** Bytes on disk (allocated blocks, as du counts them) of everything under dir; 0 if absent. */
export async function diskUsage(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return 0;
  }
  const sizes = await Promise.all(
    names.map(async (name) => {
      const info = await stat(join(dir, name)).catch(() => null);
      return info && info.isFile() ? info.blocks * 512 : 0;
    }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

export async function countGraph(uri: string, password: string): Promise<{ nodes: number; relationships: number }> {
  const driver = openDriver({ uri, username: BUNDLED_USERNAME, password });
  try {
    const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
    const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(nodes.records[0]?.get('c') ?? 0), relationships: Number(rels.records[0]?.get('c') ?? 0) };
  } finally {
    await driver.close();
  }
}

export async function statusBundledNeo4j(dataDir: string): Promise<BundledStatus> {
  const dir = resolve(dataDir);
  const storeBytes = await diskUsage(serverFiles(dir).store);
  const check = await readState(dir);
  const idle = { dataDir: dir, storeBytes, nodes: null, relationships: null, version: null };
  if (check.kind === 'none') return { ...idle, running: false, pid: null, uri: null, stale: false };
  if (check.kind === 'stale') return { ...idle, running: false, pid: check.pid, uri: null, stale: true };
  const { state } = check;
  const counts = await countGraph(state.uri, await readPassword(dir));
  return {
    running: true,
    dataDir: dir,
    pid: state.pid,
    uri: state.uri,
    version: state.version,
    storeBytes,
    ...counts,
    stale: false,
  };
}
