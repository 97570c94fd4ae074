// The counts stored on Zone and Agency nodes (graph-loader/src/db/derived-store.ts) after loads that
// add documents, change one (--replace on change) and take one's measures away are the counts of the
// whole database recomputed from scratch, and those counts are the ones computed in TypeScript from a
// plain snapshot of the graph. A document an interrupted load left uncounted is counted by the next
// load, and a plan that puts a counted zone under another moves its measures there.
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshDerived } from '../../../graph-loader/src/db/derived.ts';
import { writeDocument } from '../../../graph-loader/src/db/load.ts';
import { pipelineFingerprint } from '../../../graph-loader/src/db/pipeline.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../../graph-loader/src/read/manifest.ts';
import type { Manifest } from '../../../graph-loader/src/types.ts';
import { DICTIONARY_DIR, loadSeeds, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';
import { snapshot } from './seeded.ts';

const STORED = [
  'measuresHere',
  'measuresBelow',
  'industryIds',
  'industryMeasures',
  'industrySample',
  'planCount',
  'planZoneRows',
  'partnerIds',
  'partnerMeasures',
];

let driver: Driver;
let dir: string;

/** Every Zone's and Agency's stored counts, by id (samples too: the first five measure ids). */
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

  it('a store written before the counts gets them from a load that writes nothing', async () => {
    const before = await storedCounts();
    const session = driver.session();
    try {
      await session.run('MATCH (n) WHERE n:Zone OR n:Agency UNWIND $keys AS k SET n[k] = null', { keys: STORED });
    } finally {
      await session.close();
    }
    expect(Object.values(await storedCounts()).every((c) => c['planCount'] == null && c['measuresHere'] == null)).toBe(
      true,
    );
    expect((await loadSeeds(driver, [dir])).loaded).toBe(0);
    expect(await storedCounts()).toEqual(before);
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

describe('counts after a plan joins counted zones', () => {
  // two plans of one area: a block's plan (the area and the FTZ above it come with it), then the area's
  const BLOCK = '000_6dd3a853ebbe6fc4.txt';
  const AREA = '001_b18cb7838db816cd.txt';
  let areaDocId = '';
  let manifest: Manifest;

  /** Documents whose counts are pending. */
  async function pendingDocuments(): Promise<number> {
    const result = await driver.executeQuery('MATCH (d:Document) WHERE d.countsPending RETURN count(d) AS n');
    return Number(result.records[0]?.get('n'));
  }

  async function measuresBelow(id: string): Promise<number> {
    const result = await driver.executeQuery('MATCH (z:Zone {id: $id}) RETURN z.measuresBelow AS n', { id });
    return Number(result.records[0]?.get('n'));
  }

  beforeAll(async () => {
    await resetDatabase(driver);
    manifest = await readManifest(SEED_DIR);
    const only = await mkdtemp(join(tmpdir(), 'ftz-derived-block-'));
    await copyFile(join(SEED_DIR, BLOCK), join(only, BLOCK));
    await writeFile(join(only, 'manifest.json'), JSON.stringify({ [BLOCK]: manifest[BLOCK] }));
    expect((await loadSeeds(driver, [only])).loaded).toBe(1);
    await rm(only, { recursive: true, force: true });
  });

  it('a plan written to counted zones and agencies: the counts are those of a recount', async () => {
    const dicts = await loadDictionaries(DICTIONARY_DIR);
    const file = join(SEED_DIR, AREA);
    const plan = parsePlan({ bytes: new Uint8Array(await readFile(file)), file, dicts, manifest: manifest[AREA] });
    areaDocId = plan.docId;
    await writeDocument(driver, plan, { pipeline: await pipelineFingerprint(dicts) });
    const refreshed = await refreshDerived(driver, { docIds: [plan.docId] });
    expect(refreshed.zones).toBeGreaterThan(0);
    expect(refreshed.agencies).toBeGreaterThan(0);
    expect(await pendingDocuments()).toBe(0);
    await expectIncrementalEqualsWhole();
  });

  it('a plan whose load stopped before its counts is counted by the next load', async () => {
    const whole = await storedCounts();
    // as a load stopped after its write leaves it: the plan pending, the counts without its measures
    await driver.executeQuery(
      'MATCH (d:Document {id: $id}) SET d.countsPending = true WITH d ' +
        'MATCH (m:Measure {docId: d.id}) ' +
        'CALL (m) { UNWIND coalesce(m.zoneIds, []) AS zid MATCH (:Zone {id: zid})-[:PART_OF*0..]->(z:Zone) ' +
        '  SET z.measuresHere = 0, z.measuresBelow = 0 } ' +
        'CALL (m) { MATCH (m)<-[:LEADS|SUPPORTS|INVOLVED_IN]-(a:Agency) SET a.planCount = 0, a.planZoneRows = 0 }',
      { id: areaDocId },
    );
    expect(await storedCounts()).not.toEqual(whole);
    expect((await loadSeeds(driver, [join(SEED_DIR, AREA)])).loaded).toBe(0);
    expect(await storedCounts()).toEqual(whole);
    expect(await pendingDocuments()).toBe(0);
  });

  it('a plan that puts a counted zone under another recounts that one and those above it', async () => {
    // as a load writes a plan (its Document pending, its measure located in the block) that names the
    // block part of a sibling zone as well: the sibling and the zones above it hold the block's measures
    const BLOCK_ZONE = 'zone:中国（河南）自由贸易试验区郑州片区金水区块';
    const SIBLING = 'zone:中国（河南）自由贸易试验区郑州片区郑东区块';
    const id = 'policy:test-moved';
    await driver.executeQuery(
      'MATCH (block:Zone {id: $block}), (sibling:Zone {id: $sibling}) ' +
        "CREATE (d:Policy:Document {id: $id, title: 'test', countsPending: true}) " +
        "CREATE (m:Measure {id: 'measure:test-moved', docId: $id, kind: 'measure', zoneIds: [$block]}) " +
        "CREATE (m)-[:APPLIES_TO {docId: $id, docIds: [$id], evidence: '', evidences: ['']}]->(block) " +
        "CREATE (block)-[:PART_OF {docId: $id, docIds: [$id], evidence: '', evidences: ['']}]->(sibling)",
      { block: BLOCK_ZONE, sibling: SIBLING, id },
    );
    await refreshDerived(driver, { docIds: [id] });
    await expectIncrementalEqualsWhole();
    expect(await measuresBelow(SIBLING)).toBeGreaterThanOrEqual(await measuresBelow(BLOCK_ZONE));
  });
});
