// Scores the similarity step (graph-loader/src/similar) on the labelled pairs of
// tests/gold/similar/similar-pairs.json: the documents the pairs come from are parsed with the real pipeline
// and compared one after another as a load does (findSimilar per document against an index of the
// ones before), and each labelled pair is predicted "same" when the step returned it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../core/errors.ts';
import { parsePlan } from '../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../graph-loader/src/read/manifest.ts';
import { findSimilar, fragmentMeasures, TfIdfIndex } from '../../graph-loader/src/similar/index.ts';
import type { MeasureRecord, SimilarPair } from '../../graph-loader/src/similar/index.ts';
import { CORPUS_DIR } from './corpus-run.ts';

export const SIMILAR_GOLD = fileURLToPath(new URL('./similar/similar-pairs.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_DIR = join(ROOT, 'data', 'plans');

export interface LabelledPair {
  a: string;
  b: string;
  fileA: string;
  fileB: string;
  same: boolean;
  snippetA: string;
  snippetB: string;
  note: string;
}

export interface SimilarScore {
  pairs: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  /** labelled measures that no measure of the pipeline's output opens with (by id or by snippet);
   *  staleSnippets stays for the report's shape and is always empty since snippets locate measures */
  unknownMeasures: string[];
  staleSnippets: string[];
  /** each labelled pair with the step's score (null: a measure was not compared) and its verdict */
  rows: (LabelledPair & { score: number | null; predicted: boolean })[];
}

export async function readSimilarGold(path: string = SIMILAR_GOLD): Promise<LabelledPair[]> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as { pairs?: unknown };
  if (!Array.isArray(raw.pairs)) throw new InputError(path, null, '"pairs" must be an array');
  for (const [i, p] of (raw.pairs as Record<string, unknown>[]).entries()) {
    const ok = ['a', 'b', 'fileA', 'fileB', 'snippetA', 'snippetB', 'note'].every((k) => typeof p[k] === 'string');
    if (!ok || typeof p['same'] !== 'boolean') throw new InputError(path, null, `pair ${i} is incomplete`);
  }
  return raw.pairs as LabelledPair[];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The measures of each file (seeds from data/plans, the others from the corpus), in file order. */
export async function measuresOfFiles(files: string[]): Promise<MeasureRecord[][]> {
  const dicts = await loadDictionaries(join(ROOT, 'data', 'dictionaries'));
  const manifest = await readManifest(SEED_DIR);
  const out: MeasureRecord[][] = [];
  for (const file of [...files].sort()) {
    const dir = manifest[file] || /^\d{3}_/.test(file) ? SEED_DIR : CORPUS_DIR;
    const bytes = new Uint8Array(await readFile(join(dir, file)));
    const entry = manifest[file];
    const plan = parsePlan({ bytes, file, dicts, ...(entry ? { manifest: entry } : {}) });
    out.push(fragmentMeasures(plan.fragment));
  }
  return out;
}

/** Runs the step over the documents of the labelled pairs and scores it. */
export async function evaluateSimilar(opts: { threshold?: number; gold?: LabelledPair[] } = {}): Promise<SimilarScore> {
  const gold = opts.gold ?? (await readSimilarGold());
  const files = [...new Set(gold.flatMap((p) => [p.fileA, p.fileB]))];
  const docs = await measuresOfFiles(files);
  const index = new TfIdfIndex();
  const found: SimilarPair[] = [];
  for (const measures of docs) {
    found.push(...findSimilar(index, measures, opts.threshold === undefined ? {} : { threshold: opts.threshold }));
  }
  const predicted = new Set(found.map((p) => pairKey(p.from, p.to)));
  const byFile = new Map([...files].sort().map((f, i) => [f, docs[i] ?? []]));
  const flat = (t: string): string => t.replace(/\s+/g, ' ').trim();
  // a labelled measure is named by its id and its snippet; when segmentation renumbers a plan the id
  // moves, so the snippet (the opening of the measure's text) finds it again: the innermost measure
  // of its file whose text opens with the snippet
  const locate = (file: string, id: string, snippet: string): string | null => {
    const measures = byFile.get(file) ?? [];
    const same = measures.find((m) => m.id === id);
    if (same && flat(same.text).startsWith(snippet)) return id;
    const opening = measures.filter((m) => flat(m.text).startsWith(snippet));
    opening.sort((x, y) => x.text.length - y.text.length);
    return opening[0]?.id ?? null;
  };
  const located = gold.map((p) => ({ p, a: locate(p.fileA, p.a, p.snippetA), b: locate(p.fileB, p.b, p.snippetB) }));
  const unknownMeasures = located.flatMap(({ p, a, b }) => [...(a ? [] : [p.a]), ...(b ? [] : [p.b])]);
  const staleSnippets: string[] = [];
  const rows = located.map(({ p, a, b }) => {
    const score = a && b ? index.score(a, b) : null;
    return {
      ...p,
      score: score === null ? null : Math.round(score * 1000) / 1000,
      predicted: a !== null && b !== null && predicted.has(pairKey(a, b)),
    };
  });
  const truePositives = rows.filter((r) => r.predicted && r.same).length;
  const falsePositives = rows.filter((r) => r.predicted && !r.same).length;
  const positives = rows.filter((r) => r.same).length;
  const predictedCount = truePositives + falsePositives;
  return {
    pairs: rows.length,
    unknownMeasures,
    staleSnippets,
    positives,
    truePositives,
    falsePositives,
    precision: predictedCount === 0 ? 0 : truePositives / predictedCount,
    recall: positives === 0 ? 0 : truePositives / positives,
    rows,
  };
}
