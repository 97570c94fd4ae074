// Test helper: the seed plans as the loader sees them — decoded and normalised by H2's normalise().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import type { Dictionaries, Manifest } from '../../../graph-loader/src/types.ts';

export const ROOT = join(import.meta.dirname, '../../..');
export const PLANS_DIR = join(ROOT, 'data/plans');
export const DICT_DIR = join(ROOT, 'data/dictionaries');
export const SEEDS = [
  '000_6dd3a853ebbe6fc4.txt',
  '001_b18cb7838db816cd.txt',
  '002_bb333e7070ab7c6d.txt',
  '003_f31d9fd870de6b80.txt',
  '004_2994b826daeb6449.txt',
] as const;
export type Seed = (typeof SEEDS)[number];

const cache = new Map<string, { text: string; script: 'Hans' | 'Hant' }>();

/** The normalised, simplified text of a seed (what Document.text holds). */
export function seedNormalised(file: string): { text: string; script: 'Hans' | 'Hant' } {
  let hit = cache.get(file);
  if (!hit) {
    const n = normalise(readFileSync(join(PLANS_DIR, file), 'utf8'));
    hit = { text: n.text, script: n.script };
    cache.set(file, hit);
  }
  return hit;
}

export function seedText(file: string): string {
  return seedNormalised(file).text;
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(PLANS_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

export function readDicts(): Dictionaries {
  const read = (f: string): unknown => JSON.parse(readFileSync(join(DICT_DIR, f), 'utf8'));
  return {
    industries: read('industries.json'),
    instruments: read('instruments.json'),
    docPrefixes: read('doc-prefixes.json'),
    zones: read('zones.json'),
    agencies: read('agencies.json'),
    divisions: read('divisions.json'),
  } as Dictionaries;
}
