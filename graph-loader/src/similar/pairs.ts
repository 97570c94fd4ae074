// "The same reform elsewhere", measure by measure: the comparable measures of a plan (their own cleaned
// text) and their pairs with measures of other plans, by TF-IDF cosine over character bigrams. Pure.
// Pairs are canonical — one per pair of measures, `from` the smaller id — so they do not depend on which
// document was loaded first. The loader links groups of copies instead (groups.ts); these pairs are what
// the labelled gold is scored on (tests/gold/similar-eval.ts).
import type { Fragment } from '../../../core/model.ts';
import { inSkippedSection, ownText, SIMILARITY_VOCABULARY, textCleaner } from './text.ts';
import type { SimilarityVocabulary } from './text.ts';
import { TfIdfIndex } from './tfidf-index.ts';
import type { ComparableMeasure, QueryOptions } from './tfidf-index.ts';

/** How SIMILAR_TO scores are computed (stored on each relationship as `method`). */
export const SIMILARITY_METHOD = 'tfidf-cosine-char2';

/** Chosen from the labelled pairs in tests/gold/similar/similar-pairs.json (see tests/gold/README.md). */
export const SIMILARITY_THRESHOLD = 0.3;

/** The Measure properties the comparison reads. `text` is the measure's whole span in its document
 *  (sub-measures included; the comparison cuts them out itself, ownText): the stored Measure.text is
 *  only the measure's own text (fragment/build.ts), so the readers below take the span from the
 *  Document's text by start/end. */
export interface MeasureRecord {
  id: string;
  docId: string;
  path: string;
  text: string;
  start: number;
  end: number;
  section?: string | null;
  background?: boolean | null;
}

export interface SimilarPair {
  from: string; // measure id, the smaller of the two
  to: string;
  score: number; // cosine in [0, 1], three decimals
  method: string;
}

export interface SimilarOptions extends QueryOptions {
  threshold?: number;
  vocabulary?: SimilarityVocabulary;
}

function parentPath(path: string): string | null {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : path.slice(0, dot);
}

/** Whether a text has fewer than `n` code points (as `Array.from(text).length < n`, without the array). */
function shorterThan(text: string, n: number): boolean {
  if (text.length < n) return true;
  if (text.length >= 2 * n) return false;
  let points = 0;
  for (let i = 0; i < text.length; i++, points++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) i++;
  }
  return points < n;
}

/** The measures worth comparing, each with its cleaned own text: background sections, sections that
 *  hold no reforms (总则, 附则, 法律责任…) and measures shorter than `minChars` are left out. */
export function comparableMeasures(
  measures: readonly MeasureRecord[],
  vocab: SimilarityVocabulary = SIMILARITY_VOCABULARY,
): ComparableMeasure[] {
  const clean = textCleaner(vocab);
  const children = new Map<string, MeasureRecord[]>();
  for (const m of measures) {
    const parent = parentPath(m.path);
    if (parent === null) continue;
    const key = `${m.docId}\u0000${parent}`;
    const siblings = children.get(key);
    if (siblings) siblings.push(m);
    else children.set(key, [m]);
  }
  const out: ComparableMeasure[] = [];
  for (const m of measures) {
    if (m.background || inSkippedSection(m.section, vocab)) continue;
    const text = clean(ownText(m, children.get(`${m.docId}\u0000${m.path}`) ?? []));
    if (shorterThan(text, vocab.minChars)) continue;
    out.push({ id: m.id, docId: m.docId, text });
  }
  return out;
}

/** The Measure records of a parsed plan's fragment, each with its span from the Document's text (a
 *  fragment without its Document keeps the measure's stored text). */
export function fragmentMeasures(fragment: Fragment): MeasureRecord[] {
  const texts = new Map<string, string>();
  for (const node of fragment.nodes) {
    const text = node.properties.text;
    if (node.labels.includes('Document') && typeof text === 'string') texts.set(node.id, text);
  }
  const out: MeasureRecord[] = [];
  for (const node of fragment.nodes) {
    if (!node.labels.includes('Measure')) continue;
    const p = node.properties;
    const [docId, start, end] = [String(p.docId), Number(p.start), Number(p.end)];
    const doc = texts.get(docId);
    out.push({
      id: node.id,
      docId,
      path: String(p.path),
      text: doc === undefined ? String(p.text ?? '') : doc.slice(start, end),
      start,
      end,
      section: typeof p.section === 'string' ? p.section : null,
      background: p.background === true,
    });
  }
  return out;
}

/** An index of the measures of existing documents. */
export function buildSimilarityIndex(
  measures: readonly MeasureRecord[],
  vocab: SimilarityVocabulary = SIMILARITY_VOCABULARY,
): TfIdfIndex {
  const index = new TfIdfIndex();
  index.add(comparableMeasures(measures, vocab));
  return index;
}

function canonical(pairs: { from: string; to: string; score: number }[]): SimilarPair[] {
  const best = new Map<string, SimilarPair>();
  for (const p of pairs) {
    const [from, to] = p.from < p.to ? [p.from, p.to] : [p.to, p.from];
    const key = `${from}\u0000${to}`;
    const score = Math.round(p.score * 1000) / 1000;
    if ((best.get(key)?.score ?? -1) < score) best.set(key, { from, to, score, method: SIMILARITY_METHOD });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.from.localeCompare(b.from));
}

/** The measures of one new document against the index: scored pairs with measures of other
 *  documents. The document is added to the index (replacing an earlier version of it), so the index
 *  is ready for the next document of a load. */
export function findSimilar(
  index: TfIdfIndex,
  measures: readonly MeasureRecord[],
  options: SimilarOptions = {},
): SimilarPair[] {
  const comparable = comparableMeasures(measures, options.vocabulary);
  const docIds = new Set(measures.map((m) => m.docId));
  for (const docId of docIds) index.removeDocument(docId);
  index.add(comparable);
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  return canonical([...docIds].flatMap((docId) => index.query(docId, threshold, options)));
}
