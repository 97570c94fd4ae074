// The bulk path's in-memory orphans and counts (graph-loader/src/db/bulk/derived-image.ts) against
// the Cypher they replace (replace.ts deleteOrphans, db/derived-store.ts refreshDerived): the seeds and
// dev corpus documents (zones nested under zones, agencies working in several plans) are loaded with
// transactions, shared nodes without relationships are added (and a Document without any, which stays),
// the graph is read back into a GraphImage without its stored counts, and the image's orphans and
// counts are those Neo4j deletes and stores.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphImage } from '../../../graph-loader/src/db/bulk/graph-image.ts';
import type { Value } from '../../../graph-loader/src/db/bulk/graph-image.ts';
import { dropOrphans, setSharedCounts } from '../../../graph-loader/src/db/bulk/derived-image.ts';
import { deleteOrphans } from '../../../graph-loader/src/db/replace.ts';
import { resetDatabase, loadSeeds, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const CORPUS = join(SEED_DIR, '..', '..', '..', 'shared', 'corpus');
/** development corpus documents (none of the hold-out) */
const DOCS = ['04', '05', '09', '12'];

const ZONE_KEYS = ['measuresHere', 'measuresBelow', 'industryIds', 'industryMeasures', 'industrySample'];
const AGENCY_KEYS = ['planCount', 'planZoneRows', 'partnerIds', 'partnerMeasures'];

const ORPHANS = [
  { id: 'zone:测试孤立区', labels: ['Zone'] },
  { id: 'agency:测试孤立局', labels: ['Agency'] },
  { id: 'industry:测试孤立产业', labels: ['Industry'] },
  { id: 'policy:测试孤立政策', labels: ['Policy'] },
  { id: 'policy:测试孤立文件', labels: ['Policy', 'Document'] },
];

const plain = (v: unknown): Value =>
  neo4j.isInt(v as never)
    ? (v as { toNumber(): number }).toNumber()
    : Array.isArray(v)
      ? (v.map((x) => plain(x)) as Value)
      : (v as Value);

/** The stored graph as a GraphImage, the stored counts left out. */
async function imageOf(driver: Driver): Promise<GraphImage> {
  const image = new GraphImage();
  const nodes = await driver.executeQuery('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p');
  for (const r of nodes.records) {
    const props = Object.fromEntries(
      Object.entries(r.get('p') as Record<string, unknown>)
        .filter(([k]) => !ZONE_KEYS.includes(k) && !AGENCY_KEYS.includes(k))
        .map(([k, v]) => [k, plain(v)]),
    );
    image.nodes.set(r.get('id') as string, { id: r.get('id') as string, labels: r.get('labels') as string[], props });
  }
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b');
  for (const r of rels.records) {
    const [type, start, end] = [r.get('type') as string, r.get('a') as string, r.get('b') as string];
    image.rels.set(`${type}\u0000${start}\u0000${end}`, { type, start, end, props: {}, lists: null });
  }
  return image;
}

async function storedCounts(driver: Driver, label: string, keys: string[]): Promise<Map<string, unknown[]>> {
  const result = await driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id, [k IN $keys | n[k]] AS values`, {
    keys,
  });
  return new Map(result.records.map((r) => [r.get('id') as string, (r.get('values') as unknown[]).map(plain)]));
}

function imageCounts(image: GraphImage, label: string, keys: string[]): Map<string, unknown[]> {
  const nodes = [...image.nodes.values()].filter((n) => n.labels.includes(label));
  return new Map(nodes.map((n) => [n.id, keys.map((k) => n.props[k] ?? null)]));
}

describe('the bulk path counts in memory what the loader counts in Neo4j', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    const names = await readdir(CORPUS);
    const docs = DOCS.map((p) => join(CORPUS, names.find((n) => n.startsWith(`${p}_`)) as string));
    await loadSeeds(driver, [SEED_DIR, ...docs]);
  }, 600_000);

  afterAll(async () => {
    await resetDatabase(driver);
    await driver?.close();
  });

  it('drops the orphans deleteOrphans deletes and sets the counts refreshDerived stores', async () => {
    for (const n of ORPHANS) await driver.executeQuery(`CREATE (:${n.labels.join(':')} {id: $id})`, { id: n.id });
    const image = await imageOf(driver);
    const session = driver.session();
    const deleted = await session.executeWrite((tx) => deleteOrphans(tx)).finally(() => session.close());
    expect(dropOrphans(image)).toBe(deleted);
    expect(deleted).toBe(ORPHANS.length - 1);
    expect(image.nodes.has('policy:测试孤立文件')).toBe(true);
    setSharedCounts(image);
    const zones = await storedCounts(driver, 'Zone', ZONE_KEYS);
    const agencies = await storedCounts(driver, 'Agency', AGENCY_KEYS);
    const nested = [...zones.values()].filter(([here, below]) => (below as number) > (here as number));
    expect(nested.length).toBeGreaterThan(0);
    expect([...agencies.values()].filter(([plans]) => (plans as number) > 1).length).toBeGreaterThan(0);
    expect(imageCounts(image, 'Zone', ZONE_KEYS)).toEqual(zones);
    expect(imageCounts(image, 'Agency', AGENCY_KEYS)).toEqual(agencies);
  }, 300_000);
});
