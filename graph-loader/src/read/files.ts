// Which files are plans: the paths given, with folders expanded to the plan files they hold.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Manifest, ManifestEntry } from '../types.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';

/** Extensions of plan files inside a folder (a file named explicitly is read whatever its name). */
export const PLAN_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

function isPlanFile(name: string): boolean {
  const lower = name.toLowerCase();
  return name !== MANIFEST_FILE && !name.startsWith('.') && PLAN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Files in the order given; a folder contributes its plan files (not recursive), sorted by name. A
 *  path that does not exist is kept: reading it reports the problem for that file alone. */
export async function listPlanFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      // a missing or unreadable file is reported when it is read, and the others still run
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter(isPlanFile).sort();
    files.push(...names.map((name) => join(path, name)));
  }
  return [...new Set(files)];
}

/** The manifest entry of a plan, from the manifest.json beside it; manifests are read once per folder. */
export function manifestLookup(): (file: string) => Promise<ManifestEntry | undefined> {
  const cache = new Map<string, Promise<Manifest>>();
  return async (file) => {
    const dir = dirname(file);
    let manifest = cache.get(dir);
    if (!manifest) {
      manifest = readManifest(dir);
      cache.set(dir, manifest);
    }
    return (await manifest)[basename(file)];
  };
}
