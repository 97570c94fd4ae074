// A fingerprint of what turns a file into a fragment: the extraction pipeline's source files and the
// dictionaries. Stored on each Document, so an unchanged file is reloaded when the code or the
// dictionaries that read it have changed since (the sha256 alone would keep an outdated graph).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dictionaries } from '../extract/types.ts';
import { SIMILARITY_VOCABULARY } from '../similar/text.ts';
import { PROJECT_ROOT } from './paths.ts';

const SOURCE = join(PROJECT_ROOT, 'graph-loader', 'src');
const PIPELINE_DIRS = ['read', 'normalise', 'segment', 'extract', 'fragment', 'similar'];
const PIPELINE_FILES = ['parse-plan.ts', 'model.ts'];

async function tsFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.ts')).map((n) => join(dir, n));
}

let cached: Promise<string> | null = null;

async function sourceHash(): Promise<string> {
  const files = [
    ...(await Promise.all(PIPELINE_DIRS.map((d) => tsFiles(join(SOURCE, d))))).flat(),
    ...PIPELINE_FILES.map((f) => join(SOURCE, f)),
  ];
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(file.slice(SOURCE.length)).update('\0');
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
