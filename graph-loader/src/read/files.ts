// Which files are plans: the paths given, with folders expanded to the plan files they hold; and how a
// plan file is read: only regular files (a named pipe, socket or device is never opened, so a load
// cannot hang on one), each problem reported for that path alone.
import { readFile, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../../core/errors.ts';
import type { Manifest, ManifestEntry } from '../types.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';

/** Extensions of plan files inside a folder (a file named explicitly is read whatever its name). */
export const PLAN_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** A path that is not a plan to read (a pipe, a socket, a device, a folder): skipped with the reason. */
export class NotRegularFileError extends InputError {}

function isPlanFile(name: string): boolean {
  const lower = name.toLowerCase();
  return name !== MANIFEST_FILE && !name.startsWith('.') && PLAN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Files in the order given; a folder contributes its plan files (not recursive), sorted by name. A
 *  path that does not exist, is not a regular file or a folder that cannot be listed is kept: reading
 *  it reports the problem for that path alone, and the others still run. */
export async function listPlanFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = await readdir(path).catch(() => null);
    if (names === null)
      files.push(path); // unreadable folder: readPlanFile says so
    else
      files.push(
        ...names
          .filter(isPlanFile)
          .sort()
          .map((name) => join(path, name)),
      );
  }
  return [...new Set(files)];
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The bytes of a plan file. A path that is not a regular file is refused before it is opened
 *  (NotRegularFileError); an unreadable one throws an InputError naming the path and the reason. */
export async function readPlanFile(path: string, shown: string = path): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new InputError(shown, null, `cannot read: ${reason(cause)}`, { cause });
  }
  if (info.isDirectory()) {
    const listable = await readdir(path).then(
      () => true,
      () => false,
    );
    throw new NotRegularFileError(
      shown,
      null,
      listable ? 'a folder; skipped' : 'a folder that cannot be listed (permission denied); skipped',
    );
  }
  if (!info.isFile()) throw new NotRegularFileError(shown, null, `${kindOf(info)}, not a regular file; skipped`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new InputError(shown, null, `cannot read: ${reason(cause)}`, { cause });
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'a folder';
  return error instanceof Error ? error.message : String(error);
}

/** The manifest entry of a plan, from the manifest.json beside it; manifests are read once per folder.
 *  A broken manifest throws its InputError (file and line) for every plan beside it. */
export function manifestLookup(): (file: string) => Promise<ManifestEntry | undefined> {
  const cache = new Map<string, Promise<Manifest>>();
  return async (file) => {
    const dir = dirname(file);
    let manifest = cache.get(dir);
    if (!manifest) {
      manifest = readManifest(dir);
      manifest.catch(() => {}); // awaited below; no unhandled rejection while cached
      cache.set(dir, manifest);
    }
    return (await manifest)[basename(file)];
  };
}
