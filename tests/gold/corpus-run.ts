// Runs the real pipeline over every corpus document that has gold (../shared/corpus beside the
// clone) and scores it. I/O at this edge; scoring is pure (corpus-score.ts).

import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../core/errors.ts';
import { parsePlan } from '../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { scoreCorpusFile } from './corpus-score.ts';
import type { CorpusFileScore, CorpusGold } from './corpus-types.ts';

/** The development corpus: `../shared/corpus/` beside the clone. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const CORPUS_GOLD_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

export async function corpusAvailable(dir: string = CORPUS_DIR): Promise<boolean> {
  return access(dir).then(
    () => true,
    () => false,
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a corpus gold file's shape; throws InputError naming the file and the problem. */
export function parseCorpusGold(raw: unknown, source: string): CorpusGold {
  const fail = (problem: string): never => {
    throw new InputError(source, null, problem);
  };
  if (!isRecord(raw)) return fail('a corpus gold file is a JSON object');
  if (typeof raw['file'] !== 'string') fail('"file" must name the corpus document');
  if (raw['split'] !== 'dev' && raw['split'] !== 'holdout') fail('"split" must be "dev" or "holdout"');
  const header = raw['header'];
  if (!isRecord(header) || typeof header['title'] !== 'string') fail('"header.title" must be a string');
  const structure = raw['structure'];
  if (!isRecord(structure) || !Array.isArray(structure['levels'])) fail('"structure.levels" must be an array');
  const resp = raw['responsibility'];
  if (!isRecord(resp) || typeof resp['assigns'] !== 'boolean' || !Array.isArray(resp['measures'])) {
    fail('"responsibility" needs "assigns" and "measures"');
  }
  return raw as unknown as CorpusGold;
}

export async function readCorpusGold(dir: string = CORPUS_GOLD_DIR): Promise<CorpusGold[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (n) => parseCorpusGold(JSON.parse(await readFile(join(dir, n), 'utf8')) as unknown, join(dir, n))),
  );
}

export interface CorpusRun {
  files: CorpusFileScore[];
  warnings: Record<string, string[]>;
  failures: Record<string, string>; // file → why it could not be parsed
}

export async function evaluateCorpus(
  opts: { corpusDir?: string; goldDir?: string; dictDir?: string } = {},
): Promise<CorpusRun> {
  const corpusDir = opts.corpusDir ?? CORPUS_DIR;
  const [golds, dicts] = await Promise.all([
    readCorpusGold(opts.goldDir ?? CORPUS_GOLD_DIR),
    loadDictionaries(opts.dictDir ?? 'data/dictionaries'),
  ]);
  const run: CorpusRun = { files: [], warnings: {}, failures: {} };
  for (const gold of golds) {
    const path = join(corpusDir, gold.file);
    try {
      const bytes = new Uint8Array(await readFile(path));
      const parsed = parsePlan({ bytes, file: path, dicts });
      run.warnings[gold.file] = parsed.warnings;
      run.files.push(scoreCorpusFile(parsed.fragment, gold));
    } catch (error) {
      run.failures[gold.file] = error instanceof Error ? error.message : String(error);
      run.files.push(scoreCorpusFile({ nodes: [], relationships: [] }, gold));
    }
  }
  return run;
}
