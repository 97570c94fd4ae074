// Helpers for tests against the Neo4j of tests/setup/global-neo4j.ts: a driver, a reset, and the
// seed plans loaded through the real loader.
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { clearGraph } from '../../graph-loader/src/db/replace.ts';
import { applySchema } from '../../graph-loader/src/db/schema.ts';
import type { LoadReport } from '../../graph-loader/src/db/load-report.ts';

export const SEED_DIR = join(PROJECT_ROOT, 'data', 'plans');
export const DICTIONARY_DIR = join(PROJECT_ROOT, 'data', 'dictionaries');

/** A driver to the test Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  const { uri, username, password } = inject('neo4j');
  return neo4j.driver(uri, neo4j.auth.basic(username, password), { userAgent: 'ftz-atlas-tests' });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function resetDatabase(driver: Driver): Promise<void> {
  await clearGraph(driver);
}

/** Resets nothing: applies the schema and loads data/plans (or `paths`) through the real loader. */
export async function loadSeeds(driver: Driver, paths: string[] = [SEED_DIR]): Promise<LoadReport> {
  // imported here so tests that only need a driver do not load the whole extraction pipeline
  const { loadPlans } = await import('../../graph-loader/src/db/load.ts');
  const { loadDictionaries } = await import('../../graph-loader/src/read/dictionaries.ts');
  const { readManifest } = await import('../../graph-loader/src/read/manifest.ts');
  await applySchema(driver);
  const dicts = await loadDictionaries(DICTIONARY_DIR);
  return loadPlans(driver, paths, { dicts, manifest: await readManifest(SEED_DIR) });
}
