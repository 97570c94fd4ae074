// An inverted index of character bigrams over comparable measures, for TF-IDF cosine similarity.
// Pure data structure (no I/O): documents are added and replaced as a load goes on; the weights use
// the document frequencies of what the index holds at query time.
//
// Candidates come from the postings of a measure's informative bigrams (those in at most `maxDf`
// measures), ranked by a cheap partial score; only the best `maxCandidates` are scored exactly. The
// work per query is bounded by (bigrams × maxDf), so indexing is linear and querying near-linear.

export interface ComparableMeasure {
  id: string;
  docId: string;
  /** cleaned text (textCleaner): letters and digits only */
  text: string;
}

interface Entry {
  id: string;
  docId: string;
  features: Int32Array; // sorted feature ids
  weights: Float32Array; // 1 + ln(term frequency), aligned with features
  alive: boolean;
}

export interface QueryOptions {
  /** bigrams in more measures than this give no candidates (they still count in the score) */
  maxDf?: number;
  /** how many candidates per measure are scored exactly */
  maxCandidates?: number;
}

export const DEFAULT_MAX_DF = 200;
export const DEFAULT_MAX_CANDIDATES = 50;

/** Character bigrams are compared. On the labelled pairs, adding trigrams (or trigrams alone) lost
 *  recall at the same precision (tests/gold/README.md). */
const UNITS = 0x10000;

/** The character bigrams of a text (UTF-16 units: CJK outside the BMP is rare in official text) as
 *  numbers (first × 65536 + second) with their counts; a one-character text is its own feature. */
export function bigrams(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const gram = text.charCodeAt(i) * UNITS + text.charCodeAt(i + 1);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  if (counts.size === 0 && text.length > 0) counts.set(text.charCodeAt(0), 1);
  return counts;
}

export class TfIdfIndex {
  private readonly featureIds = new Map<number, number>();
  private readonly df: number[] = [];
  private readonly postings: number[][] = [];
  private readonly entries: Entry[] = [];
  private readonly byDoc = new Map<string, number[]>();
  private alive = 0;
  /** bumped on every change; cached idf values and norms of another generation are stale */
  private generation = 0;
  private idfCache = new Float64Array(0);
  private idfGen = new Int32Array(0);
  private normCache: number[] = [];
  private normGen: number[] = [];

  /** Number of measures held. */
  get size(): number {
    return this.alive;
  }

  /** Documents held. */
  documents(): string[] {
    return [...this.byDoc.keys()];
  }

  /** Adds measures; a document already held is replaced by the measures given for it. */
  add(measures: readonly ComparableMeasure[]): void {
    for (const docId of new Set(measures.map((m) => m.docId))) this.removeDocument(docId);
    for (const m of measures) this.addOne(m);
  }

  removeDocument(docId: string): void {
    const held = this.byDoc.get(docId);
    if (!held) return;
    for (const index of held) {
      const entry = this.entries[index];
      if (!entry?.alive) continue;
      entry.alive = false;
      this.alive--;
      for (const f of entry.features) this.df[f] = (this.df[f] ?? 1) - 1;
    }
    this.byDoc.delete(docId);
    this.generation++;
  }

  private addOne(m: ComparableMeasure): void {
    const counts = new Map<number, number>();
    for (const [gram, count] of bigrams(m.text)) {
      let id = this.featureIds.get(gram);
      if (id === undefined) {
        id = this.df.length;
        this.featureIds.set(gram, id);
        this.df.push(0);
        this.postings.push([]);
      }
      counts.set(id, count);
    }
    const features = Int32Array.from(counts.keys()).sort();
    const weights = Float32Array.from(features, (f) => 1 + Math.log(counts.get(f) ?? 1));
    const index = this.entries.length;
    this.entries.push({ id: m.id, docId: m.docId, features, weights, alive: true });
    for (const f of features) {
      this.df[f] = (this.df[f] ?? 0) + 1;
      this.postings[f]?.push(index);
    }
    const held = this.byDoc.get(m.docId);
    if (held) held.push(index);
    else this.byDoc.set(m.docId, [index]);
    this.alive++;
    this.generation++;
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
      this.idfCache[feature] = Math.log((this.alive + 1) / ((this.df[feature] ?? 0) + 1)) + 1;
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

  /** Exact TF-IDF cosine of two entries (sorted-merge over their features). */
  private cosine(ia: number, ib: number): number {
    const a = this.entries[ia];
    const b = this.entries[ib];
    if (!a || !b) return 0;
    let dot = 0;
    let i = 0;
    let j = 0;
    while (i < a.features.length && j < b.features.length) {
      const fa = a.features[i] ?? 0;
      const fb = b.features[j] ?? 0;
      if (fa === fb) {
        const idf = this.idf(fa);
        dot += (a.weights[i] ?? 0) * (b.weights[j] ?? 0) * idf * idf;
        i++;
        j++;
      } else if (fa < fb) i++;
      else j++;
    }
    const normA = this.norm(ia);
    const normB = this.norm(ib);
    return normA > 0 && normB > 0 ? dot / (normA * normB) : 0;
  }

  private scratch = new Float64Array(0);

  /** Candidates in other documents for one entry, best partial score first. */
  private candidates(entry: Entry, opts: Required<QueryOptions>): number[] {
    if (this.scratch.length < this.entries.length) this.scratch = new Float64Array(this.entries.length * 2);
    const partial = this.scratch;
    const touched: number[] = [];
    for (let i = 0; i < entry.features.length; i++) {
      const f = entry.features[i] ?? 0;
      if ((this.df[f] ?? 0) > opts.maxDf) continue;
      const idf = this.idf(f);
      const w = (entry.weights[i] ?? 0) * idf * idf;
      for (const other of this.postings[f] ?? []) {
        const e = this.entries[other];
        if (!e?.alive || e.docId === entry.docId) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other] = (partial[other] ?? 0) + w;
      }
    }
    const ranked = touched.map((other) => {
      const score = (partial[other] ?? 0) / Math.sqrt(this.entries[other]?.features.length ?? 1);
      partial[other] = 0;
      return [other, score] as const;
    });
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, opts.maxCandidates).map(([other]) => other);
  }

  /** For each measure of `docId`: measures of other documents with cosine ≥ threshold. */
  query(docId: string, threshold: number, options: QueryOptions = {}): { from: string; to: string; score: number }[] {
    const opts = {
      maxDf: options.maxDf ?? DEFAULT_MAX_DF,
      maxCandidates: options.maxCandidates ?? DEFAULT_MAX_CANDIDATES,
    };
    const out: { from: string; to: string; score: number }[] = [];
    for (const index of this.byDoc.get(docId) ?? []) {
      const entry = this.entries[index];
      if (!entry?.alive) continue;
      for (const other of this.candidates(entry, opts)) {
        const score = this.cosine(index, other);
        if (score >= threshold) out.push({ from: entry.id, to: this.entries[other]?.id ?? '', score });
      }
    }
    return out;
  }

  /** The exact cosine of two measures held by the index (null when either is not held). */
  score(idA: string, idB: string): number | null {
    const find = (id: string): number => this.entries.findIndex((e) => e.alive && e.id === id);
    const a = find(idA);
    const b = find(idB);
    return a >= 0 && b >= 0 ? this.cosine(a, b) : null;
  }
}
