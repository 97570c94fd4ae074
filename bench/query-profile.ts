// Iterating on saved queries against a kept database (not part of `npm run bench`):
//   node bin/run-ts.js bench/query-profile.ts load <dataDir> <plans>   generate, start Neo4j, load, leave it running
//   node bin/run-ts.js bench/query-profile.ts time <dataDir> <dirA> [dirB…]  p50/p95 of every saved query in each
//     queries directory, runs interleaved so that both see the same machine load
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { freePort, startBundledNeo4j } from '../database/server.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { createQueryService } from '../query-service/service.ts';
import { generateCorpus, withZones } from './generate/index.ts';
import { freshLoad } from './scale-load.ts';
import { percentile } from './scale-http.ts';

const ROOT = resolve(import.meta.dirname, '..');

async function connect(dataDir: string) {
  const port = await freePort();
  const server = await startBundledNeo4j({ dataDir, port, onProgress: (l) => console.error(l) });
  return openDriver({ uri: server.uri, username: server.username, password: server.password, database: 'neo4j' });
}

async function load(dataDir: string, plans: number) {
  const outDir = await mkdtemp(join(tmpdir(), 'ftz-qp-plans-'));
  const probe = await generateCorpus({ root: ROOT, outDir, count: 0 });
  const corpus = await generateCorpus({ root: ROOT, outDir, count: plans - probe.seeds.length });
  const driver = await connect(dataDir);
  await applySchema(driver);
  const dicts = withZones(await loadDictionaries(join(ROOT, 'data/dictionaries')), corpus.zones);
  const step = await freshLoad(driver, [...corpus.seeds, ...corpus.files], dicts);
  console.log(`loaded ${step.loaded} plans in ${step.seconds.toFixed(1)} s (${step.failed} failed)`);
  await driver.close();
}

async function time(dataDir: string, dirs: string[], runs: number) {
  const driver = await connect(dataDir);
  const services = dirs.map((d) => createQueryService({ driver, queriesDir: resolve(d) }));
  const names = (await services[0]!.listQueries()).map((q) => q.name);
  const only = process.env.QP_ONLY?.split(',');
  console.log(`load average ${loadavg()[0].toFixed(1)}`);
  for (const name of names.filter((n) => !only || only.includes(n))) {
    const times: number[][] = dirs.map(() => []);
    const rows: string[] = dirs.map(() => '');
    for (let r = 0; r <= runs; r++) {
      for (const [i, s] of services.entries()) {
        const t0 = performance.now();
        try {
          const res = await s.runSaved(name, {});
          rows[i] =
            `${res.rows.length}${res.truncated ? '+' : ''} ${(JSON.stringify(res).length / 1024).toFixed(0)} KB`;
        } catch (e) {
          rows[i] = `ERR ${(e as Error).message.slice(0, 60)}`;
        }
        if (r > 0) times[i]!.push(performance.now() - t0); // r = 0 is the warm-up
      }
    }
    const cols = times.map((t, i) => {
      t.sort((a, b) => a - b);
      return `p50 ${percentile(t, 50).toFixed(0).padStart(5)} p95 ${percentile(t, 95).toFixed(0).padStart(5)} rows ${rows[i]}`;
    });
    console.log(`${name.padEnd(28)} ${cols.join(' | ')}`);
  }
  console.log(`load average ${loadavg()[0].toFixed(1)}`);
  await driver.close();
}

const [mode, dataDir, ...rest] = process.argv.slice(2);
if (mode === 'load') await load(dataDir!, Number(rest[0]));
else if (mode === 'time') await time(dataDir!, rest, Number(process.env.QP_RUNS ?? 5));
else console.error('usage: query-profile.ts load <dataDir> <plans> | time <dataDir> <queriesDir>…');
