// Helpers for the term-extractor tests: the real dictionaries, a document context and hand-made
// segments over a snippet (so snippet tests do not depend on the segmenter's rules).
import { join } from 'node:path';
import { makeId } from '../../../core/model.ts';
import type { Fragment, GraphRelationship } from '../../../core/model.ts';
import { documentContext } from '../../../graph-loader/src/extract/context.ts';
import type { Dictionaries, ManifestEntry, Segment, TermInput } from '../../../graph-loader/src/types.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';

export const DICT_DIR = join(import.meta.dirname, '../../../data/dictionaries');
export const DOC_ID = 'policy:test-doc';

let cached: Dictionaries | null = null;
export async function dicts(): Promise<Dictionaries> {
  cached ??= await loadDictionaries(DICT_DIR);
  return cached;
}

/** A segment covering `snippet` (its first occurrence after `from`) as a measure at `depth`. */
export function seg(
  text: string,
  path: string,
  snippet: string,
  opts: { kind?: Segment['kind']; depth?: number; from?: number; title?: string } = {},
): Segment {
  const start = text.indexOf(snippet, opts.from ?? 0);
  if (start < 0) throw new Error(`snippet not in text: ${snippet}`);
  const depth = opts.depth ?? path.split('.').length;
  return {
    id: makeId.measure(DOC_ID, path),
    path,
    number: path,
    title: opts.title ?? snippet.slice(0, 12),
    text: snippet,
    start,
    end: start + snippet.length,
    depth,
    kind: opts.kind ?? 'measure',
    parentId: depth > 1 ? makeId.measure(DOC_ID, path.split('.').slice(0, -1).join('.')) : null,
    section: '',
  };
}

export async function termInput(
  text: string,
  segments: Segment[] = [],
  opts: { title?: string; manifest?: ManifestEntry } = {},
): Promise<TermInput> {
  const d = await dicts();
  const ctx = documentContext({
    text,
    file: 'test.txt',
    title: opts.title ?? '',
    docId: DOC_ID,
    manifest: opts.manifest,
    dicts: d,
  });
  return { text, segments, ctx, dicts: d };
}

/** "START -> END" pairs of one relationship type, ids shortened for readable tables. */
export function pairs(fragment: Fragment, type: GraphRelationship['type']): string[] {
  return fragment.relationships
    .filter((r) => r.type === type)
    .map((r) => `${short(r.start)} -> ${short(r.end)}`)
    .sort();
}

export function short(id: string): string {
  return id
    .replace(/^measure:test-doc#/, 'm')
    .replace(/^zone:中国（[^）]+）自由贸易试验区/, 'zone:')
    .replace(/^policy:instrument:/, 'instrument:');
}

/** Every relationship's evidence is the text at its offsets (empty where only the manifest says so). */
export function evidenceHolds(fragment: Fragment, text: string): boolean {
  return fragment.relationships.every(
    (r) => text.slice(r.properties.start, r.properties.end) === r.properties.evidence,
  );
}
