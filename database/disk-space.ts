// Free space before the bundled Neo4j starts or a load writes: a store that runs out of disk in the
// middle of a transaction may not recover, so ftz refuses early with a clear message instead.
// FTZ_MIN_FREE_MB overrides the floor (default 256 MiB); a load also asks for room for its input.
import { statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FtzError } from '../core/errors.ts';

export class DiskSpaceError extends FtzError {}

export const DEFAULT_MIN_FREE_MB = 256;
/** A loaded plan takes roughly this many times its file size in the store (text, evidence, indexes, logs). */
export const STORE_BYTES_PER_INPUT_BYTE = 20;

export function minFreeBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number.parseInt(env.FTZ_MIN_FREE_MB ?? '', 10);
  return (Number.isFinite(mb) && mb >= 0 ? mb : DEFAULT_MIN_FREE_MB) * 2 ** 20;
}

/** Bytes available to this user on the filesystem holding `path` (its nearest existing ancestor). */
export async function freeBytes(path: string): Promise<number> {
  let dir = resolve(path);
  for (;;) {
    try {
      const fs = await statfs(dir);
      return fs.bavail * fs.bsize;
    } catch (error) {
      const parent = dirname(dir);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) throw error;
      dir = parent;
    }
  }
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/** Throws DiskSpaceError when the filesystem of `dir` has less than the floor plus `extraBytes` free. */
export async function assertFreeSpace(
  dir: string,
  what: string,
  opts: { extraBytes?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const need = minFreeBytes(opts.env) + (opts.extraBytes ?? 0);
  const free = await freeBytes(dir);
  if (free >= need) return;
  throw new DiskSpaceError(
    `not enough free disk space to ${what}: ${mib(free)} free on the filesystem of ${dir}, ` +
      `${mib(need)} needed; free some space (or set FTZ_MIN_FREE_MB to lower the floor) and try again`,
  );
}
