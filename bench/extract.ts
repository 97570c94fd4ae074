// Extraction throughput over the seed plans on one core: decode + normalise + extract (parsePlan),
// repeated until at least two seconds have passed, plus the share of each stage.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { extractDocument } from '../graph-loader/src/extract/index.ts';
import type { ManifestEntry } from '../graph-loader/src/types.ts';
import { normalise } from '../graph-loader/src/normalise/index.ts';
import { openccConverters } from '../graph-loader/src/normalise/script.ts';
import { parsePlan, sha256Hex } from '../graph-loader/src/parse-plan.ts';
import { decodeBytes } from '../graph-loader/src/read/decode.ts';
import { loadDictionaries } from '../graph-loader/src/read/dictionaries.ts';
import { listPlanFiles } from '../graph-loader/src/read/files.ts';
import { readManifest } from '../graph-loader/src/read/manifest.ts';
import type { BenchContext, BenchRow } from './types.ts';

const MIN_MS = 2000;
const MB = 1024 * 1024;

interface Plan {
  file: string;
  bytes: Uint8Array;
  manifest?: ManifestEntry;
}

/** CPU milliseconds (user + system) of the medianPass calls so far, per pass: on a shared machine the
 *  wall time of a pass includes the time it waited for a core, its CPU time does not. */
const cpuPasses: number[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `pass` until MIN_MS have passed; returns the median milliseconds of one pass (the median
 *  rather than the mean: the machine is shared, and a pass that waited for the CPU says nothing),
 *  and records the median CPU time of a pass in cpuPasses. */
function medianPass(pass: () => void): number {
  pass(); // warm-up: JIT, OpenCC tables, dictionary matchers
  const times: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (performance.now() - start < MIN_MS || times.length < 3) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    pass();
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - t0);
  }
  cpuPasses.push(median(cpu));
  return median(times);
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const dir = join(ctx.root, 'data', 'plans');
  const dicts = await loadDictionaries(join(ctx.root, 'data', 'dictionaries'));
  const manifest = await readManifest(dir);
  const plans: Plan[] = await Promise.all(
    (await listPlanFiles([dir])).map(async (file) => ({
      file,
      bytes: await readFile(file),
      manifest: manifest[basename(file)],
    })),
  );
  const bytes = plans.reduce((n, p) => n + p.bytes.length, 0);
  const decoded = plans.map((p) => ({ ...p, text: decodeBytes(p.bytes, p.file).text }));
  const chars = decoded.reduce((n, p) => n + p.text.length, 0);
  const normalised = decoded.map((p) => ({ ...p, n: normalise(p.text) }));

  const whole = medianPass(() => {
    for (const p of plans) parsePlan({ bytes: p.bytes, file: p.file, dicts, manifest: p.manifest });
  });
  const wholeCpu = cpuPasses[cpuPasses.length - 1] ?? Number.NaN;
  const decode = medianPass(() => {
    for (const p of plans) decodeBytes(p.bytes, p.file);
  });
  const norm = medianPass(() => {
    for (const p of decoded) normalise(p.text);
  });
  const extract = medianPass(() => {
    for (const p of normalised) {
      extractDocument({
        file: p.file,
        text: p.n.text,
        script: p.n.script,
        sha256: sha256Hex(p.bytes),
        encoding: 'UTF-8',
        manifest: p.manifest,
        dicts,
        toTraditional: openccConverters().toTraditional,
      });
    }
  });

  const perSecond = (ms: number, amount: number): number => amount / (ms / 1000);
  const mbps = perSecond(whole, bytes) / MB;
  const cpuMbps = perSecond(wholeCpu, bytes) / MB;
  ctx.log(
    `bench: extract ${plans.length} seeds, ${(bytes / 1024).toFixed(0)} KiB, median pass ${whole.toFixed(0)} ms (CPU ${wholeCpu.toFixed(0)} ms)`,
  );
  return [
    {
      area: 'extract',
      metric: 'throughput, decode+normalise+extract (seeds)',
      value: perSecond(whole, chars),
      unit: 'chars/s',
    },
    {
      area: 'extract',
      metric: 'throughput, decode+normalise+extract (seeds)',
      value: mbps,
      unit: 'MB/s',
      target: '≥ 1 MB/s',
      pass: mbps >= 1,
    },
    {
      area: 'extract',
      metric: 'throughput on CPU time (one core; the wall row waits for a shared core)',
      value: cpuMbps,
      unit: 'MB/s',
      target: '≥ 1 MB/s',
      pass: cpuMbps >= 1,
    },
    { area: 'extract', metric: 'decode only', value: perSecond(decode, bytes) / MB, unit: 'MB/s' },
    { area: 'extract', metric: 'normalise only', value: perSecond(norm, bytes) / MB, unit: 'MB/s' },
    { area: 'extract', metric: 'extractDocument only', value: perSecond(extract, bytes) / MB, unit: 'MB/s' },
  ];
}
