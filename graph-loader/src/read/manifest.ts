// Reads data/plans/manifest.json: per-document metadata that the text does not say reliably.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../../core/errors.ts';
import type { Manifest } from '../types.ts';

export const MANIFEST_FILE = 'manifest.json';

/** The manifest of a plans folder; an empty one when the folder has none. A broken or unreadable one
 *  throws an InputError with its file and line (`ftz extract` and `ftz load` alike). */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  const info = await stat(path).catch(() => null);
  if (!info) return {};
  if (!info.isFile()) throw new InputError(path, null, 'not a regular file; remove it or replace it with a JSON file');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    throw new InputError(path, null, `cannot read the manifest: ${(cause as Error).message}`, { cause });
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error('expected an object keyed by file name');
    }
    return parsed as Manifest;
  } catch (cause) {
    const match = /position (\d+)/.exec((cause as Error).message);
    const line = match ? raw.slice(0, Number(match[1])).split('\n').length : 1;
    throw new InputError(path, line, `invalid manifest: ${(cause as Error).message}`, { cause });
  }
}
