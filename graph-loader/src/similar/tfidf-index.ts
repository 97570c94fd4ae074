// An inverted index of character bigrams over comparable measures, for TF-IDF cosine similarity.
// Pure data structure (no I/O): documents are added and replaced as a load goes on; the weights use
// the document frequencies of what the index holds at query time.
//
// Candidates come from the postings of a measure's informative bigrams (those in at most `maxDf`
// measures), ranked by a cheap partial score; only the best `maxCandidates` are scored exactly. The
// work per query is bounded by (bigrams × maxDf), so indexing is linear and querying near-linear.
//
// A measure is held as its term vector (bigram → count), which is all a score needs: `vectors` gives
// a document's vectors and `addVectors` takes them back, so an index can be rebuilt from stored
// vectors without the measure texts (db/similar.ts). Sums run in bigram order, so a score does not
// depend on the order in which measures joined the index.

export interface ComparableMeasure {
  id: string;
  docId: string;
  /** cleaned text (textCleaner): letters and digits only */
  text: string;
}

/** A measure's term vector: its bigrams in ascending order, each with its count. */
export interface MeasureVector {
  id: string;
  grams: Uint32Array;
  counts: Uint16Array;
}

interface Entry {
  id: string;
  grams: Uint32Array; // ascending
  features: Int32Array; // feature ids, aligned with grams
  counts: Uint16Array; // term frequency, aligned with grams
  weights: Float32Array; // 1 + ln(term frequency), aligned with grams
}

export interface QueryOptions {
  /** bigrams in more measures than this give no candidates (they still count in the score) */
  maxDf?: number;
  /** how many candidates per measure are scored exactly */
  maxCandidates?: number;
  /** per entry: stop at the first candidate (best partial score first) that scores this much, and
   *  answer it alone (a copy needs one group to join, not the ranking) */
  stopAt?: number;
}

export const DEFAULT_MAX_DF = 200;
export const DEFAULT_MAX_CANDIDATES = 50;

/** Character bigrams are compared. On the labelled pairs, adding trigrams (or trigrams alone) lost
 *  recall at the same precision (tests/gold/README.md). */
const UNITS = 0x10000;
const MAX_COUNT = 0xffff;

/** A measure's term vector from its cleaned text: its character bigrams (UTF-16 units: CJK outside
 *  the BMP is rare in official text) as numbers (first × 65536 + second), sorted, with their counts
 *  (sorted and counted in runs, which needs no Map); a one-character text is its own feature. */
export function measureVector(m: { id: string; text: string }): MeasureVector {
  const text = m.text;
  const n = text.length - 1;
  if (n < 1) {
    const single = text.length === 1;
    return {
      id: m.id,
      grams: Uint32Array.from(single ? [text.charCodeAt(0)] : []),
      counts: Uint16Array.from(single ? [1] : []),
    };
  }
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = text.charCodeAt(i) * UNITS + text.charCodeAt(i + 1);
  all.sort();
  let distinct = 1;
  for (let i = 1; i < n; i++) if (all[i] !== all[i - 1]) distinct++;
  const grams = new Uint32Array(distinct);
  const counts = new Uint16Array(distinct);
  let j = 0;
  grams[0] = all[0] ?? 0;
  counts[0] = 1;
  for (let i = 1; i < n; i++) {
    const gram = all[i] ?? 0;
    if (gram !== grams[j]) {
      grams[++j] = gram;
      counts[j] = 1;
    } else if ((counts[j] ?? 0) < MAX_COUNT) counts[j] = (counts[j] ?? 0) + 1;
  }
  return { id: m.id, grams, counts };
}

/** The value that would be at `k` if `values` were sorted ascending (Hoare's selection; reorders
 *  `values`). */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] ?? 0;
}

/** The `k` best of `touched` by score (higher first, then the smaller entry), in no particular order. */
function best(touched: number[], scores: Float64Array, k: number): number[] {
  if (touched.length <= k) return touched;
  const kth = select(scores.slice(), touched.length - k);
  const out: number[] = [];
  const ties: number[] = [];
  for (let j = 0; j < touched.length; j++) {
    const score = scores[j] ?? 0;
    if (score > kth) out.push(touched[j] ?? 0);
    else if (score === kth) ties.push(touched[j] ?? 0);
  }
  ties.sort((a, b) => a - b);
  for (let j = 0; out.length < k && j < ties.length; j++) out.push(ties[j] ?? 0);
  return out;
}

/** Bigram → feature id, open addressing over typed arrays (bigrams above 2³⁰ are not small integers,
 *  and a Map of them is the slowest part of building an index). */
