// The saved-query library: built-in queries read from cypher/queries/*.cypher (read-only) beside the
// user's queries stored as :SavedQuery nodes (user-store.ts). Names are unique across both.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ParameterError,
  ReadOnlySavedQueryError,
  SavedQueryFormatError,
  UnknownSavedQueryError,
} from '../../core/errors.ts';
import type { SavedQueryInfo, SavedQueryInput, SavedQueryParam, SavedQueryParamInput } from '../../core/api-types.ts';
import { PARAM_TYPES, parseSavedQuery } from './header.ts';
import type { UserStore } from './user-store.ts';

export const BUILT_IN_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));
const NAME_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** All built-in queries of a directory, sorted by name. */
export async function loadBuiltIns(dir: string = BUILT_IN_DIR): Promise<SavedQueryInfo[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(files.map((f) => loadQueryFile(path.join(dir, f))));
}

/** One query file (also used for `ftz query FILE`). */
export async function loadQueryFile(file: string): Promise<SavedQueryInfo> {
  const text = await readFile(file, 'utf8');
  return parseSavedQuery(text, file, path.basename(file, '.cypher'));
}

export interface Library {
  list(): Promise<SavedQueryInfo[]>;
  get(name: string): Promise<SavedQueryInfo>;
  save(input: SavedQueryInput): Promise<SavedQueryInfo>;
  update(name: string, input: SavedQueryInput): Promise<SavedQueryInfo>;
  remove(name: string): Promise<void>;
}

export function createLibrary(store: UserStore, dir: string = BUILT_IN_DIR): Library {
  const builtIn = async (name: string): Promise<SavedQueryInfo | null> => {
    if (!NAME_RE.test(name)) return null;
    try {
      return await loadQueryFile(path.join(dir, `${name}.cypher`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  const assertWritable = async (name: string): Promise<void> => {
    if (await builtIn(name)) throw new ReadOnlySavedQueryError(`${name} is a built-in query and cannot be changed`);
  };
  return {
    list: async () => [...(await loadBuiltIns(dir)), ...(await store.list())],
    get: async (name) => {
      const found = (await builtIn(name)) ?? (NAME_RE.test(name) ? await store.get(name) : null);
      if (!found) throw new UnknownSavedQueryError(`no saved query named "${name}" (ftz query --list shows them)`);
      return found;
    },
    save: async (input) => {
      const query = fromInput(input);
      await assertWritable(query.name);
      if (await store.get(query.name)) throw new ParameterError(`a saved query named "${query.name}" exists already`);
      await store.create(query);
      return query;
    },
    update: async (name, input) => {
      await assertWritable(name);
      const query = fromInput(input);
      if (query.name !== name) {
        await assertWritable(query.name);
        if (await store.get(query.name)) throw new ParameterError(`a saved query named "${query.name}" exists already`);
      }
      if (!(await store.update(name, query))) throw new UnknownSavedQueryError(`no saved query named "${name}"`);
      return query;
    },
    remove: async (name) => {
      await assertWritable(name);
      if (!(await store.remove(name))) throw new UnknownSavedQueryError(`no saved query named "${name}"`);
    },
  };
}

/** Checks a user's input and gives it the shape of a library entry. */
export function fromInput(input: SavedQueryInput): SavedQueryInfo {
  if (!NAME_RE.test(input.name)) {
    throw new SavedQueryFormatError(`name "${input.name}" must be kebab-case (a-z, 0-9, -), at most 64 characters`);
  }
  if (input.cypher.trim() === '') throw new SavedQueryFormatError('the query has no Cypher');
  const params = (input.params ?? []).map(checkParam);
  return {
    name: input.name,
    title: { zh: input.title.zh.trim() || input.name, en: input.title.en.trim() || input.name },
    description: input.description ?? '',
    topic: input.topic ?? 'user',
    params,
    view: input.view ?? 'table',
    cypher: input.cypher.trim(),
    builtIn: false,
  };
}

function checkParam(param: SavedQueryParamInput): SavedQueryParam {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(param.name))
    throw new SavedQueryFormatError(`bad parameter name "${param.name}"`);
  if (!PARAM_TYPES.includes(param.type))
    throw new SavedQueryFormatError(`parameter ${param.name}: unknown type ${param.type}`);
  return { ...param, default: param.default ?? null };
}
