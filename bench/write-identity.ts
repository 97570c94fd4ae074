// Does a change to the writer keep the graph identical? Loads the seeds and the first N generated
// plans with the loader of a given checkout (ROOT: this one, or e.g. /work/main) into the cleared
// database of a bundled Neo4j and prints the node and relationship counts per label and type and a
// sha256 over every node (labels, properties) and relationship (type, endpoint ids, properties),
// sorted. The pipeline fingerprint (a hash of the code) is left out: it differs between checkouts.
// `node bin/run-ts.js bench/write-identity.ts ROOT DATA_DIR [plans=30]` (FTZ_IDENTITY_DUMP=FILE: the lines too)
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDriver } from '../database/connection.ts';
import { startBundledNeo4j } from '../database/server.ts';
import type { loadPlans } from '../graph-loader/src/db/load.ts';
import type { clearGraph } from '../graph-loader/src/db/replace.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { generateCorpus, withZones } from './generate/index.ts';

const HERE = resolve(import.meta.dirname, '..');
const SKIP = new Set(['pipeline']);

function canonical(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(canonical);
  return value;
}

function props(p: Record<string, unknown>): string {
  const keys = Object.keys(p)
    .filter((k) => !SKIP.has(k))
    .sort();
  return JSON.stringify(keys.map((k) => [k, canonical(p[k])]));
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? HERE);
  const dataDir = resolve(process.argv[3] ?? join(tmpdir(), 'ftz-write-identity'));
  const n = Number(process.argv[4] ?? 30);
  const load = (await import(pathToFileURL(join(root, 'graph-loader/src/db/load.ts')).href)) as {
    loadPlans: typeof loadPlans;
  };
  const replace = (await import(pathToFileURL(join(root, 'graph-loader/src/db/replace.ts')).href)) as {
    clearGraph: typeof clearGraph;
  };
  const plansDir = join(tmpdir(), 'ftz-write-identity-plans');
  const probe = await generateCorpus({ root: HERE, outDir: plansDir, count: 0 });
  const corpus = await generateCorpus({ root: HERE, outDir: plansDir, count: n });
  const dicts = withZones(await loadDictionaries(join(HERE, 'data/dictionaries')), corpus.zones);
  const server = await startBundledNeo4j({ dataDir });
  const driver = openDriver({ ...server, database: 'neo4j' });
  try {
    await applySchema(driver);
    await replace.clearGraph(driver);
    const report = await load.loadPlans(driver, [...probe.seeds, ...corpus.files], { dicts, manifest: {} });
    const session = driver.session();
    try {
      const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
      const rels = await session.run(
        'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS p',
      );
      const lines = [
        ...nodes.records.map((r) => `N ${[...(r.get('labels') as string[])].sort().join(':')} ${props(r.get('p'))}`),
        ...rels.records.map((r) => `R ${r.get('type')} ${r.get('a')} ${r.get('b')} ${props(r.get('p'))}`),
      ].sort();
      const count = (prefix: string): Record<string, number> => {
        const out: Record<string, number> = {};
        for (const l of lines.filter((x) => x.startsWith(prefix))) {
          const key = l.split(' ')[1] as string;
          out[key] = (out[key] ?? 0) + 1;
        }
        return out;
      };
      if (process.env.FTZ_IDENTITY_DUMP) await writeFile(process.env.FTZ_IDENTITY_DUMP, lines.join('\n'));
      const sha = createHash('sha256').update(lines.join('\n')).digest('hex');
      console.log(
        JSON.stringify({
          root,
          loaded: report.loaded,
          failed: report.failed,
          nodes: nodes.records.length,
          relationships: rels.records.length,
        }),
      );
      console.log(JSON.stringify({ labels: count('N '), types: count('R ') }));
      console.log(`sha256 ${sha}`);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

await main();
