// A fingerprint of what turns a file into a fragment: the extraction pipeline's source files and the
// dictionaries. Stored on each Document, so an unchanged file is reloaded when the code or the
// dictionaries that read it have changed since (the sha256 alone would keep an outdated graph).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dictionaries } from '../types.ts';
import { SIMILARITY_VOCABULARY } from '../similar/text.ts';
import { PROJECT_ROOT } from '../../../core/paths.ts';

const SOURCE = join(PROJECT_ROOT, 'graph-loader', 'src');
/** every stage of the pipeline (all of graph-loader/src but the writer), with the JSON data beside its code */
const PIPELINE_DIRS = [
  'read',
  'normalise',
  'segment',
  'extract',
  'fragment',
  'lang',
  'header',
  'grammar',
  'register',
  'similar',
];
const PIPELINE_FILES = ['parse-plan.ts', 'types.ts'];
/** the contract and the converter below the loader (core/) also shape what a file yields */
const CORE_FILES = ['model.ts', 'chinese-script.ts'].map((f) => join(PROJECT_ROOT, 'core', f));
/** vocabularies the stages import as JSON modules (the dictionaries are hashed from their contents) */
const DATA_DIRS = ['grammar', 'structure', 'register', 'dictionaries'].map((d) => join(PROJECT_ROOT, 'data', d));

async function tsFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.ts') || n.endsWith('.json')).map((n) => join(dir, n));
}

let cached: Promise<string> | null = null;

async function sourceHash(): Promise<string> {
  const files = [
    ...(await Promise.all(PIPELINE_DIRS.map((d) => tsFiles(join(SOURCE, d))))).flat(),
    ...(await Promise.all(DATA_DIRS.map((d) => tsFiles(d)))).flat(),
    ...PIPELINE_FILES.map((f) => join(SOURCE, f)),
    ...CORE_FILES,
  ];
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(file.slice(PROJECT_ROOT.length)).update('\0');
    hash.update(await readFile(file).catch(() => Buffer.alloc(0))).update('\0');
  }
  return hash.digest('hex');
}

/** sha256 of the pipeline's sources (read once per process) and of the dictionaries in use. */
export async function pipelineFingerprint(dicts: Dictionaries): Promise<string> {
  cached ??= sourceHash();
  return createHash('sha256')
    .update(await cached)
    .update(JSON.stringify(dicts))
    .update(JSON.stringify(SIMILARITY_VOCABULARY))
    .digest('hex')
    .slice(0, 16);
}