class FeatureTable {
  private keys = new Uint32Array(1 << 12);
  private ids = new Int32Array(1 << 12).fill(-1);
  size = 0;

  private slot(gram: number): number {
    const mask = this.ids.length - 1;
    let i = (Math.imul(gram, 0x9e3779b1) >>> 0) & mask;
    while (this.ids[i] !== -1 && this.keys[i] !== gram) i = (i + 1) & mask;
    return i;
  }

  /** The id of a bigram, a new one (the next number, `size` grows) when it is not held yet. */
  idOf(gram: number): number {
    const i = this.slot(gram);
    const held = this.ids[i] ?? -1;
    if (held >= 0) return held;
    this.keys[i] = gram;
    this.ids[i] = this.size;
    this.size++;
    if (this.size * 2 > this.ids.length) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    this.keys = new Uint32Array(keys.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? -1;
      if (id < 0) continue;
      const i = this.slot(keys[j] ?? 0);
      this.keys[i] = keys[j] ?? 0;
      this.ids[i] = id;
    }
  }
}

/** 1 + ln(count) for the usual small counts. */
const WEIGHTS = Float32Array.from({ length: 256 }, (_, c) => 1 + Math.log(Math.max(1, c)));

export class TfIdfIndex {
  private readonly featureIds = new FeatureTable();
  private readonly df: number[] = [];
  private readonly postings: number[][] = [];
  private readonly entries: Entry[] = [];
  /** per entry: its document's number, 1 while held, √(number of features) */
  private readonly entryDoc: number[] = [];
  private readonly entryAlive: number[] = [];
  private readonly entryRoot: number[] = [];
  private readonly docNumbers = new Map<string, number>();
  private readonly docNames: string[] = [];
  private readonly byDoc = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  private held = 0;
  /** entries added deferred and not posted yet */
  private unposted: number[] = [];
  /** bumped on every change; cached idf values and norms of another generation are stale */
  private generation = 0;
  private idfCache = new Float64Array(0);
  private idfGen = new Int32Array(0);
  private normCache: number[] = [];
  private normGen: number[] = [];
  private scratch = new Float64Array(0);
  /** per entry: its partial score in the current `candidates` call */
  private rankScratch = new Float64Array(0);

  /** Number of measures held. */
  get size(): number {
    return this.held;
  }

  /** Documents held. */
  documents(): string[] {
    return [...this.byDoc.keys()];
  }

  /** Adds measures; a document already held is replaced by the measures given for it. */
  add(measures: readonly ComparableMeasure[]): void {
    const docs = new Map<string, MeasureVector[]>();
    for (const m of measures) {
      const held = docs.get(m.docId);
      if (held) held.push(measureVector(m));
      else docs.set(m.docId, [measureVector(m)]);
    }
    for (const [docId, vectors] of docs) this.addVectors(docId, vectors);
  }

  /** Adds a document's measures as term vectors (replacing the document if held). */
  addVectors(docId: string, vectors: readonly MeasureVector[]): void {
    this.removeDocument(docId);
    this.appendVectors(docId, vectors);
  }

  /** Adds term vectors to a document's held ones (an id already held is replaced). Deferred, they
   *  count in the weights at once but become candidates of other documents' entries only at
   *  `postDeferred` — a document's own entries are never its candidates, so a document being linked
   *  needs its entries posted only when it is done, and those taken out by then never are. */
  appendVectors(docId: string, vectors: readonly MeasureVector[], deferred = false): void {
    const doc = this.docNumber(docId);
    const held = this.byDoc.get(docId) ?? [];
    this.removeEntries(vectors.map((v) => v.id).filter((id) => this.byId.has(id)));
    for (const v of vectors) {
      const index = this.addOne(v, doc, deferred);
      held.push(index);
      if (deferred) this.unposted.push(index);
    }
    if (held.length > 0) this.byDoc.set(docId, held);
    this.generation++;
  }

  private docNumber(docId: string): number {
    let doc = this.docNumbers.get(docId);
    if (doc === undefined) {
      doc = this.docNumbers.size;
      this.docNumbers.set(docId, doc);
      this.docNames.push(docId);
    }
    return doc;
  }

  /** Whether an entry of this id is held. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Takes entries out (their documents keep the others). */
  removeEntries(ids: readonly string[]): void {
    for (const id of ids) {
      const index = this.byId.get(id);
      if (index === undefined) continue;
      this.retire(index);
      this.unfile(index);
    }
    this.generation++;
  }

