// A Measure's `text` is its own text (its span without its sub-measures), so full-text search and the
// saved query keyword-measures find the measure that states a sentence, not every task above it; a
// parent's heading still finds the parent; and the whole span stays readable (measure-context, from
// the Document by start/end). Real Neo4j with the seeds; the phrases are picked from the graph.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryService } from '../../../query-service/service.ts';
import type { QueryService } from '../../../query-service/service.ts';
import { seededDriver, snapshot } from './seeded.ts';
import type { Snapshot, SnapNode } from './seeded.ts';

let driver: Driver;
let service: QueryService;
let snap: Snapshot;

interface Pick {
  leaf: string;
  ancestors: string[];
  /** a run of Chinese characters of the leaf's text that no ancestor's own text or title holds */
  phrase: string;
}

const str = (n: SnapNode | undefined, key: string): string => String(n?.props[key] ?? '');
const spanOf = (id: string): string => {
  const m = snap.nodes.get(id);
  return str(snap.nodes.get(str(m, 'docId')), 'text').slice(Number(m?.props['start']), Number(m?.props['end']));
};

/** Per seed plan, its first leaf (by id) under at least one task with a phrase of 8 characters found in
 *  none of its ancestors' own words. */
function picks(): Pick[] {
  const byDoc = new Map<string, Pick>();
  const leaves = snap
    .byLabel('Measure')
    .filter((m) => snap.in('PART_OF', m.id).length === 0 && snap.out('PART_OF', m.id).length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const leaf of leaves) {
    const docId = str(leaf, 'docId');
    if (byDoc.has(docId)) continue;
    const ancestors = snap.measureAncestors(leaf.id);
    const own = ancestors.map((a) => `${str(snap.nodes.get(a), 'title')}\n${str(snap.nodes.get(a), 'text')}`);
    for (const run of str(leaf, 'text').match(/[\u4e00-\u9fff]{8,}/g) ?? []) {
      const phrase = run.slice(0, 8);
      if (own.some((t) => t.includes(phrase))) continue;
      byDoc.set(docId, { leaf: leaf.id, ancestors, phrase });
      break;
    }
  }
  return [...byDoc.values()];
}

const measureIds = async (keyword: string): Promise<string[]> =>
  (await service.runSaved('keyword-measures', { keyword, limit: 500 })).rows.map((r) => String(r['measureId']));

beforeAll(async () => {
  driver = await seededDriver();
  service = createQueryService({ driver });
  snap = await snapshot(driver);
});
afterAll(async () => {
  await driver.close();
});

describe('own text: the specific measure is the hit', () => {
  it('the seeds give a sub-measure with a phrase of its own in most plans', () => {
    expect(picks().length).toBeGreaterThanOrEqual(3);
  });

  it('a phrase of a sub-measure finds it and none of the tasks above it (their spans hold it)', async () => {
    for (const p of picks()) {
      for (const a of p.ancestors) expect(spanOf(a)).toContain(p.phrase);
      const ids = await measureIds(p.phrase);
      expect(ids, p.phrase).toContain(p.leaf);
      for (const a of p.ancestors) expect(ids, p.phrase).not.toContain(a);
      const hits = (await service.search({ q: p.phrase, labels: ['Measure'], limit: 200 })).hits;
      expect(hits.map((h) => h.node.id)).toContain(p.leaf);
      for (const a of p.ancestors) expect(hits.map((h) => h.node.id)).not.toContain(a);
      const hit = hits.find((h) => h.node.id === p.leaf);
      expect(hit?.highlight.ranges.length).toBeGreaterThan(0);
    }
  });

  it("a task's own heading still finds the task", async () => {
    let checked = 0;
    for (const p of picks()) {
      const parent = snap.nodes.get(p.ancestors[0] ?? '');
      const heading = (str(parent, 'title').match(/[\u4e00-\u9fff]{4,}/g) ?? [])[0];
      if (!heading) continue;
      checked++;
      expect(str(parent, 'text')).toContain(heading);
      expect(await measureIds(heading), heading).toContain(parent?.id);
      const hits = (await service.search({ q: heading, labels: ['Measure'], limit: 200 })).hits;
      expect(hits.map((h) => h.node.id)).toContain(parent?.id);
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it("measure-context shows a task's whole span, its sub-measures included", async () => {
    for (const p of picks()) {
      const parent = p.ancestors[0] ?? '';
      const own = str(snap.nodes.get(parent), 'text');
      const row = (await service.runSaved('measure-context', { measure: parent })).rows[0];
      expect(row?.['text']).toBe(spanOf(parent));
      expect(String(row?.['text'])).toContain(p.phrase);
      expect(own).not.toContain(p.phrase);
      expect(String(row?.['text']).length).toBeGreaterThan(own.length);
    }
  });
});
