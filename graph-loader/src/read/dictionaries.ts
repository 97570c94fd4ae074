// Loads the curated dictionaries (data/dictionaries/*.json) that the pure extractors receive.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dictionaries } from '../extract/types.ts';

export const DICTIONARY_FILES = {
  industries: 'industries.json',
  instruments: 'instruments.json',
  docPrefixes: 'doc-prefixes.json',
  zones: 'zones.json',
  agencies: 'agencies.json',
  divisions: 'divisions.json',
} as const satisfies Record<keyof Dictionaries, string>;

export async function loadDictionaries(dir: string): Promise<Dictionaries> {
  const entries = await Promise.all(
    Object.entries(DICTIONARY_FILES).map(async ([key, file]) => {
      const path = join(dir, file);
      try {
        return [key, JSON.parse(await readFile(path, 'utf8'))] as const;
      } catch (cause) {
        throw new Error(`cannot read dictionary ${path}: ${(cause as Error).message}`, { cause });
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as Dictionaries;
}
