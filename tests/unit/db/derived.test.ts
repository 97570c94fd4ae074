// The counts stored on measures at write time (graph-loader/src/db/derived.ts), checked on every seed
// plan against the fragment's own LEADS and measure tree, walked independently here.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDerivedCounts } from '../../../graph-loader/src/db/derived.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import type { ParsedPlan } from '../../../graph-loader/src/parse-plan.ts';
import type { Fragment } from '../../../core/model.ts';
import { manifestEntryOf, seedContext } from '../robustness/fragment-checks.ts';
import { SEED_DIR } from '../../fixtures/encoded-copies.ts';

const seeds = (await readdir(SEED_DIR)).filter((f) => f.endsWith('.txt'));

const parsed = new Map<string, Promise<ParsedPlan>>();
/** A seed plan as the loader parses it, parsed once for all the tests. */
function seedPlan(file: string): Promise<ParsedPlan> {
  const plan =
    parsed.get(file) ??
    (async () => {
      const { dicts, manifest } = await seedContext();
      const path = join(SEED_DIR, file);
      const entry = manifestEntryOf(manifest, path);
      const bytes = new Uint8Array(await readFile(path));
      return parsePlan({ bytes, file, dicts, ...(entry ? { manifest: entry } : {}) });
    })();
  parsed.set(file, plan);
  return plan;
}

/** Each measure's lead agencies and its ancestors, read from the fragment. */
function facts(fragment: Fragment): { leads: Map<string, Set<string>>; up: (id: string) => string[] } {
  const leads = new Map<string, Set<string>>();
  const parent = new Map<string, string>();
  for (const r of fragment.relationships) {
    if (r.type === 'LEADS') leads.set(r.end, (leads.get(r.end) ?? new Set()).add(r.start));
    if (r.type === 'PART_OF' && r.start.startsWith('measure:') && r.end.startsWith('measure:'))
      parent.set(r.start, r.end);
  }
  const up = (id: string): string[] => {
    const out: string[] = [];
    for (let p = parent.get(id); p && !out.includes(p); p = parent.get(p)) out.push(p);
    return out;
  };
  return { leads, up };
}

describe('counts stored on measures when a plan is written', () => {
  it.each(seeds)('%s: leads and ledInTree agree with the LEADS and PART_OF of the fragment', async (file) => {
    const plan = await seedPlan(file);
    const { leads, up } = facts(plan.fragment);
    const measures = withDerivedCounts(plan.fragment).filter((n) => n.labels.includes('Measure'));
    expect(measures.length).toBeGreaterThan(0);
    const ledBelow = new Set([...leads.keys()].flatMap((id) => up(id)));
    for (const m of measures) {
      expect(m.properties['leads']).toBe(leads.get(m.id)?.size ?? 0);
      const inTree = leads.has(m.id) || ledBelow.has(m.id) || up(m.id).some((a) => leads.has(a));
      expect(m.properties['ledInTree']).toBe(inTree);
      const assigned = plan.fragment.relationships
        .filter((r) => (r.type === 'LEADS' || r.type === 'SUPPORTS') && r.end === m.id && r.start.startsWith('agency:'))
        .map((r) => r.start);
      // no property when none (an empty list is what a bulk import cannot store)
      expect(m.properties['assignees']).toEqual(assigned.length > 0 ? [...new Set(assigned)].sort() : undefined);
    }
    // a plan with a LEADS has a measure led in its tree (seed 002 assigns no lead)
    expect(measures.some((m) => m.properties['ledInTree'] === true)).toBe(leads.size > 0);
  });

  it.each(seeds)('%s: zoneIds are the zones a measure applies to, else those its plan covers', async (file) => {
    const plan = await seedPlan(file);
    const to = (type: string, start: string): string[] => [
      ...new Set(plan.fragment.relationships.filter((r) => r.type === type && r.start === start).map((r) => r.end)),
    ];
    const measures = withDerivedCounts(plan.fragment).filter((n) => n.labels.includes('Measure'));
    for (const m of measures) {
      const applies = to('APPLIES_TO', m.id).filter((id) => id.startsWith('zone:'));
      const expected = applies.length > 0 ? applies : to('COVERS', String(m.properties['docId']));
      expect((m.properties['zoneIds'] as string[]).slice().sort()).toEqual(expected.sort());
    }
    expect(measures.some((m) => (m.properties['zoneIds'] as string[]).length > 0)).toBe(true);
  });

  it.each(seeds)('%s: the Document carries the summary of its measures', async (file) => {
    const plan = await seedPlan(file);
    const nodes = withDerivedCounts(plan.fragment);
    const doc = nodes.find((n) => n.labels.includes('Document'));
    const measures = nodes.filter((n) => n.labels.includes('Measure'));
    const rels = plan.fragment.relationships;
    const distinct = (pick: (r: (typeof rels)[number]) => string | null): number =>
      new Set(rels.map(pick).filter((x) => x !== null)).size;
    const isMeasure = (id: string): boolean => measures.some((m) => m.id === id);
    expect(doc?.properties).toMatchObject({
      measuresAll: measures.length,
      measuresLed: measures.filter((m) => (m.properties['leads'] as number) > 0).length,
      measuresDue: measures.filter((m) => typeof m.properties['dueDate'] === 'string').length,
      agencyCount: distinct((r) =>
        ['LEADS', 'SUPPORTS', 'INVOLVED_IN'].includes(r.type) && isMeasure(r.end) ? r.start : null,
      ),
      industryCount: distinct((r) => (r.type === 'TARGETS' && isMeasure(r.start) ? r.end : null)),
      instrumentCount: distinct((r) => (r.type === 'ADOPTS' && isMeasure(r.start) ? r.end : null)),
      measuresUnled: measures.filter(
        (m) =>
          ['task', 'measure', 'article'].includes(String(m.properties['kind'])) && m.properties['ledInTree'] === false,
      ).length,
    });
    expect(doc?.properties['measuresAll']).toBeGreaterThan(0);
  });

  it('a write batch (several plans in one fragment) gives each plan its own counts', async () => {
    const plans = await Promise.all(seeds.slice(0, 3).map(async (file) => (await seedPlan(file)).fragment));
    const alone = plans.flatMap((f) => withDerivedCounts(f));
    const batch = withDerivedCounts({
      nodes: plans.flatMap((f) => f.nodes),
      relationships: plans.flatMap((f) => f.relationships),
    });
    const props = (nodes: typeof alone) =>
      new Map(nodes.filter((n) => !n.labels.includes('Agency')).map((n) => [n.id, n.properties]));
    expect(props(batch)).toEqual(props(alone));
  });
});
