// Parses the seeds, development corpus and generated plans (as bench/parse-hash.ts) N times; run
// under `node --cpu-prof` to profile extraction. Usage: node --cpu-prof bin/run-ts.js bench/parse-profile-run.ts [N] [group]
import { readFile, readdir } from 'node:fs/promises';
import type { Session } from 'node:inspector/promises';
import { basename, join, resolve } from 'node:path';
import { parsePlan } from '../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../graph-loader/src/read/manifest.ts';
import type { ZoneEntry } from '../graph-loader/src/types.ts';
import { withZones } from './generate/index.ts';

const ROOT = join(import.meta.dirname, '..');
const HOLD = ['06', '10', '13', '21', '26', '31', '33', '34', '38', '40'];
const rounds = Number(process.argv[2] ?? 3);
const only = process.argv[3];
const texts = async (dir: string): Promise<string[]> =>
  (await readdir(dir))
    .filter((n) => /\.(txt|md|html?)$/i.test(n) && !/^SOURCES\./.test(n) && !HOLD.some((p) => n.startsWith(`${p}_`)))
    .sort()
    .map((n) => join(dir, n));
const gen = process.env.GEN_DIR ?? '/tmp/ftz-parse-hash';
const base = await loadDictionaries(join(ROOT, 'data', 'dictionaries'));
const zones = JSON.parse(await readFile(join(gen, 'zones.json'), 'utf8')) as ZoneEntry[];
const groups = [
  {
    name: 'seeds',
    files: await texts(join(ROOT, 'data/plans')),
    dicts: base,
    manifest: await readManifest(join(ROOT, 'data/plans')),
  },
  { name: 'corpus', files: await texts(resolve(ROOT, '../shared/corpus')), dicts: base, manifest: {} },
  { name: 'generated', files: await texts(gen), dicts: withZones(base, zones), manifest: await readManifest(gen) },
];
const all = await Promise.all(
  groups.map(async (g) => ({ ...g, data: await Promise.all(g.files.map((f) => readFile(f))) })),
);
const loaded = all.filter((g) => !only || g.name === only);
// WARM=1: JIT warm-up on the seeds and the corpus first, so that a single round of the generated
// plans parses each document once with warm code (as a load's workers do)
if (process.env.WARM)
  for (let r = 0; r < 2; r++)
    for (const g of all.filter((x) => x.name !== 'generated'))
      g.files.forEach((f, i) => {
        try {
          parsePlan({ bytes: g.data[i], file: basename(f), dicts: g.dicts });
        } catch {
          /* counted in the hash script */
        }
      });
const profileTo = process.env.PROFILE_TO;
let session: Session | null = null;
for (let r = 0; r < rounds; r++) {
  if (r === 1 && profileTo) {
    const inspector = await import('node:inspector/promises');
    session = new inspector.Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  for (const g of loaded) {
    const c0 = process.cpuUsage();
    let bytes = 0;
    g.files.forEach((f, i) => {
      const m = g.manifest[basename(f)];
      bytes += g.data[i].length;
      try {
        parsePlan({ bytes: g.data[i], file: basename(f), dicts: g.dicts, ...(m ? { manifest: m } : {}) });
      } catch {
        /* counted in the hash script */
      }
    });
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    console.log(
      `round ${r} ${g.name}: ${(bytes / 1048576).toFixed(2)} MB, CPU ${ms.toFixed(0)} ms, ${(bytes / 1048576 / (ms / 1000)).toFixed(2)} MB/s`,
    );
  }
}
if (session && profileTo) {
  const { profile } = await session.post('Profiler.stop');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(profileTo, JSON.stringify(profile));
}
