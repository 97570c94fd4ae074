// The bulk path (graph-loader/src/db/bulk/) against the transactional path: the seeds, several dev
// corpus documents, a second path of a seed's bytes and an empty file, loaded into an empty store of a
// bundled Neo4j this test starts (the importer stops and restarts it) and, with transactions, into the
// shared test server: the two graphs are identical (nodes, labels, relationships, properties with
// their types), and so are the reports. Then plans added to the imported store go in with
// transactions, a reload of unchanged files writes nothing, and a bulk load that fails at a step says
// which and loads with transactions instead.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../../../database/server.ts';
import { loadPlans } from '../../../graph-loader/src/db/load.ts';
import type { LoadOptions, LoadReport } from '../../../graph-loader/src/db/load.ts';
import { applySchema } from '../../../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../../graph-loader/src/read/manifest.ts';
import { firstDifferences, graphLines } from '../../../bench/graph-lines.ts';
import { DICTIONARY_DIR, resetDatabase, SEED_DIR, testDriver } from '../../setup/neo4j.ts';

const CORPUS = join(SEED_DIR, '..', '..', '..', 'shared', 'corpus');
/** development corpus documents (none of the hold-out) */
const FIRST = ['04', '05', '07', '09', '11', '12'];
const MORE = ['14', '17'];

async function corpusFiles(prefixes: string[]): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(CORPUS);
  return prefixes.map((p) => join(CORPUS, names.find((n) => n.startsWith(`${p}_`)) as string));
}

/** Every property is compared (db/derived-store.ts samples the first measures by id). */
const UNORDERED = new Set<string>();

const outcome = (r: LoadReport) =>
  r.files.map((f) => [f.file, f.status, f.docId, f.measures, f.relationships, f.error, f.warnings]);

describe('the bulk importer against transactions', () => {
  let dataDir: string;
  let bulkDriver: Driver;
  let txDriver: Driver;
  let opts: LoadOptions;
  let first: string[];
  let extra = '';
  const notices: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ftz-bulk-test-'));
    const server = await startBundledNeo4j({ dataDir, port: await freePort() });
    bulkDriver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
    txDriver = testDriver();
    await resetDatabase(txDriver);
    await applySchema(bulkDriver);
    await applySchema(txDriver);
    extra = await mkdtemp(join(tmpdir(), 'ftz-bulk-test-files-'));
    await copyFile(join(SEED_DIR, '001_b18cb7838db816cd.txt'), join(extra, 'same-bytes-as-001.txt'));
    await writeFile(join(extra, 'empty.txt'), '');
    first = [SEED_DIR, ...(await corpusFiles(FIRST)), extra];
    const dicts = await loadDictionaries(DICTIONARY_DIR);
    opts = { dicts, manifest: await readManifest(SEED_DIR), onNotice: (line) => notices.push(line) };
  }, 600_000);

  afterAll(async () => {
    await bulkDriver?.close();
    await resetDatabase(txDriver);
    await txDriver?.close();
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
    await rm(extra, { recursive: true, force: true });
  });

  it('writes the graph the transactions write, and reports the same', async () => {
    const bulk = await loadPlans(bulkDriver, first, { ...opts, bulk: { mode: 'always', dataDir } });
    expect(notices.join('\n')).toContain('neo4j-admin database import');
    expect(bulk.bulk?.import).toBeGreaterThan(0);
    const tx = await loadPlans(txDriver, first, { ...opts, bulk: { mode: 'never' } });
    expect(tx.bulk).toBeUndefined();
    expect(outcome(bulk)).toEqual(outcome(tx));
    expect(bulk.orphansRemoved).toBe(tx.orphansRemoved);
    expect(bulk.loaded).toBeGreaterThan(8);
    expect(bulk.files.map((f) => f.status)).toEqual(expect.arrayContaining(['unchanged', 'failed']));
    const [a, b] = [await graphLines(bulkDriver, UNORDERED), await graphLines(txDriver, UNORDERED)];
    expect(a.length).toBeGreaterThan(4500);
    expect(firstDifferences(a, b)).toEqual([]);
    const schema = async (d: Driver) =>
      (await d.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).records.map(
        (r) => `${r.get('name')} ${r.get('state')}`,
      );
    // the full-text index may still fill when a bulk load returns (how far is reported); it comes online
    if (bulk.searchIndexed !== undefined) expect(bulk.searchIndexed).toBeLessThan(100);
    await bulkDriver.executeQuery('CALL db.awaitIndexes(300)');
    expect(await schema(bulkDriver)).toEqual(await schema(txDriver));
    const hits = await bulkDriver.executeQuery(
      "CALL db.index.fulltext.queryNodes('ftzSearch', '海关') YIELD node RETURN count(node) AS n",
    );
    expect(Number(hits.records[0]?.get('n'))).toBeGreaterThan(0);
  }, 900_000);

  it('adds plans to an imported store with transactions, and a reload writes nothing', async () => {
    const more = [...first, ...(await corpusFiles(MORE))];
    notices.length = 0;
    const added = await loadPlans(bulkDriver, more, { ...opts, bulk: { mode: 'always', dataDir } });
    expect(notices.join('\n')).toContain('bulk import not used: the store is not empty');
    expect(added.loaded).toBe(MORE.length);
    await loadPlans(txDriver, more, { ...opts, bulk: { mode: 'never' } });
    const [a, b] = [await graphLines(bulkDriver, UNORDERED), await graphLines(txDriver, UNORDERED)];
    expect(firstDifferences(a, b)).toEqual([]);
    const again = await loadPlans(bulkDriver, more, { ...opts, bulk: { mode: 'auto', dataDir } });
    expect(again.loaded).toBe(0);
    expect(again.unchanged).toBeGreaterThan(MORE.length);
    expect(await graphLines(bulkDriver, UNORDERED)).toEqual(a);
  }, 900_000);

  it('says which step failed and loads with transactions, the store as it was', async () => {
    await resetDatabase(txDriver);
    const notRunning = await mkdtemp(join(tmpdir(), 'ftz-bulk-test-stopped-'));
    notices.length = 0;
    try {
      const report = await loadPlans(txDriver, [SEED_DIR], {
        ...opts,
        bulk: { mode: 'always', dataDir: notRunning },
      });
      expect(notices.join('\n')).toMatch(/bulk import failed at 'stop': .*loading with transactions instead/);
      expect(report.bulk).toBeUndefined();
      expect(report.loaded).toBe(5);
    } finally {
      await rm(notRunning, { recursive: true, force: true });
    }
  }, 600_000);
});
