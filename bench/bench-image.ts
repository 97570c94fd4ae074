// What the bulk-path benches share: the first N plans of the benchmark corpus (seeds first) with the
// dictionaries that know their zones, and the bulk path's graph image of them (bulk/plan-image.ts),
// built with a Neo4j of its own for the similarity linker's read (stopped before it returns).
import { join } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../database/server.ts';
import type { GraphImage } from '../graph-loader/src/db/bulk/graph-image.ts';
import { buildImage } from '../graph-loader/src/db/bulk/plan-image.ts';
import { phaseClock } from '../graph-loader/src/db/load-timing.ts';
import { parsePool } from '../graph-loader/src/db/parse-pool.ts';
import { pipelineFingerprint } from '../graph-loader/src/db/pipeline.ts';
import { similarityLinker } from '../graph-loader/src/db/similar.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import type { Dictionaries } from '../graph-loader/src/types.ts';
import { generateCorpus, withZones } from './generate/index.ts';

/** The first `plans` plans of the benchmark corpus, generated into `outDir`. */
export async function benchmarkPlans(
  root: string,
  outDir: string,
  plans: number,
): Promise<{ files: string[]; dicts: Dictionaries }> {
  const probe = await generateCorpus({ root, outDir, count: 0 });
  const corpus = await generateCorpus({ root, outDir, count: Math.max(0, plans - probe.seeds.length) });
  const dicts = withZones(await loadDictionaries(join(root, 'data/dictionaries')), corpus.zones);
  return { files: [...corpus.seeds, ...corpus.files].slice(0, plans), dicts };
}

/** The graph image of `files` as a bulk load builds it (2 parse workers); `around` wraps the build
 *  alone (to time it), the server of `workDir/server` is started before and stopped after. */
export async function benchImage(
  files: string[],
  dicts: Dictionaries,
  workDir: string,
  around: (build: () => Promise<GraphImage>) => Promise<GraphImage> = (build) => build(),
): Promise<GraphImage> {
  const dataDir = join(workDir, 'server');
  const server = await startBundledNeo4j({ dataDir, port: await freePort() });
  const driver = openDriver({ ...server, database: 'neo4j' });
  try {
    const pipeline = await pipelineFingerprint(dicts);
    const pool = parsePool(dicts, 2);
    const opts = {
      pool,
      linker: similarityLinker(driver, { pipeline }),
      clock: phaseClock(),
      pipeline,
      replace: false,
      manifestOf: async () => undefined,
      report: () => {},
    };
    return await around(() => buildImage(opts, files)).finally(() => pool.close());
  } finally {
    await driver.close();
    await stopBundledNeo4j(dataDir);
  }
}
