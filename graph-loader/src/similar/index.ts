// "The same reform elsewhere": what the loader's similarity step offers. Measures are compared by TF-IDF
// cosine over the character bigrams of their own cleaned text (text.ts, tfidf-index.ts); copies of one
// text form a group linked as a star, and distinct groups that carry the same reform are SIMILAR_TO
// (groups.ts). Pure: the loader reads and writes (db/similar.ts).
export {
  comparableMeasures,
  findSimilar,
  fragmentMeasures,
  buildSimilarityIndex,
  SIMILARITY_METHOD,
  SIMILARITY_THRESHOLD,
} from './pairs.ts';
export type { MeasureRecord, SimilarOptions, SimilarPair } from './pairs.ts';
export { COPY_THRESHOLD, CopyGroups, NO_LINKS } from './groups.ts';
export type { GroupOptions, GroupPair, MemberLink, SimilarLinks, StoredGroup } from './groups.ts';
export { measureVector, TfIdfIndex } from './tfidf-index.ts';
export type { ComparableMeasure, MeasureVector } from './tfidf-index.ts';
export { decodeVectors, encodeVectors, VECTOR_CODEC_VERSION } from './vector-codec.ts';
