// The same plan in another encoding yields the same facts: GB18030 copies of every seed and a Big5
// copy of the traditional-character seed 002 (産, which Big5 lacks, becomes 產: both simplify to 产).
// And a traditional-character plan yields simplified names.
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dictionaries, Manifest } from '../../../graph-loader/src/types.ts';
import { countScriptCharacters } from '../../../graph-loader/src/normalise/script.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import {
  type CopyEncoding,
  SEED_DIR,
  freshTempDir,
  seedFiles,
  writeEncodedCopy,
} from '../../fixtures/encoded-copies.ts';
import { documentText, expectWellFormed, factsOf, manifestEntryOf, seedContext } from './fragment-checks.ts';

let dir = '';
let dicts: Dictionaries;
let manifest: Manifest;
beforeAll(async () => {
  dir = await freshTempDir('ftz-robust-');
  ({ dicts, manifest } = await seedContext());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seeds = await seedFiles();
const cases: { seed: string; path: string; encoding: CopyEncoding }[] = [
  ...seeds.map((path) => ({ seed: basename(path), path, encoding: 'GB18030' as const })),
  ...seeds.map((path) => ({ seed: basename(path), path, encoding: 'UTF-16LE' as const })),
  { seed: '002_bb333e7070ab7c6d.txt', path: join(SEED_DIR, '002_bb333e7070ab7c6d.txt'), encoding: 'Big5' },
];

const originals = new Map<string, ReturnType<typeof parsePlan>>();
/** The UTF-8 seed's parse, once per seed. */
async function parseOriginal(path: string): Promise<ReturnType<typeof parsePlan>> {
  let plan = originals.get(path);
  if (!plan) {
    plan = parsePlan({ bytes: await readFile(path), file: path, dicts, manifest: manifestEntryOf(manifest, path) });
    originals.set(path, plan);
  }
  return plan;
}

describe('an encoded copy extracts the same facts as the UTF-8 original', () => {
  it.each(cases)('$seed as $encoding', { timeout: 60_000 }, async ({ path, encoding }) => {
    const entry = manifestEntryOf(manifest, path);
    const original = await parseOriginal(path);
    const copy = await writeEncodedCopy(path, encoding, dir);
    expect(copy.unencodable).toEqual([]);
    const parsed = parsePlan({ bytes: await readFile(copy.path), file: copy.path, dicts, manifest: entry });
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.sha256).not.toBe(original.sha256);
    expect(parsed.docId).toBe(original.docId);
    expect(parsed.script).toBe(original.script);
    expect(documentText(parsed)).toBe(documentText(original));
    const [a, b] = [factsOf(original.fragment), factsOf(parsed.fragment)];
    expect(Object.keys(b.nodes).sort()).toEqual(Object.keys(a.nodes).sort());
    expect(b.relationships).toEqual(a.relationships);
    expect(b.nodes).toEqual(a.nodes);
    expectWellFormed(parsed);
  });
});

describe('the traditional-character seed 002', () => {
  it('yields simplified names and a simplified text', { timeout: 60_000 }, async () => {
    const plan = await parseOriginal(join(SEED_DIR, '002_bb333e7070ab7c6d.txt'));
    expect(plan.script).toBe('Hant');
    expect(countScriptCharacters(documentText(plan)).traditional).toBe(0);
    const names = plan.fragment.nodes.flatMap((n) =>
      ['name', 'title', 'fullName'].map((k) => n.properties[k]).filter((v): v is string => typeof v === 'string'),
    );
    expect(names.length).toBeGreaterThan(20);
    for (const name of names)
      expect({ name, traditional: countScriptCharacters(name).traditional }).toEqual({ name, traditional: 0 });
    const zone = plan.fragment.nodes.find((n) => n.labels.includes('Zone') && n.properties.name === '海淀组团');
    // the document's own spelling is kept as an alias
    expect(zone?.properties.aliases).toContain('海淀組團');
  });
});
