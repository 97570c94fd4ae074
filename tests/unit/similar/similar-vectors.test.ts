// Term vectors kept beside the documents (graph-loader/src/similar/vector-codec.ts, db/similar.ts): on
// the seed plans, the vectors survive encoding exactly, and an index rebuilt from stored vectors
// finds the same pairs with the same scores as one built from the measure texts, whatever the order
// in which the documents joined it.
import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  comparableMeasures,
  decodeVectors,
  encodeVectors,
  findSimilar,
  TfIdfIndex,
} from '../../../graph-loader/src/similar/index.ts';
import type { MeasureRecord, SimilarPair } from '../../../graph-loader/src/similar/index.ts';
import { VectorCodecError } from '../../../graph-loader/src/similar/vector-codec.ts';
import { measuresOfFiles } from '../../gold/similar-eval.ts';

let seeds: MeasureRecord[][] = [];

beforeAll(async () => {
  const files = (await readdir('data/plans')).filter((f) => f.endsWith('.txt'));
  seeds = await measuresOfFiles(files);
}, 120_000);

const docIdOf = (doc: MeasureRecord[]): string => doc[0]?.docId ?? '';

/** The seeds but the last, as an index built from texts or from their encoded vectors. */
function baseIndex(from: 'texts' | 'stored', order: (docs: MeasureRecord[][]) => MeasureRecord[][]): TfIdfIndex {
  const texts = new TfIdfIndex();
  const base = order(seeds.slice(0, -1));
  for (const doc of base) texts.add(comparableMeasures(doc));
  if (from === 'texts') return texts;
  const stored = new TfIdfIndex();
  for (const doc of base) stored.addVectors(docIdOf(doc), decodeVectors(encodeVectors(texts.vectors(docIdOf(doc)))));
  return stored;
}

const pairsOfLast = (index: TfIdfIndex): SimilarPair[] => findSimilar(index, seeds.at(-1) ?? [], { threshold: 0.1 });

describe('stored term vectors', () => {
  it('has seed plans with comparable measures', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(3);
    expect(seeds.every((doc) => comparableMeasures(doc).length > 10)).toBe(true);
  });

  it('encode and decode every seed document exactly', () => {
    for (const doc of seeds) {
      const index = new TfIdfIndex();
      index.add(comparableMeasures(doc));
      const vectors = index.vectors(docIdOf(doc));
      expect(vectors.length).toBe(comparableMeasures(doc).length);
      expect(decodeVectors(encodeVectors(vectors))).toEqual(vectors);
    }
  });

  const orders: [string, (docs: MeasureRecord[][]) => MeasureRecord[][]][] = [
    ['in file order', (docs) => docs],
    ['in reverse order', (docs) => [...docs].reverse()],
  ];
  it.each(orders)('give the same pairs and scores as the texts, documents added %s', (_label, order) => {
    const expected = pairsOfLast(baseIndex('texts', (docs) => docs));
    expect(expected.length).toBeGreaterThan(0);
    expect(pairsOfLast(baseIndex('texts', order))).toEqual(expected);
    expect(pairsOfLast(baseIndex('stored', order))).toEqual(expected);
  });

  it('refuses truncated or trailing data', () => {
    const encoded = encodeVectors(new TfIdfIndex().vectors('none'));
    expect(decodeVectors(encoded)).toEqual([]);
    const index = new TfIdfIndex();
    index.add(comparableMeasures(seeds[0] ?? []));
    const bytes = Buffer.from(encodeVectors(index.vectors(docIdOf(seeds[0] ?? []))), 'base64');
    expect(() => decodeVectors(bytes.subarray(0, bytes.length - 3).toString('base64'))).toThrow(VectorCodecError);
    expect(() => decodeVectors(Buffer.concat([bytes, Buffer.from([1])]).toString('base64'))).toThrow(VectorCodecError);
  });
});
