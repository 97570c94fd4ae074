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
    const message = (cause as Error).message;
    const at = errorOffset(message, raw);
    const line = at === null ? 1 : raw.slice(0, at).split('\n').length;
    throw new InputError(path, line, `invalid manifest: ${message.replace(/\s+/g, ' ')}`, { cause });
  }
}

/** V8 shows the text around an unexpected token (10 characters either side) instead of its position. */
const CONTEXT = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/;
const CONTEXT_BEFORE = 10;

/** Where JSON.parse stopped, from its message: "at position N", else the quoted context. */
export function errorOffset(message: string, raw: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const context = CONTEXT.exec(message);
  if (!context) return null;
  const [, token = '', cut, around = ''] = context;
  const from = raw.indexOf(around);
  if (from < 0) return null;
  return from + (cut ? CONTEXT_BEFORE : Math.max(0, around.indexOf(token)));
}
