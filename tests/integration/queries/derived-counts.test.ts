// The counts stored on Zone and Agency nodes (graph-loader/src/db/derived-store.ts) after loads that
// add documents, change one (--replace on change) and take one's measures away are the counts of the
// whole database recomputed from scratch, and those counts are the ones computed in TypeScript from a
// plain snapshot of the graph.
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshDerived } from '../../../graph-loader/src/db/derived.ts';
import { loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';
import { snapshot } from './seeded.ts';

const STORED = [
  'measuresHere',
  'measuresBelow',
  'industryIds',
  'industryMeasures',
  'planCount',
  'planZoneRows',
  'partnerIds',
  'partnerMeasures',
];

let driver: Driver;
let dir: string;

/** Every Zone's and Agency's stored counts, by id (samples left out: any five measures will do). */
async function storedCounts(): Promise<Record<string, Record<string, unknown>>> {
  const session = driver.session();
  try {
    const result = await session.run(
      'MATCH (n) WHERE n:Zone OR n:Agency RETURN n.id AS id, [k IN $keys | [k, n[k]]] AS pairs ORDER BY id',
      { keys: STORED },
    );
    return Object.fromEntries(
      result.records.map((r) => [
        String(r.get('id')),
        Object.fromEntries((r.get('pairs') as [string, unknown][]).map(([k, v]) => [k, plain(v)])),
      ]),
    );
  } finally {
    await session.close();
  }
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  return typeof value === 'object' && value !== null && 'toNumber' in value
    ? (value as { toNumber(): number }).toNumber()
    : value;
}

/** The stored counts after a load, then after recomputing the whole database: they must agree. */
async function expectIncrementalEqualsWhole(): Promise<void> {
  const incremental = await storedCounts();
  await refreshDerived(driver);
  expect(incremental).toEqual(await storedCounts());
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'ftz-derived-'));
});
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('stored counts across loads', () => {
  it('adding documents to a loaded store', async () => {
    const seeds = (await readdir(SEED_DIR)).filter((f) => f.endsWith('.txt')).sort();
    const half = Math.ceil(seeds.length / 2);
    for (const f of [...seeds.slice(0, half), 'manifest.json']) await copyFile(join(SEED_DIR, f), join(dir, f));
    expect((await loadSeeds(driver, [dir])).loaded).toBe(half);
    for (const f of seeds.slice(half)) await copyFile(join(SEED_DIR, f), join(dir, f));
    expect((await loadSeeds(driver, [dir])).loaded).toBe(seeds.length - half);
    await expectIncrementalEqualsWhole();
  });

  it('a changed document replacing its earlier version', async () => {
    const seeds = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    const file = join(dir, seeds[0] as string);
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, lines.slice(0, Math.ceil(lines.length / 3)).join('\n'));
    expect((await loadSeeds(driver, [dir])).loaded).toBe(1);
    await expectIncrementalEqualsWhole();
  });

  it('zone counts are those of the snapshot', async () => {
    const snap = await snapshot(driver);
    const measures = snap.byLabel('Measure');
    const stored = await storedCounts();
    for (const z of snap.byLabel('Zone')) {
      const below = snap.zoneAndBelow(z.id);
      const here = measures.filter((m) => snap.measureZones(m.id).includes(z.id)).length;
      const withSub = measures.filter((m) => snap.measureZones(m.id).some((id) => below.has(id))).length;
      expect([z.id, stored[z.id]?.['measuresHere'], stored[z.id]?.['measuresBelow']]).toEqual([z.id, here, withSub]);
    }
  });
});
