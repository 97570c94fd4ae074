// Shared checks for the robustness tests: what every fragment parsePlan returns must satisfy, and a
// comparable summary of its facts.
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import type { Dictionaries, Manifest } from '../../../graph-loader/src/types.ts';
import type { Fragment, Props } from '../../../core/model.ts';
import { simplifyCharacters } from '../../../graph-loader/src/normalise/script.ts';
import type { ParsedPlan } from '../../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../../graph-loader/src/read/manifest.ts';
import { ROOT, SEED_DIR } from '../../fixtures/encoded-copies.ts';

export async function seedContext(): Promise<{ dicts: Dictionaries; manifest: Manifest }> {
  return { dicts: await loadDictionaries(join(ROOT, 'data', 'dictionaries')), manifest: await readManifest(SEED_DIR) };
}

export function manifestEntryOf(manifest: Manifest, seedPath: string): Manifest[string] | undefined {
  return manifest[basename(seedPath)];
}

/** The Document node's normalised text. */
export function documentText(plan: ParsedPlan): string {
  const doc = plan.fragment.nodes.find((n) => n.id === plan.docId);
  expect(doc?.labels).toEqual(expect.arrayContaining(['Document', 'Policy']));
  const text = doc?.properties.text;
  expect(typeof text).toBe('string');
  return text as string;
}

/** Unique node ids, no dangling relationship, and evidence that quotes text.slice(start, end). */
export function expectWellFormed(plan: ParsedPlan): void {
  const text = documentText(plan);
  const ids = plan.fragment.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(ids);
  for (const rel of plan.fragment.relationships) {
    expect(known.has(rel.start) && known.has(rel.end)).toBe(true);
    const { start, end, evidence, docId } = rel.properties;
    expect(docId).toBe(plan.docId);
    expect(0 <= start && start <= end && end <= text.length).toBe(true);
    expect(text.slice(start, end)).toBe(evidence);
  }
}

const PER_FILE = new Set(['file', 'encoding', 'sha256']);

/** Props to compare: the Document without its per-file props; aliases as a simplified set (a Big5
 *  copy writes 產 where the original has 産: both are the document's own spellings of 产). */
function comparable(props: Props, isDocument: boolean): Props {
  const out = isDocument ? Object.fromEntries(Object.entries(props).filter(([k]) => !PER_FILE.has(k))) : { ...props };
  if (Array.isArray(out.aliases))
    out.aliases = [...new Set(out.aliases.map((a) => simplifyCharacters(String(a))))].sort();
  return out;
}

/** The facts of a fragment: nodes by id (see comparable) and the set of relationships as (type,
 *  start, end, evidence offsets). */
export function factsOf(fragment: Fragment): { nodes: Record<string, Props>; relationships: string[] } {
  const nodes: Record<string, Props> = {};
  for (const n of fragment.nodes) nodes[n.id] = comparable(n.properties, n.labels.includes('Document'));
  const relationships = fragment.relationships
    .map((r) => `${r.type}|${r.start}|${r.end}|${r.properties.start}-${r.properties.end}`)
    .sort();
  return { nodes, relationships };
}
