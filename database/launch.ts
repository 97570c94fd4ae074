// Spawns the launcher JVM detached (it outlives `ftz db start`), its output going to
// <dataDir>/launcher.log, and waits for its FTZ_NEO4J_READY / FTZ_NEO4J_FAILED line.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jStartError, StaleLockError } from '../core/errors.ts';
import { LAUNCHER_CLASS } from './maven.ts';
import { serverFiles } from './paths.ts';
import { javaCommand } from './prerequisites.ts';

export interface LaunchOptions {
  dataDir: string;
  host: string;
  port: number;
  classpath: string;
  timeoutMs: number;
  onProgress: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The JIT (FTZ_NEO4J_JIT): `c2`, HotSpot's tiered default, or `c1` only. Measured on a 2-core machine
 *  (bench/cold-add.ts, bench/jvm-queries.ts): with C1 only a server restarted on 300 plans used 18 CPU-s
 *  to add 10 plans instead of 45 (C2 compiling 15 of them), a transactional load of 100 plans 46
 *  instead of 75, and the first runs of the saved queries 35 instead of 62; but once warm the heavier
 *  saved queries take 2-3 times longer (C2's code is faster). The default keeps the warm queries. */
function jitFlags(env: NodeJS.ProcessEnv): string[] {
  const jit = (env.FTZ_NEO4J_JIT ?? 'c2').trim().toLowerCase();
  if (jit === 'c1') return ['-XX:TieredStopAtLevel=1'];
  if (jit === 'c2') return [];
  throw new Neo4jStartError(`FTZ_NEO4J_JIT must be c1 or c2, not '${env.FTZ_NEO4J_JIT}'`);
}

/** JVM flags: a modest heap (FTZ_NEO4J_HEAP, default 1g), the JIT (jitFlags), the module opens Neo4j 5
 *  expects, then FTZ_NEO4J_JVM_FLAGS (space-separated, last, so they override the defaults). */
export function jvmArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const heap = env.FTZ_NEO4J_HEAP ?? '1g';
  if (!/^\d+[kmgKMG]?$/.test(heap))
    throw new Neo4jStartError(`FTZ_NEO4J_HEAP must look like 512m or 1g, not '${heap}'`);
  return [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    ...jitFlags(env),
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    ...(env.FTZ_NEO4J_JVM_FLAGS ?? '').split(/\s+/).filter(Boolean),
  ];
}

/** MiB of a JVM-style size (512m, 1g, 262144k). */
function mebibytes(size: string): number {
  const n = Number(size.replace(/[kmg]$/i, ''));
  const unit = size.slice(-1).toLowerCase();
  if (unit === 'g') return n * 1024;
  if (unit === 'k') return Math.ceil(n / 1024);
  if (unit === 'm') return n;
  return Math.ceil(n / 2 ** 20);
}

/** db.memory.transaction.max in MiB: what one transaction may hold on the heap before Neo4j stops it
 *  (FTZ_NEO4J_TX_MEMORY, default a quarter of the heap; 0 = no limit). */
export function txMemoryMb(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.FTZ_NEO4J_TX_MEMORY;
  if (value === undefined || value.trim() === '')
    return Math.max(1, Math.floor(mebibytes(env.FTZ_NEO4J_HEAP ?? '1g') / 4));
  if (!/^\d+[kmgKMG]?$/.test(value.trim()))
    throw new Neo4jStartError(`FTZ_NEO4J_TX_MEMORY must look like 256m or 1g (0: no limit), not '${value}'`);
  const mb = mebibytes(value.trim());
  return mb === 0 ? 0 : Math.max(1, mb);
}

function spawnLauncher(opts: LaunchOptions): ChildProcess {
  const log = openSync(serverFiles(opts.dataDir).log, 'w', 0o600);
  try {
    const args = [
      ...jvmArgs(opts.env),
      '-cp',
      opts.classpath,
      LAUNCHER_CLASS,
      ...['--home', opts.dataDir, '--host', opts.host, '--port', String(opts.port)],
      ...['--tx-memory-mb', String(txMemoryMb(opts.env))],
    ];
    const child = spawn(javaCommand(opts.env), args, {
      detached: true,
      stdio: ['ignore', log, log],
      cwd: opts.dataDir,
    });
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

function failure(reason: string, opts: LaunchOptions): Error {
  const log = serverFiles(opts.dataDir).log;
  if (/FileLock|locked by another|store_lock/i.test(reason)) {
    return new StaleLockError(
      `the Neo4j store in ${opts.dataDir} is locked by another process (${join(opts.dataDir, 'data', 'databases', 'store_lock')}). ` +
        'A Neo4j started for this directory without ftz knowing may still run: find it with `pgrep -af ftz.neo4j.Launcher`, ' +
        'stop it, then start again.',
    );
  }
  if (/Address already in use|BindException/i.test(reason)) {
    return new Neo4jStartError(
      `port ${opts.port} on ${opts.host} is already in use; choose another with --port (see ${log})`,
    );
  }
  return new Neo4jStartError(
    `Neo4j failed to start: ${reason.slice(0, 600)} (see ${log} and ${join(opts.dataDir, 'logs', 'debug.log')})`,
  );
}

/** Waits for the launcher's protocol line; throws a named error on failure, exit or timeout. */
async function awaitReady(child: ChildProcess, opts: LaunchOptions): Promise<{ uri: string; version: string }> {
  let exit: number | null = null;
  child.on('exit', (code, signal) => {
    exit = code ?? (signal ? 128 : 1);
  });
  const started = Date.now();
  let lastNote = started;
  for (;;) {
    const text = await readFile(serverFiles(opts.dataDir).log, 'utf8').catch(() => '');
    const ready = /^FTZ_NEO4J_READY (\S+) (\S+)$/m.exec(text);
    if (ready?.[1] && ready[2]) return { uri: ready[1], version: ready[2] };
    const failed = /^FTZ_NEO4J_FAILED (.*)$/m.exec(text);
    if (failed?.[1]) throw failure(failed[1], opts);
    if (exit !== null) throw failure(`the Java process exited with code ${exit}: ${text.slice(-400)}`, opts);
    if (Date.now() - started > opts.timeoutMs) {
      child.kill('SIGTERM');
      throw new Neo4jStartError(
        `Neo4j did not answer within ${opts.timeoutMs / 1000} s (see ${serverFiles(opts.dataDir).log})`,
      );
    }
    if (Date.now() - lastNote > 5000) {
      lastNote = Date.now();
      opts.onProgress(`waiting for Neo4j to start (${Math.round((lastNote - started) / 1000)} s)…`);
    }
    await sleep(200);
  }
}

/** Starts the launcher and resolves once Bolt answers: the JVM's pid, Bolt URI and Neo4j version. */
export async function launch(
  opts: LaunchOptions,
  onSpawn: (pid: number) => Promise<void>,
): Promise<{ pid: number; uri: string; version: string }> {
  const child = spawnLauncher(opts);
  const pid = child.pid;
  if (pid === undefined) {
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new Neo4jStartError(`cannot run ${javaCommand(opts.env)}: ${error.message}`);
  }
  await onSpawn(pid);
  const { uri, version } = await awaitReady(child, opts);
  return { pid, uri, version };
}
