// The bulk path's middle phases in isolation: N generated plans (seeds first) built into a GraphImage
// (a bundled server of its own for the similarity linker's read), written as CSV (timed, CPU seconds)
// into `--keep DIR` or a temp folder, then `neo4j-admin database import` of that CSV into a fresh
// store, timed, with the importer's own stage lines. For profiling the csv and import phases:
// `node bin/run-ts.js bench/bulk-phases.ts 300 [--keep DIR] [--no-import]`
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCsvFiles } from '../graph-loader/src/db/bulk/csv-files.ts';
import { importCsv } from '../graph-loader/src/db/bulk/import.ts';
import { benchImage, benchmarkPlans } from './bench-image.ts';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const out = await work();
  const used = process.cpuUsage(cpu);
  const wall = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`${label}: ${wall} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`);
  return out;
}

async function main(): Promise<void> {
  const plans = Number(process.argv[2] ?? 300);
  const keep = arg('--keep');
  const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-phases-'));
  const csvDir = keep ? resolve(keep) : join(dir, 'csv');
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const { files, dicts } = await benchmarkPlans(ROOT, join(dir, 'plans'), plans);
  try {
    const image = await benchImage(files, dicts, dir, (build) => timed('build', build));
    await mkdir(csvDir, { recursive: true });
    const profile = arg('--profile');
    const session = profile ? new Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const csv = await timed('csv', () => writeCsvFiles(image, csvDir));
    if (session && profile) {
      const { profile: cpu } = await session.post('Profiler.stop');
      await writeFile(profile, JSON.stringify(cpu));
    }
    let bytes = 0;
    for (const f of await readdir(csvDir)) bytes += (await stat(join(csvDir, f))).size;
    console.log(
      `${csv.nodeCount} nodes, ${csv.relationshipCount} relationships, ${csv.nodes.length}+${csv.relationships.length} files, ${(bytes / 1e6).toFixed(1)} MB`,
    );
    if (process.argv.includes('--no-import')) return;
    const output = await timed('import', () => importCsv(join(dir, 'staged'), dir, csv));
    console.log(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
