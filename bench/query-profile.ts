// Iterating on saved queries against a kept database (not part of `npm run bench`):
//   node bin/run-ts.js bench/query-profile.ts load <dataDir> <plans>   generate, start Neo4j, load, leave it running
//   node bin/run-ts.js bench/query-profile.ts time <dataDir> <dirA> [dirB…]  p50/p95 of every saved query in each
//     queries directory, runs interleaved so that both see the same machine load; with QP_GRAPH=1 also the
//     graph behind the rows (POST /api/query/graph), asked for apart after each run
//   node bin/run-ts.js bench/query-profile.ts derive <dataDir> [docId…]  the stored counts (db/derived-store.ts) of
//     the whole database, or of what these documents touch, recomputed and timed
//   node bin/run-ts.js bench/query-profile.ts hits <dataDir> <queriesDir> [name…]  PROFILE of each saved query:
//     its db hits and the operators that make most of them (steadier than times on a busy machine)
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { freePort, startBundledNeo4j } from '../database/server.ts';
import { refreshDerived } from '../graph-loader/src/db/derived.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { resultGraphIds } from '../core/row-ids.ts';
import { createQueryService } from '../query-service/service.ts';
import type { QueryService } from '../query-service/service.ts';
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
    const graphTimes: number[][] = dirs.map(() => []);
    const rows: string[] = dirs.map(() => '');
    const graphs: string[] = dirs.map(() => '');
    for (let r = 0; r <= runs; r++) {
      for (const [i, s] of services.entries()) {
        const t0 = performance.now();
        try {
          const res = await s.runSaved(name, {});
          const shown = `${res.rows.length}${res.truncated ? `/${res.total ?? '+'}` : ''}`;
          rows[i] = `${shown} ${(JSON.stringify(res).length / 1024).toFixed(0)} KB`;
          if (r > 0) times[i]!.push(performance.now() - t0); // r = 0 is the warm-up
          if (process.env.QP_GRAPH) graphs[i] = await timeGraph(s, res, r > 0 ? graphTimes[i]! : []);
        } catch (e) {
          rows[i] = `ERR ${(e as Error).message.slice(0, 60)}`;
        }
      }
    }
    const cols = times.map((t, i) => {
      t.sort((a, b) => a - b);
      const g = graphTimes[i]!.sort((a, b) => a - b);
      const graph = process.env.QP_GRAPH ? ` graph p50 ${percentile(g, 50).toFixed(0)} ${graphs[i]}` : '';
      return `p50 ${percentile(t, 50).toFixed(0).padStart(5)} p95 ${percentile(t, 95).toFixed(0).padStart(5)} rows ${rows[i]}${graph}`;
    });
    console.log(`${name.padEnd(28)} ${cols.join(' | ')}`);
  }
  console.log(`load average ${loadavg()[0].toFixed(1)}`);
  await driver.close();
}

/** The graph behind a result's rows, asked for apart as the explorer does: its size, its time into `into`. */
async function timeGraph(s: QueryService, res: Awaited<ReturnType<QueryService['runSaved']>>, into: number[]) {
  if (!('rowGraph' in s)) return '';
  const t0 = performance.now();
  const graph = await s.rowGraph(resultGraphIds(res));
  into.push(performance.now() - t0);
  return `${(JSON.stringify(graph).length / 1024).toFixed(0)} KB`;
}

/** PROFILE of each query: total db hits and the five operators with most. */
async function hits(dataDir: string, dir: string, only: string[]) {
  const driver = await connect(dataDir);
  const service = createQueryService({ driver, queriesDir: resolve(dir) });
  for (const q of await service.listQueries()) {
    if (only.length > 0 && !only.includes(q.name)) continue;
    const res = await service.runQuery({ ...q, cypher: `PROFILE ${q.cypher}` }, {});
    const ops = res.rows.map((r) => ({
      op: String(r['operator']),
      rows: Number(r['rows']),
      hits: Number(r['dbHits']),
    }));
    const total = ops.reduce((sum, o) => sum + o.hits, 0);
    const top = [...ops].sort((a, b) => b.hits - a.hits).slice(0, 5);
    const shown = top.map((o) => `${o.op.trim()} ${o.hits}h/${o.rows}r`).join(', ');
    console.log(`${q.name.padEnd(28)} ${String(total).padStart(9)} db hits  ${shown}`);
  }
  await driver.close();
}

async function derive(dataDir: string, docIds: string[]) {
  const driver = await connect(dataDir);
  const t0 = performance.now();
  const done = await refreshDerived(driver, docIds.length > 0 ? { docIds } : {});
  const ms = (performance.now() - t0).toFixed(0);
  console.log(`${done.zones} zones, ${done.agencies} agencies in ${ms} ms (load average ${loadavg()[0].toFixed(1)})`);
  await driver.close();
}

const [mode, dataDir, ...rest] = process.argv.slice(2);
if (mode === 'load') await load(dataDir!, Number(rest[0]));
else if (mode === 'time') await time(dataDir!, rest, Number(process.env.QP_RUNS ?? 5));
else if (mode === 'derive') await derive(dataDir!, rest);
else if (mode === 'hits') await hits(dataDir!, rest[0]!, rest.slice(1));
else console.error('usage: query-profile.ts load <dataDir> <plans> | time|hits <dataDir> <queriesDir>…');
