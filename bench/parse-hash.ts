// A hash of the full parse output (fragment nodes and relationships with their properties and
// evidence, warnings, cleaning, understanding report) of the seeds, the development documents of
// the shared corpus (hold-out prefixes skipped unread) and generated plans, to prove that a speed
// change leaves the output identical. Objects are hashed with sorted keys, arrays in their order.
// Usage: node bin/run-ts.js bench/parse-hash.ts [--generated DIR] [--count 50] [--verbose]
// The generated plans are written to DIR once (default /tmp/ftz-parse-hash) and reused, so main and
// a branch hash the same inputs even when the generator differs.
import { createHash } from 'node:crypto';
import { access, readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePlan } from '../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../graph-loader/src/read/manifest.ts';
import type { Dictionaries, Manifest, ZoneEntry } from '../graph-loader/src/types.ts';
import { generateCorpus, withZones } from './generate/index.ts';

const ROOT = join(import.meta.dirname, '..');
const HOLDOUT = JSON.parse(await readFile(join(ROOT, 'bench/generate/templates.json'), 'utf8')) as {
  holdout: string[];
};

const { values } = parseArgs({
  options: {
    generated: { type: 'string', default: '/tmp/ftz-parse-hash' },
    count: { type: 'string', default: '50' },
    verbose: { type: 'boolean', default: false },
  },
});

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function outputHash(file: string, bytes: Uint8Array, dicts: Dictionaries, manifest: Manifest): string {
  let out: unknown;
  try {
    const m = manifest[basename(file)];
    out = parsePlan({ bytes, file: basename(file), dicts, ...(m ? { manifest: m } : {}) });
  } catch (error) {
    out = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  return createHash('sha256')
    .update(JSON.stringify(canonical(out)))
    .digest('hex');
}

async function generated(dir: string, count: number): Promise<ZoneEntry[]> {
  const zonesFile = join(dir, 'zones.json');
  const have = await access(zonesFile).then(
    () => true,
    () => false,
  );
  if (!have) {
    const corpus = await generateCorpus({ root: ROOT, outDir: dir, count });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(zonesFile, JSON.stringify(corpus.zones));
  }
  return JSON.parse(await readFile(zonesFile, 'utf8')) as ZoneEntry[];
}

const held = (name: string): boolean => HOLDOUT.holdout.some((p) => name.startsWith(`${p}_`));
const texts = async (dir: string, skip: (n: string) => boolean): Promise<string[]> =>
  (await readdir(dir))
    .filter((n) => /\.(txt|md|html?)$/i.test(n) && !/^SOURCES\./.test(n) && !skip(n))
    .sort()
    .map((n) => join(dir, n));

const genDir = resolve(values.generated);
const zones = await generated(genDir, Number(values.count));
const base = await loadDictionaries(join(ROOT, 'data', 'dictionaries'));
const groups: [string, string[], Dictionaries, Manifest][] = [
  ['seeds', await texts(join(ROOT, 'data/plans'), () => false), base, await readManifest(join(ROOT, 'data/plans'))],
  ['corpus-dev', await texts(resolve(ROOT, '../shared/corpus'), held), base, {}],
  ['generated', await texts(genDir, () => false), withZones(base, zones), await readManifest(genDir)],
];
const total = createHash('sha256');
for (const [name, files, dicts, manifest] of groups) {
  const group = createHash('sha256');
  for (const file of files) {
    const h = outputHash(file, await readFile(file), dicts, manifest);
    if (values.verbose) console.log(`${h.slice(0, 16)} ${name}/${basename(file)}`);
    group.update(h);
  }
  const digest = group.digest('hex');
  total.update(digest);
  console.log(`${name}: ${files.length} files ${digest.slice(0, 16)}`);
}
console.log(`total: ${total.digest('hex')}`);
