// The template texts of the benchmark corpus: the seed plans and the shared corpus's development
// documents (hold-out documents are skipped by name, never read), decoded and normalised once.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { normalise } from '../../graph-loader/src/normalise/index.ts';
import { decodeBytes } from '../../graph-loader/src/read/decode.ts';
import type { Gazetteer } from './gazetteer.ts';
import { homePlace } from './places.ts';
import type { HomePlace, Place } from './places.ts';

export interface Template {
  name: string; // file name
  seed: boolean; // one of the seed plans (else a corpus document)
  text: string; // normalised
  home: HomePlace;
}

interface TemplateSources {
  seeds: string;
  corpus: string;
  holdout: string[];
  seedShare: number;
}

export interface TemplateFiles {
  seeds: string[];
  corpus: string[];
  seedShare: number;
}

const TEXT_FILE = /\.(txt|md|html?)$/i;

async function textFiles(dir: string, skip: (name: string) => boolean): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => TEXT_FILE.test(n) && !/^SOURCES\./.test(n) && !skip(n));
  return names.sort().map((n) => join(dir, n));
}

/** Template files: the seeds and the development documents (hold-out prefixes skipped unread). */
export async function templateFiles(root: string, here: string): Promise<TemplateFiles> {
  const src = JSON.parse(await readFile(join(here, 'templates.json'), 'utf8')) as TemplateSources;
  const held = (name: string): boolean => src.holdout.some((prefix) => name.startsWith(`${prefix}_`));
  return {
    seeds: await textFiles(resolve(root, src.seeds), () => false),
    corpus: await textFiles(resolve(root, src.corpus), held),
    seedShare: src.seedShare,
  };
}

export async function loadTemplates(
  files: TemplateFiles,
  places: readonly Place[],
  provinces: readonly string[],
  gazetteer: Gazetteer,
): Promise<Template[]> {
  const all = [...files.seeds.map((f) => [f, true] as const), ...files.corpus.map((f) => [f, false] as const)];
  return Promise.all(
    all.map(async ([file, seed]) => {
      const bytes = new Uint8Array(await readFile(file));
      const text = normalise(decodeBytes(bytes, file).text).text;
      return { name: basename(file), seed, text, home: homePlace(text, places, provinces, gazetteer) };
    }),
  );
}
