// The benchmark corpus: `count` plans generated from the seed plans and the shared corpus's
// development documents, written with their manifest.json into a folder of their own (never into
// data/plans). Deterministic: plan i depends only on the seed and i, so a smaller corpus is the
// first plans of a larger one.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dictionaries, Manifest, ZoneEntry } from '../../graph-loader/src/types.ts';
import { generatePlan } from './plan.ts';
import type { Vocabulary } from './plan.ts';
import { readGazetteer } from './gazetteer.ts';
import { readPlaces, zoneEntries } from './places.ts';
import { seededRandom } from './random.ts';
import { loadTemplates, templateFiles } from './templates.ts';

const HERE = import.meta.dirname;

export interface CorpusOptions {
  root: string; // project root
  outDir: string;
  count: number;
  seed?: string;
}

export interface Corpus {
  seeds: string[]; // the seed plan files (loaded as they are, before the generated ones)
  files: string[]; // generated plans, in generation order
  templates: number;
  /** zone dictionary entries for the FTZ areas the project's dictionary does not list */
  zones: ZoneEntry[];
  bytes: number;
}

export async function generateCorpus(opts: CorpusOptions): Promise<Corpus> {
  const places = await readPlaces(HERE);
  const vocab = JSON.parse(await readFile(join(HERE, 'vocab.json'), 'utf8')) as Vocabulary;
  const sources = await templateFiles(opts.root, HERE);
  const gazetteer = await readGazetteer(opts.root, vocab.stemSuffixes);
  const templates = await loadTemplates(sources, places, vocab.provinces, gazetteer);
  const seeds = templates.filter((t) => t.seed);
  const others = templates.filter((t) => !t.seed);
  await mkdir(opts.outDir, { recursive: true });
  const manifest: Manifest = {};
  const files: string[] = [];
  const usedNumbers = new Set<string>();
  let bytes = 0;
  for (let i = 0; i < opts.count; i++) {
    const rnd = seededRandom(`${opts.seed ?? 'ftz-bench'}:${i}`);
    const template = rnd.pick(others.length === 0 || rnd.chance(sources.seedShare) ? seeds : others);
    const plan = generatePlan({ template, place: rnd.pick(places), rnd, vocab, usedNumbers, gazetteer });
    const name = `bench-${String(i).padStart(5, '0')}.txt`;
    const data = Buffer.from(plan.text, 'utf8');
    await writeFile(join(opts.outDir, name), data);
    bytes += data.length;
    manifest[name] = plan.manifest;
    files.push(join(opts.outDir, name));
  }
  await writeFile(join(opts.outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const known = JSON.parse(await readFile(join(opts.root, 'data/dictionaries/zones.json'), 'utf8')) as ZoneEntry[];
  return { seeds: sources.seeds, files, templates: templates.length, zones: zoneEntries(places, known), bytes };
}

/** The project's dictionaries with the generated corpus's FTZ areas added to the zones. */
export function withZones(dicts: Dictionaries, zones: readonly ZoneEntry[]): Dictionaries {
  return { ...dicts, zones: [...dicts.zones, ...zones] };
}