  /** Takes an entry off its document's list. */
  private unfile(index: number): void {
    const docId = this.docNames[this.entryDoc[index] ?? -1];
    const held = docId === undefined ? undefined : this.byDoc.get(docId);
    if (docId === undefined || !held) return;
    const kept = held.filter((i) => i !== index);
    if (kept.length > 0) this.byDoc.set(docId, kept);
    else this.byDoc.delete(docId);
  }

  /** Files an entry under another document (entries of one document are never compared). */
  moveEntry(id: string, docId: string): void {
    const index = this.byId.get(id);
    if (index === undefined) return;
    const to = this.docNumber(docId);
    if (this.entryDoc[index] === to) return;
    this.unfile(index);
    this.entryDoc[index] = to;
    this.byDoc.set(docId, [...(this.byDoc.get(docId) ?? []), index]);
  }

  private retire(index: number): void {
    const entry = this.entries[index];
    if (!entry || this.entryAlive[index] !== 1) return;
    this.entryAlive[index] = 0;
    this.held--;
    for (const f of entry.features) this.df[f] = (this.df[f] ?? 1) - 1;
    if (this.byId.get(entry.id) === index) this.byId.delete(entry.id);
  }

  /** The term vectors of a document's measures, in the order they were added. */
  vectors(docId: string): MeasureVector[] {
    return (this.byDoc.get(docId) ?? []).flatMap((index) => {
      const e = this.entries[index];
      return e ? [{ id: e.id, grams: e.grams, counts: e.counts }] : [];
    });
  }

  removeDocument(docId: string): void {
    const held = this.byDoc.get(docId);
    if (!held) return;
    for (const index of held) this.retire(index);
    this.byDoc.delete(docId);
    this.generation++;
  }

  private featureOf(gram: number): number {
    const before = this.featureIds.size;
    const id = this.featureIds.idOf(gram);
    if (this.featureIds.size !== before) {
      this.df.push(0);
      this.postings.push([]);
    }
    return id;
  }

  /** Posts the deferred entries still held (in the order they were added). */
  postDeferred(): void {
    for (const index of this.unposted) {
      const entry = this.entries[index];
      if (!entry || this.entryAlive[index] !== 1) continue;
      for (const f of entry.features) this.postings[f]?.push(index);
    }
    this.unposted = [];
  }

