// Runs the real pipeline (parsePlan with the project's dictionaries and manifest) over every seed
// that has a gold file and scores the fragments. I/O at this edge; the scoring itself is pure (eval.ts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePlan } from '../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../graph-loader/src/read/manifest.ts';
import { score, type ScoredFile } from './eval.ts';
import type { EvalReport, GoldFile } from './gold-types.ts';
import { GOLD_DIR, readGoldDir } from './load-gold.ts';

export interface EvalOptions {
  plansDir?: string;
  goldDir?: string;
  dictDir?: string;
}

export interface EvalRun {
  report: EvalReport;
  golds: GoldFile[];
  warnings: string[];
}

export async function evaluateSeeds(opts: EvalOptions = {}): Promise<EvalRun> {
  const plansDir = opts.plansDir ?? 'data/plans';
  const [golds, dicts, manifest] = await Promise.all([
    readGoldDir(opts.goldDir ?? GOLD_DIR),
    loadDictionaries(opts.dictDir ?? 'data/dictionaries'),
    readManifest(plansDir),
  ]);
  const warnings: string[] = [];
  const files: ScoredFile[] = [];
  for (const gold of golds) {
    const bytes = new Uint8Array(await readFile(join(plansDir, gold.file)));
    const parsed = parsePlan({ bytes, file: join(plansDir, gold.file), dicts, manifest: manifest[gold.file] });
    warnings.push(...parsed.warnings);
    files.push({ file: gold.file, fragment: parsed.fragment });
  }
  return { report: score(files, golds), golds, warnings };
}
