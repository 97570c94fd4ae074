// Loads the curated dictionaries (data/dictionaries/*.json) that the pure extractors receive, and the
// register of government bodies beside them (data/register) when it is there.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dictionaries } from '../extract/types.ts';
import { createRegister } from '../register/index.ts';
import { loadRegisterFiles } from './register.ts';

export const DICTIONARY_FILES = {
  industries: 'industries.json',
  instruments: 'instruments.json',
  docPrefixes: 'doc-prefixes.json',
  zones: 'zones.json',
  agencies: 'agencies.json',
  divisions: 'divisions.json',
} as const satisfies Record<Exclude<keyof Dictionaries, 'register'>, string>;

/** data/register beside data/dictionaries. */
async function registerBeside(dir: string): Promise<Pick<Dictionaries, 'register'>> {
  const registerDir = join(dir, '..', 'register');
  const present = await access(join(registerDir, 'local.json')).then(
    () => true,
    () => false,
  );
  return present ? { register: createRegister(await loadRegisterFiles(registerDir)) } : {};
}

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
  return { ...(Object.fromEntries(entries) as unknown as Dictionaries), ...(await registerBeside(dir)) };
}