  private addOne(v: MeasureVector, doc: number, deferred: boolean): number {
    const n = v.grams.length;
    const features = new Int32Array(n);
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      features[i] = this.featureOf(v.grams[i] ?? 0);
      const c = v.counts[i] ?? 1;
      weights[i] = c < WEIGHTS.length ? (WEIGHTS[c] ?? 1) : 1 + Math.log(c);
    }
    const index = this.entries.length;
    this.entries.push({ id: v.id, grams: v.grams, features, counts: v.counts, weights });
    this.entryDoc.push(doc);
    this.entryAlive.push(1);
    this.entryRoot.push(Math.sqrt(features.length || 1));
    this.byId.set(v.id, index);
    for (const f of features) {
      this.df[f] = (this.df[f] ?? 0) + 1;
      if (!deferred) this.postings[f]?.push(index);
    }
    this.held++;
    return index;
  }

  private idf(feature: number): number {
    if (this.idfCache.length < this.df.length) {
      const size = Math.max(this.df.length, this.idfCache.length * 2);
      const cache = new Float64Array(size);
      cache.set(this.idfCache);
      const gens = new Int32Array(size).fill(-1);
      gens.set(this.idfGen);
      this.idfCache = cache;
      this.idfGen = gens;
    }
    if (this.idfGen[feature] !== this.generation) {
      this.idfCache[feature] = Math.log((this.held + 1) / ((this.df[feature] ?? 0) + 1)) + 1;
      this.idfGen[feature] = this.generation;
    }
    return this.idfCache[feature] ?? 0;
  }

  private norm(index: number): number {
    if (this.normGen[index] === this.generation) return this.normCache[index] ?? 0;
    const entry = this.entries[index];
    if (!entry) return 0;
    let sum = 0;
    for (let i = 0; i < entry.features.length; i++) {
      const w = (entry.weights[i] ?? 0) * this.idf(entry.features[i] ?? 0);
      sum += w * w;
    }
    const norm = Math.sqrt(sum);
    this.normCache[index] = norm;
    this.normGen[index] = this.generation;
    return norm;
  }

  /** Exact TF-IDF cosine of two entries (sorted merge over their bigrams). */
  private cosine(ia: number, ib: number): number {
    const a = this.entries[ia];
    const b = this.entries[ib];
    if (!a || !b) return 0;
    let dot = 0;
    let i = 0;
    let j = 0;
    while (i < a.grams.length && j < b.grams.length) {
      const ga = a.grams[i] ?? 0;
      const gb = b.grams[j] ?? 0;
      if (ga === gb) {
        const idf = this.idf(a.features[i] ?? 0);
        dot += (a.weights[i] ?? 0) * (b.weights[j] ?? 0) * idf * idf;
        i++;
        j++;
      } else if (ga < gb) i++;
      else j++;
    }
    const normA = this.norm(ia);
    const normB = this.norm(ib);
    return normA > 0 && normB > 0 ? dot / (normA * normB) : 0;
  }

  /** Candidates in other documents for one entry: the best partial scores. */
  private candidates(index: number, opts: { maxDf: number; maxCandidates: number }): number[] {
    const entry = this.entries[index];
    if (!entry) return [];
    if (this.scratch.length < this.entries.length) {
      this.scratch = new Float64Array(this.entries.length * 2);
      this.rankScratch = new Float64Array(this.entries.length * 2);
    }
    const partial = this.scratch;
    const { df, postings, entryAlive, entryDoc } = this;
    const doc = entryDoc[index];
    const touched: number[] = [];
    for (let i = 0; i < entry.features.length; i++) {
      const f = entry.features[i] ?? 0;
      if ((df[f] ?? 0) > opts.maxDf) continue;
      const idf = this.idf(f);
      const w = (entry.weights[i] ?? 0) * idf * idf;
      const list = postings[f] ?? [];
      const length = list.length;
      let live = 0; // entries taken out leave the list as it is read (linking adds and removes many)
      for (let k = 0; k < length; k++) {
        const other = list[k] ?? 0;
        if (entryAlive[other] !== 1) continue;
        if (live !== k) list[live] = other;
        live++;
        if (entryDoc[other] === doc) continue;
        const sum = partial[other] ?? 0;
        if (sum === 0) touched.push(other);
        partial[other] = sum + w;
      }
      if (live !== length) list.length = live;
    }
    const scores = new Float64Array(touched.length);
    const rank = this.rankScratch;
    for (let j = 0; j < touched.length; j++) {
      const other = touched[j] ?? 0;
      const score = (partial[other] ?? 0) / (this.entryRoot[other] ?? 1);
      scores[j] = score;
      rank[other] = score;
      partial[other] = 0;
    }
    // best partial score first (a copy is found by the first candidates it meets)
    return best(touched, scores, opts.maxCandidates).sort((a, b) => (rank[b] ?? 0) - (rank[a] ?? 0) || a - b);
  }

  /** For each measure of `docId`: measures of other documents with cosine ≥ threshold. */
  query(docId: string, threshold: number, options: QueryOptions = {}): { from: string; to: string; score: number }[] {
    const out: { from: string; to: string; score: number }[] = [];
    for (const index of this.byDoc.get(docId) ?? []) {
      const entry = this.entries[index];
      if (!entry || this.entryAlive[index] !== 1) continue;
      for (const hit of this.scored(index, threshold, options)) out.push({ from: entry.id, ...hit });
    }
    return out;
  }

  /** For one held entry: entries of other documents with cosine ≥ threshold, best first. */
  queryEntry(id: string, threshold: number, options: QueryOptions = {}): { to: string; score: number }[] {
    const index = this.byId.get(id);
    return index === undefined ? [] : this.scored(index, threshold, options);
  }

  private scored(index: number, threshold: number, options: QueryOptions): { to: string; score: number }[] {
    const opts = {
      maxDf: options.maxDf ?? DEFAULT_MAX_DF,
      maxCandidates: options.maxCandidates ?? DEFAULT_MAX_CANDIDATES,
    };
    const out: { to: string; score: number }[] = [];
    for (const other of this.candidates(index, opts)) {
      const score = this.cosine(index, other);
      if (score >= threshold) out.push({ to: this.entries[other]?.id ?? '', score });
      if (options.stopAt !== undefined && score >= options.stopAt) return [out.at(-1) as { to: string; score: number }];
    }
    return out.sort((a, b) => b.score - a.score || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  }

  /** The exact cosine of two measures held by the index (null when either is not held). */
  score(idA: string, idB: string): number | null {
    const a = this.byId.get(idA);
    const b = this.byId.get(idB);
    return a !== undefined && b !== undefined ? this.cosine(a, b) : null;
  }
}
