// A/B extraction CPU time in one process: parsePlan of this tree and of another checkout (BASE, e.g.
// main) alternate pass by pass over the same plans, so a shared, busy machine slows both alike.
// Usage: node bin/run-ts.js bench/parse-ab.ts BASE_ROOT [ROUNDS] [MAX_PLANS] [DIR…]   (default: data/plans)
// Prints the median CPU milliseconds of a pass per side and the ratio.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../graph-loader/src/read/manifest.ts';
import type { Dictionaries, Manifest, ZoneEntry } from '../graph-loader/src/types.ts';
import { withZones } from './generate/index.ts';

const ROOT = join(import.meta.dirname, '..');
const HOLDOUT = ['06', '10', '13', '21', '26', '31', '33', '34', '38', '40'];
const [baseRoot, roundsArg, limitArg, ...dirs] = process.argv.slice(2);
if (!baseRoot) {
  console.error('usage: parse-ab.ts BASE_ROOT [ROUNDS] [MAX_PLANS] [DIR…]');
  process.exit(2);
}
type Parse = typeof parsePlan;
const module = (root: string, path: string): Promise<Record<string, unknown>> =>
  import(pathToFileURL(join(resolve(root), path)).href) as Promise<Record<string, unknown>>;
const baseParse = (await module(baseRoot, 'graph-loader/src/parse-plan.ts'))['parsePlan'] as Parse;
const baseLoad = (await module(baseRoot, 'graph-loader/src/read/dictionaries.ts'))[
  'loadDictionaries'
] as typeof loadDictionaries;
const sides: [string, Parse, Dictionaries][] = [
  ['base', baseParse, await baseLoad(join(resolve(baseRoot), 'data', 'dictionaries'))],
  ['this', parsePlan, await loadDictionaries(join(ROOT, 'data', 'dictionaries'))],
];
const folders = dirs.length > 0 ? dirs : [join(ROOT, 'data', 'plans')];
const plans: { name: string; bytes: Uint8Array; manifest: Manifest }[] = [];
for (const dir of folders) {
  // a generated corpus (bench/generate) names FTZ areas of its own: zones.json beside its plans
  const zones = await readFile(join(dir, 'zones.json'), 'utf8').then(
    (t) => JSON.parse(t) as ZoneEntry[],
    () => [],
  );
  for (const side of sides) side[2] = withZones(side[2], zones);
  const manifest = await readManifest(dir).catch((): Manifest => ({}));
  const names = (await readdir(dir))
    .filter((n) => /\.(txt|md|html?)$/i.test(n) && !/^SOURCES\./.test(n) && !HOLDOUT.some((p) => n.startsWith(`${p}_`)))
    .sort()
    .slice(0, Number(limitArg ?? Infinity) || Infinity);
  for (const name of names) plans.push({ name, bytes: await readFile(join(dir, name)), manifest });
}
const mb = plans.reduce((n, p) => n + p.bytes.length, 0) / 1048576;
const cpu: Record<string, number[]> = { base: [], this: [] };
const rounds = Number(roundsArg ?? 5);
for (let r = 0; r <= rounds; r++) {
  for (const [name, parse, dicts] of r % 2 === 0 ? sides : [...sides].reverse()) {
    const c0 = process.cpuUsage();
    for (const p of plans) {
      const m = p.manifest[basename(p.name)];
      try {
        parse({ bytes: p.bytes, file: p.name, dicts, ...(m ? { manifest: m } : {}) });
      } catch {
        /* the same for both sides */
      }
    }
    const c = process.cpuUsage(c0);
    if (r > 0) cpu[name]?.push((c.user + c.system) / 1000); // round 0 warms up
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
const line = (stat: string, f: (xs: number[]) => number): string => {
  const [b, t] = [f(cpu['base'] ?? []), f(cpu['this'] ?? [])];
  const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(2)} MB/s`;
  return `${stat}: base ${b.toFixed(0)} ms (${rate(b)}), this ${t.toFixed(0)} ms (${rate(t)}), ×${(b / t).toFixed(2)}`;
};
console.log(
  `${plans.length} plans, ${mb.toFixed(2)} MB, ${rounds} rounds, CPU per pass; ${line('median', median)}; ${line('min', (xs) => Math.min(...xs))}; load ${load}`,
);
