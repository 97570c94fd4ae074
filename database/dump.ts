// `ftz db dump FILE` / `ftz db restore FILE`: a consistent copy of the bundled store, made while the
// server is stopped (a copy of a running store is not consistent, so both refuse and say so). A dump is
// Neo4j's own format (`neo4j-admin database dump` of the neo4j database, run from the bundled jars:
// admin-tool.ts), so any Neo4j 5 can load it. Restore reads such a dump, or the gzipped tar with
// ftz-dump.json that earlier versions wrote (data/ and the password file). Restore keeps the store it
// replaces beside it (data.before-restore-<time>) until you delete it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, readdir, rename, rm, stat, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { FtzError } from '../core/errors.ts';
import { DUMP_NAME, dumpDatabase, loadDatabase } from './admin-tool.ts';
import { assertFreeSpace } from './disk-space.ts';
import { isAlive, lockOwner } from './lock.ts';
import { serverFiles } from './paths.ts';
import { readState } from './server-state.ts';

const run = promisify(execFile);

export class DumpError extends FtzError {}

/** The tar archives of earlier versions (still restored). */
export const DUMP_FORMAT = 'ftz-atlas-store/1';
/** Neo4j's dump format: its files start with DZV1 (zstd) or GZV1 (gzip). */
export const NEO4J_DUMP_FORMAT = 'neo4j-dump';
/** A Neo4j dump is about 7 times smaller than the store it restores (measured: 5.9 MiB → 0.8 MB); 10× is the margin. */
const DUMP_EXPANSION = 10;
const MANIFEST = 'ftz-dump.json';

export interface DumpManifest {
  format: string;
  createdAt: string;
  storeBytes: number;
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  const names = await readdir(path);
  let total = 0;
  for (const name of names) total += await sizeOf(join(path, name));
  return total;
}

/** Refuses while the server for `dataDir` runs or is being started. */
async function assertStopped(dataDir: string, what: string): Promise<void> {
  const check = await readState(dataDir);
  if (check.kind === 'running')
    throw new DumpError(`cannot ${what} while Neo4j is running (pid ${check.state.pid}): run \`ftz db stop\` first`);
  const owner = await lockOwner(serverFiles(dataDir).startLock);
  if (owner?.pid && isAlive(owner.pid))
    throw new DumpError(`cannot ${what} while process ${owner.pid} is starting Neo4j; wait for it and stop the server`);
}

export async function dumpStore(dataDir: string, file: string): Promise<DumpManifest & { file: string }> {
  const dir = resolve(dataDir);
  const out = resolve(file);
  await assertStopped(dir, 'dump the store');
  const files = serverFiles(dir);
  const storeBytes = await sizeOf(files.store);
  if (storeBytes === 0) throw new DumpError(`no store to dump in ${dir} (nothing was loaded yet?)`);
  await assertFreeSpace(dirname(out), `write ${out}`, { extraBytes: storeBytes });
  const work = await mkdtemp(join(dirname(out), '.ftz-dump-'));
  try {
    await dumpDatabase(files.store, work).catch((cause: unknown) => {
      throw new DumpError(`cannot write ${out}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    });
    await rename(join(work, DUMP_NAME), out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { format: NEO4J_DUMP_FORMAT, createdAt: new Date().toISOString(), storeBytes, file: out };
}

export async function restoreStore(dataDir: string, file: string): Promise<DumpManifest & { kept: string | null }> {
  const dir = resolve(dataDir);
  const archive = resolve(file);
  const info = await stat(archive).catch(() => null);
  if (!info?.isFile()) throw new DumpError(`no dump file ${archive}`);
  await assertStopped(dir, 'restore the store');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const work = await mkdtemp(join(dir, '.ftz-restore-'));
  try {
    const manifest = (await isNeo4jDump(archive))
      ? await unpackNeo4jDump(archive, dir, work, { createdAt: info.mtime.toISOString(), bytes: info.size })
      : await unpackTar(archive, dir, work);
    const files = serverFiles(dir);
    let kept: string | null = null;
    if (await stat(files.store).catch(() => null)) {
      kept = `${files.store}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(files.store, kept);
    }
    await rename(join(work, 'data'), files.store);
    if (await stat(join(work, 'password')).catch(() => null)) await rename(join(work, 'password'), files.password);
    return { ...manifest, kept };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function isNeo4jDump(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && /^[DG]ZV1$/.test(buffer.toString('latin1'));
  } finally {
    await handle.close();
  }
}

/** Loads a Neo4j dump into <work>/data. The system database (users) starts afresh there: the launcher
 *  sets the password of the password file kept in `dir` on the first start. */
async function unpackNeo4jDump(
  archive: string,
  dir: string,
  work: string,
  file: { createdAt: string; bytes: number },
): Promise<DumpManifest> {
  await assertFreeSpace(dir, 'restore the store', { extraBytes: file.bytes * DUMP_EXPANSION });
  await mkdir(join(work, 'from'));
  await symlink(archive, join(work, 'from', DUMP_NAME));
  await loadDatabase(join(work, 'data'), join(work, 'from')).catch((cause: unknown) => {
    const reason = (cause as Error).message.replaceAll(join(work, 'from', DUMP_NAME), archive);
    throw new DumpError(`${archive} is not a loadable Neo4j dump: ${reason}`, { cause });
  });
  return { format: NEO4J_DUMP_FORMAT, createdAt: file.createdAt, storeBytes: await sizeOf(join(work, 'data')) };
}

/** Unpacks the tar archive of earlier versions (data/ and password) into `work`. */
async function unpackTar(archive: string, dir: string, work: string): Promise<DumpManifest> {
  await run('tar', ['-xzf', archive, '-C', work]).catch((cause: unknown) => {
    throw new DumpError(`${archive} is neither a Neo4j dump nor a readable ftz archive (tar: ${firstLine(cause)})`, {
      cause,
    });
  });
  const manifest = await readManifest(join(work, MANIFEST), archive);
  await assertFreeSpace(dir, 'restore the store', { extraBytes: manifest.storeBytes });
  return manifest;
}

async function readManifest(path: string, archive: string): Promise<DumpManifest> {
  const raw = await readFile(path, 'utf8').catch(() => null);
  const manifest = raw ? (JSON.parse(raw) as DumpManifest) : null;
  if (manifest?.format !== DUMP_FORMAT)
    throw new DumpError(`${archive} is not an ftz dump (${MANIFEST} missing or of another format)`);
  return manifest;
}

function firstLine(error: unknown): string {
  const text = (error as { stderr?: string }).stderr || (error instanceof Error ? error.message : String(error));
  return text.split('\n').find((line) => line.trim()) ?? '';
}
