// The bundled server's state file (<dataDir>/server.json: pid, address, version) and how a state left
// behind by a killed process is recognised. Decision: a state whose process is gone (or whose pid now
// belongs to another program) is stale and removed automatically — the OS released Neo4j's store
// locks with the process, so nothing else can be holding the data. A state file that cannot be read
// is not guessed about: StaleLockError names the file to delete.
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { StaleLockError } from '../core/errors.ts';
import { isAlive } from './lock.ts';
import { serverFiles } from './paths.ts';

export interface ServerState {
  pid: number;
  host: string;
  port: number;
  uri: string;
  status: 'starting' | 'ready';
  version: string | null;
  startedAt: string;
  dataDir: string;
}

export type StateCheck =
  { kind: 'none' } | { kind: 'stale'; pid: number; file: string } | { kind: 'running'; state: ServerState };

function isLauncher(pid: number, dataDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes('ftz.neo4j.Launcher') && cmdline.includes(dataDir);
  } catch {
    // no /proc (macOS): trust the pid
    return isAlive(pid);
  }
}

function parseState(text: string, file: string): ServerState {
  try {
    const state = JSON.parse(text) as Partial<ServerState>;
    if (typeof state.pid === 'number' && typeof state.port === 'number' && typeof state.uri === 'string') {
      return state as ServerState;
    }
  } catch {
    // reported below
  }
  throw new StaleLockError(
    `${file} is not a valid server state file. If no Neo4j runs for this data directory, delete ${file} ` +
      '(or run `ftz db stop`) and start again.',
  );
}

export async function readState(dataDir: string): Promise<StateCheck> {
  const file = serverFiles(dataDir).state;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  const state = parseState(text, file);
  if (!isAlive(state.pid) || !isLauncher(state.pid, state.dataDir)) return { kind: 'stale', pid: state.pid, file };
  return { kind: 'running', state };
}

export async function writeState(state: ServerState): Promise<void> {
  const file = serverFiles(state.dataDir).state;
  await writeFile(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

export async function removeState(dataDir: string): Promise<void> {
  await rm(serverFiles(dataDir).state, { force: true });
}
