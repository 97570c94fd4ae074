// Shared checks for the robustness tests: what every fragment parsePlan returns must satisfy, and a
// comparable summary of its facts.
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import type { Dictionaries, Manifest } from '../../../graph-loader/src/extract/types.ts';
import type { Fragment, Props } from '../../../graph-loader/src/model.ts';
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

function comparable(props: Props, isDocument: boolean): Props {
  return isDocument ? Object.fromEntries(Object.entries(props).filter(([k]) => !PER_FILE.has(k))) : props;
}

/** The facts of a fragment: nodes by id (the Document without file/encoding/sha256) and the set of
 *  relationships as (type, start, end, evidence offsets). */
export function factsOf(fragment: Fragment): { nodes: Record<string, Props>; relationships: string[] } {
  const nodes: Record<string, Props> = {};
  for (const n of fragment.nodes) nodes[n.id] = comparable(n.properties, n.labels.includes('Document'));
  const relationships = fragment.relationships.map((r) => `${r.type}|${r.start}|${r.end}|${r.properties.start}-${r.properties.end}`).sort();
  return { nodes, relationships };
}
