// The case of the similar-measures saved query: the measures joined to the given one by SIMILAR_TO
// (either direction), best score first, each with its plan, computed from the graph snapshot.
import { expect } from 'vitest';
import type { Case } from './cases.ts';

const HAIDIAN_IP = 'measure:中国（北京）自由贸易试验区科技创新片区海淀组团实施方案#3.2.2';

export const similarCases: Case[] = [
  {
    name: 'similar-measures',
    check: (r, snap) => {
      const expected = [...snap.out('SIMILAR_TO', HAIDIAN_IP), ...snap.in('SIMILAR_TO', HAIDIAN_IP)];
      expect(expected.length).toBeGreaterThan(0);
      expect(r.rows.map((row) => row['measureId']).sort()).toEqual([...new Set(expected)].sort());
      const scores = r.rows.map((row) => Number(row['score']));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const row of r.rows) {
        const other = snap.byLabel('Measure').find((m) => m.id === row['measureId']);
        const plan = snap.byLabel('Document').find((d) => d.id === other?.props['docId']);
        expect(row['plan']).toBe(plan?.props['title']);
        expect(row['method']).toBe('tfidf-cosine-char2');
      }
    },
  },
  {
    name: 'similar-measures',
    label: 'a score above every pair',
    params: { minScore: 1.01 },
    check: (r) => {
      expect(r.rows).toEqual([]);
    },
  },
];
