// `ftz db dump FILE` / `ftz db restore FILE`: a consistent copy of the bundled store, made while the
// server is stopped (a copy of a running store is not consistent, so both refuse and say so). The
// embedded server ships no neo4j-admin, so the archive is a gzipped tar of the store folder (data/ with
// its transaction logs) and the password file, with ftz-dump.json first: format, time and
// size. Restore keeps the store it replaces beside it (data.before-restore-<time>) until you delete it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { FtzError } from '../core/errors.ts';
import { assertFreeSpace } from './disk-space.ts';
import { isAlive, lockOwner } from './lock.ts';
import { serverFiles } from './paths.ts';
import { readState } from './server-state.ts';

const run = promisify(execFile);

export class DumpError extends FtzError {}

export const DUMP_FORMAT = 'ftz-atlas-store/1';
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
  const manifest: DumpManifest = {
    format: DUMP_FORMAT,
    createdAt: new Date().toISOString(),
    storeBytes,
  };
  const work = await mkdtemp(join(dirname(out), '.ftz-dump-'));
  try {
    await writeFile(join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const members = ['data', ...((await stat(files.password).catch(() => null)) ? ['password'] : [])];
    const partial = `${out}.partial`;
    await run('tar', ['-czf', partial, '-C', work, MANIFEST, '-C', dir, ...members]).catch(async (cause: unknown) => {
      await rm(partial, { force: true });
      throw new DumpError(`cannot write ${out} (tar: ${firstLine(cause)})`, { cause });
    });
    await rename(partial, out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { ...manifest, file: out };
}

export async function restoreStore(dataDir: string, file: string): Promise<DumpManifest & { kept: string | null }> {
  const dir = resolve(dataDir);
  const archive = resolve(file);
  if (!(await stat(archive).catch(() => null))?.isFile()) throw new DumpError(`no dump file ${archive}`);
  await assertStopped(dir, 'restore the store');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const work = await mkdtemp(join(dir, '.ftz-restore-'));
  try {
    await run('tar', ['-xzf', archive, '-C', work]).catch((cause: unknown) => {
      throw new DumpError(`${archive} is not a readable ftz dump (tar: ${firstLine(cause)})`, { cause });
    });
    const manifest = await readManifest(join(work, MANIFEST), archive);
    await assertFreeSpace(dir, 'restore the store', { extraBytes: manifest.storeBytes });
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

async function readManifest(path: string, archive: string): Promise<DumpManifest> {
  const raw = await readFile(path, 'utf8').catch(() => null);
  const manifest = raw ? (JSON.parse(raw) as DumpManifest) : null;
  if (manifest?.format !== DUMP_FORMAT)
    throw new DumpError(`${archive} is not an ftz dump (${MANIFEST} missing or of another format)`);
  return manifest;
}

function firstLine(error: unknown): string {
  const text = (error as { stderr?: string }).stderr || (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0] ?? '';
}
