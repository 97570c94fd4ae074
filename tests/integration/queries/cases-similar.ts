// The case of the similar-measures saved query, computed from the graph snapshot: the other members of
// the measure's copy group (relation copy), then the canonical members of the groups SIMILAR_TO its
// group (relation similar, either direction, with how many copies each has), best score first within
// each, each with its plan.
import { expect } from 'vitest';
import type { Case } from './cases.ts';
import type { Snapshot } from './seeded.ts';

const HAIDIAN_IP = 'measure:中国（北京）自由贸易试验区科技创新片区海淀组团实施方案#3.2.2';

/** The measures the query should list for `id`, by relation. */
export function expectedSimilar(snap: Snapshot, id: string): { copy: string[]; similar: string[] } {
  const canonical = snap.out('COPY_OF', id)[0] ?? id;
  const group = [canonical, ...snap.in('COPY_OF', canonical)];
  const similar = [...snap.out('SIMILAR_TO', canonical), ...snap.in('SIMILAR_TO', canonical)];
  return { copy: group.filter((m) => m !== id).sort(), similar: [...new Set(similar)].sort() };
}

export const similarCases: Case[] = [
  {
    name: 'similar-measures',
    check: (r, snap) => {
      const expected = expectedSimilar(snap, HAIDIAN_IP);
      expect(expected.similar.length).toBeGreaterThan(0);
      const ids = (relation: string): string[] =>
        r.rows
          .filter((row) => row['relation'] === relation)
          .map((row) => String(row['measureId']))
          .sort();
      expect(ids('copy')).toEqual(expected.copy);
      expect(ids('similar')).toEqual(expected.similar);
      const relations = r.rows.map((row) => String(row['relation']));
      expect(relations).toEqual([...relations].sort()); // copies first
      for (const relation of ['copy', 'similar']) {
        const scores = r.rows.filter((row) => row['relation'] === relation).map((row) => Number(row['score']));
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
      for (const row of r.rows.filter((x) => x['relation'] === 'similar')) {
        expect(row['copies']).toBe(snap.in('COPY_OF', String(row['measureId'])).length);
      }
      for (const row of r.rows) {
        const other = snap.byLabel('Measure').find((m) => m.id === row['measureId']);
        const plan = snap.byLabel('Document').find((d) => d.id === other?.props['docId']);
        expect(row['plan']).toBe(plan?.props['title']);
        expect(row['method']).toBe('tfidf-cosine-char2');
        // the measure's own text (sub-measures left out): the words that were compared
        expect(row['text']).toBe(other?.props['text']);
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
