// Loads the curated dictionaries (data/dictionaries/*.json) that the pure extractors receive, and the
// register of government bodies beside them (data/register) when it is there.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bodyOf, withFunctionWords, withRegisterBodies } from '../lang/agency-glossary.ts';
import type { AgencyGlossary, Dictionaries } from '../types.ts';
import { createRegister } from '../register/index.ts';
import { loadRegisterFiles } from './register.ts';

export const DICTIONARY_FILES = {
  industries: 'industries.json',
  instruments: 'instruments.json',
  docPrefixes: 'doc-prefixes.json',
  zones: 'zones.json',
  agencies: 'agencies.json',
  divisions: 'divisions.json',
  functions: 'functions.json',
  zoneEnglish: 'zone-english.json',
} as const satisfies Record<Exclude<keyof Dictionaries, 'register'>, string>;

/** data/register beside data/dictionaries. */
async function registerBeside(dir: string, glossary: AgencyGlossary): Promise<Partial<Dictionaries>> {
  const registerDir = join(dir, '..', 'register');
  const present = await access(join(registerDir, 'local.json')).then(
    () => true,
    () => false,
  );
  if (!present) return {};
  const files = await loadRegisterFiles(registerDir);
  const register = createRegister(files);
  const bodies = [files.stateCouncil, files.historical, files.partyAndState].flatMap((f) => f.bodies);
  const isLocal = (s: string): boolean => bodyOf(s, glossary)?.zh === s || register.parseLocal(s) !== null;
  return { register, agencies: withRegisterBodies(glossary, bodies, isLocal) };
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
  const read = Object.fromEntries(entries) as unknown as Dictionaries;
  const dicts = { ...read, agencies: withFunctionWords(read.agencies, read.functions?.words ?? []) };
  return { ...dicts, ...(await registerBeside(dir, dicts.agencies)) };
}
