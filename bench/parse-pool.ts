// The parse phase of a load on its own: N generated plans through the parse pool (db/parse-pool.ts)
// with each pool size given, all queued at once (as bench/bulk-import.ts does). Prints wall seconds,
// the workers' summed parse seconds (wall time in each worker) and the CPU of the whole process (every thread).
// Usage: node bin/run-ts.js bench/parse-pool.ts DIR 1 2   (DIR: generated plans with manifest.json)
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePool } from '../graph-loader/src/db/parse-pool.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import type { Manifest, ZoneEntry } from '../graph-loader/src/types.ts';
import { withZones } from './generate/index.ts';

const ROOT = join(import.meta.dirname, '..');
const [dir, ...sizes] = process.argv.slice(2);
if (!dir || sizes.length === 0) {
  console.error('usage: parse-pool.ts DIR SIZE…');
  process.exit(2);
}
const zones = await readFile(join(dir, 'zones.json'), 'utf8').then(
  (s) => JSON.parse(s) as ZoneEntry[],
  () => [],
);
const dicts = withZones(await loadDictionaries(join(ROOT, 'data', 'dictionaries')), zones);
const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
const plans = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(dir, name)) })));
const mb = plans.reduce((n, p) => n + p.bytes.length, 0) / 1048576;
for (const size of sizes.map(Number)) {
  const pool = parsePool(dicts, size);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    plans.map((p) =>
      pool
        .parse({ bytes: p.bytes, file: p.name, ...(manifest[p.name] ? { manifest: manifest[p.name] } : {}) })
        .catch(() => null),
    ),
  );
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await pool.close();
  const load = (await readFile('/proc/loadavg', 'utf8').catch(() => '?')).split(' ')[0];
  console.log(
    `workers ${size}: ${plans.length} plans, ${mb.toFixed(1)} MB, wall ${wall.toFixed(1)} s, parse ${(pool.parsedMs() / 1000).toFixed(1)} s in workers, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, load ${load}`,
  );
}
