// The bundled Neo4j server: start (or reuse), stop, and ensureNeo4j (NEO4J_URI wins over the bundle).
// Files in the data directory: server.json (pid/port), password (0600), launcher.log, data/, logs/.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jStartError, Neo4jUnavailableError } from '../core/errors.ts';
import { BUNDLED_USERNAME, readPassword, resolveConnection, verifyBolt } from './connection.ts';
import type { ConnectionSettings } from './connection.ts';
import { launch } from './launch.ts';
import { assertFreeSpace } from './disk-space.ts';
import { isAlive, withFileLock } from './lock.ts';
import { ensureLauncher } from './maven.ts';
import { defaultDataDir, serverFiles } from './paths.ts';
import { checkJava } from './prerequisites.ts';
import { readState, removeState, writeState } from './server-state.ts';
import type { ServerState } from './server-state.ts';

export const DEFAULT_BOLT_PORT = 7687;
const HOST = '127.0.0.1';

export interface StartOptions {
  dataDir: string;
  port?: number;
  onProgress?: (line: string) => void;
  /** how long to wait for Bolt after spawning (default 180 s: a first start runs the DBMS twice) */
  timeoutMs?: number;
}
export interface StartResult {
  uri: string;
  username: string;
  password: string;
  reused: boolean;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, HOST, () => server.close(() => resolvePromise(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** An explicit port must be free; the default 7687 falls back to a free port when taken. */
async function choosePort(explicit: number | undefined, onProgress: (line: string) => void): Promise<number> {
  const port = explicit ?? DEFAULT_BOLT_PORT;
  if (await portFree(port)) return port;
  if (explicit !== undefined)
    throw new Neo4jStartError(`port ${port} on ${HOST} is already in use; choose another port`);
  const other = await freePort();
  onProgress(`port ${port} is in use; the bundled Neo4j listens on ${other} instead`);
  return other;
}

/** A live launcher from server.json: wait until its Bolt answers (it may still be starting). */
async function reuse(state: ServerState, timeoutMs: number): Promise<StartResult> {
  const password = await readPassword(state.dataDir);
  const settings = { uri: state.uri, username: BUNDLED_USERNAME, password };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await verifyBolt(settings);
      return { ...settings, reused: true };
    } catch (cause) {
      if (Date.now() > deadline) {
        throw new Neo4jUnavailableError(
          `Neo4j process ${state.pid} for ${state.dataDir} is running but Bolt at ${state.uri} does not answer ` +
            `(see ${serverFiles(state.dataDir).log}); run \`ftz db stop\` and start again`,
          { cause },
        );
      }
      await sleep(500);
    }
  }
}

async function startLocked(
  dataDir: string,
  opts: StartOptions,
  onProgress: (line: string) => void,
): Promise<StartResult> {
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const check = await readState(dataDir);
  if (check.kind === 'running') return reuse(check.state, timeoutMs);
  if (check.kind === 'stale') {
    onProgress(`removed ${check.file}: left by Neo4j process ${check.pid}, which is no longer running`);
    await removeState(dataDir);
  }
  await assertFreeSpace(dataDir, 'start Neo4j');
  await checkJava();
  const classpath = await ensureLauncher(onProgress);
  const port = await choosePort(opts.port, onProgress);
  const base = {
    host: HOST,
    port,
    uri: `bolt://${HOST}:${port}`,
    version: null,
    startedAt: new Date().toISOString(),
    dataDir,
  };
  onProgress(`starting Neo4j on ${base.uri} (data in ${dataDir})…`);
  try {
    const ready = await launch({ dataDir, host: HOST, port, classpath, timeoutMs, onProgress }, (pid) =>
      writeState({ ...base, pid, status: 'starting' }),
    );
    await writeState({ ...base, pid: ready.pid, uri: ready.uri, version: ready.version, status: 'ready' });
    const password = await readPassword(dataDir);
    await verifyBolt({ uri: ready.uri, username: BUNDLED_USERNAME, password });
    return { uri: ready.uri, username: BUNDLED_USERNAME, password, reused: false };
  } catch (error) {
    await removeState(dataDir);
    throw error;
  }
}

export async function startBundledNeo4j(opts: StartOptions): Promise<StartResult> {
  const dataDir = resolve(opts.dataDir);
  const onProgress = opts.onProgress ?? (() => {});
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = { timeoutMs: 30 * 60_000, purpose: 'starting Neo4j', onWait: onProgress };
  return withFileLock(serverFiles(dataDir).startLock, lock, () => startLocked(dataDir, opts, onProgress));
}

export interface StopResult {
  stopped: boolean;
  pid: number | null;
  message: string;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

/** SIGTERM (the launcher's shutdown hook stops Neo4j cleanly), wait; SIGKILL only after timeoutMs. */
export async function stopBundledNeo4j(dataDir: string, opts: { timeoutMs?: number } = {}): Promise<StopResult> {
  const dir = resolve(dataDir);
  const check = await readState(dir);
  if (check.kind === 'none') return { stopped: false, pid: null, message: `no bundled Neo4j is running for ${dir}` };
  if (check.kind === 'stale') {
    await removeState(dir);
    return {
      stopped: false,
      pid: check.pid,
      message: `Neo4j process ${check.pid} was no longer running; removed ${check.file}`,
    };
  }
  const { pid } = check.state;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, opts.timeoutMs ?? 60_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
    await removeState(dir);
    return {
      stopped: true,
      pid,
      message: `Neo4j process ${pid} did not stop in time and was killed; it recovers on the next start`,
    };
  }
  await removeState(dir);
  return { stopped: true, pid, message: `stopped Neo4j process ${pid}` };
}

/** FTZ_NEO4J_PORT: the Bolt port every command starts the bundled server on (a fixed port lets a
 *  running API find a restarted server at the same address). */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!env.FTZ_NEO4J_PORT) return undefined;
  const port = Number.parseInt(env.FTZ_NEO4J_PORT, 10);
  if (!(port > 0 && port < 65536))
    throw new Neo4jStartError(`FTZ_NEO4J_PORT must be a TCP port, not '${env.FTZ_NEO4J_PORT}'`);
  return port;
}

export interface EnsureOptions {
  dataDir?: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  onProgress?: (line: string) => void;
}

/** NEO4J_URI set: use that server and start nothing. Otherwise start (or reuse) the bundled server. */
export async function ensureNeo4j(
  opts: EnsureOptions = {},
): Promise<ConnectionSettings & { started: boolean; reused: boolean }> {
  const env = opts.env ?? process.env;
  if (env.NEO4J_URI) return { ...(await resolveConnection(env)), started: false, reused: true };
  const dataDir = resolve(opts.dataDir ?? defaultDataDir(env));
  const port = opts.port ?? portFromEnv(env);
  const started = await startBundledNeo4j({
    dataDir,
    ...(port ? { port } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return {
    uri: started.uri,
    username: started.username,
    password: started.password,
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    dataDir,
    started: !started.reused,
    reused: started.reused,
  };
}
export { statusBundledNeo4j } from './server-status.ts';
export type { BundledStatus } from './server-status.ts';
