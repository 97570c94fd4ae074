// CPU seconds of a fresh load, split between Neo4j and the loader (worker threads included): on a
// shared machine wall time says little, CPU time says what a change saves. Uses (or starts) the
// bundled Neo4j of a data folder and the plans bench/write-profile.ts generated.
// `node bin/run-ts.js bench/write-cpu.ts [plans=100] [data folder] [rounds=1]`
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDriver } from '../database/connection.ts';
import { startBundledNeo4j } from '../database/server.ts';
import { loadPlans } from '../graph-loader/src/db/load.ts';
import { clearGraph } from '../graph-loader/src/db/replace.ts';
import { applySchema } from '../graph-loader/src/db/schema.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { generateCorpus, withZones } from './generate/index.ts';
import { neo4jPid } from './scale-load.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** utime + stime of a process, in seconds (Linux /proc; clock ticks of 1/100 s). */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function ownCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const dataDir = resolve(process.argv[3] ?? join(tmpdir(), `ftz-write-profile-${n}`));
  const rounds = Number(process.argv[4] ?? 1);
  const plansDir = join(tmpdir(), `ftz-write-profile-plans-${n}`);
  const probe = await generateCorpus({ root: ROOT, outDir: plansDir, count: 0 });
  const corpus = await generateCorpus({ root: ROOT, outDir: plansDir, count: n - probe.seeds.length + 10 });
  const dicts = withZones(await loadDictionaries(join(ROOT, 'data/dictionaries')), corpus.zones);
  const server = await startBundledNeo4j({ dataDir, onProgress: console.log });
  const driver = openDriver({ ...server, database: 'neo4j' });
  const pid = (await neo4jPid(dataDir)) as number;
  try {
    if (!process.env.FTZ_EXP_NO_SCHEMA) await applySchema(driver);
    const files = [...corpus.seeds, ...corpus.files.slice(0, n - corpus.seeds.length)];
    for (let round = 0; round < rounds; round++) {
      await clearGraph(driver);
      const load = loadavg()[0];
      const [neo0, own0, t0] = [await cpuSeconds(pid), ownCpu(), performance.now()];
      const report = await loadPlans(driver, files, { dicts, manifest: {} });
      const [neo1, own1, t1] = [await cpuSeconds(pid), ownCpu(), performance.now()];
      const phases = Object.fromEntries(
        Object.entries(report.phases ?? {}).map(([k, v]) => [k, +(v / 1000).toFixed(2)]),
      );
      console.log(
        JSON.stringify({
          plans: report.loaded,
          failed: report.failed,
          wallS: +((t1 - t0) / 1000).toFixed(1),
          neo4jCpuS: +(neo1 - neo0).toFixed(1),
          loaderCpuS: +(own1 - own0).toFixed(1),
          load: [load, loadavg()[0]],
          phases,
        }),
      );
    }
  } finally {
    await driver.close();
  }
}

await main();
