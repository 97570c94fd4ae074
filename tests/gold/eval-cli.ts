// `npm run eval`: extracts every seed that has gold, scores it, prints the precision/recall table
// per file and overall, and writes the full report (with misses and false positives) to
// tests/artifacts/eval.json. Options: --markdown (a Markdown table for the README), --misses
// (list missed gold facts and false positives), --check (exit code 1 when a threshold fails),
// --out FILE.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import type { FileScore, TypeScore } from './gold-types.ts';
import { evaluateSeeds } from './run-eval.ts';
import { checkThresholds, type ThresholdCheck } from './thresholds.ts';

const HEAD = ['file', 'type', 'gold', 'predicted', 'TP', 'precision', 'recall'];

function pct(v: number | null): string {
  return v === null ? '–' : v.toFixed(3);
}

function rowCells(scope: string, t: TypeScore): string[] {
  const predicted = t.scoredPredicted === t.predicted ? `${t.predicted}` : `${t.predicted} (${t.scoredPredicted})`;
  return [scope, t.type, `${t.gold}`, predicted, `${t.truePositives}`, pct(t.precision), pct(t.recall)];
}

function rows(files: FileScore[], overall: TypeScore[]): string[][] {
  const shown = (t: TypeScore): boolean => t.gold > 0 || t.scoredPredicted > 0;
  return [
    ...files.flatMap((f) => f.types.filter(shown).map((t) => rowCells(f.file.slice(0, 3), t))),
    ...overall.filter(shown).map((t) => rowCells('all', t)),
  ];
}

function markdown(cells: string[][]): string {
  const line = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [line(HEAD), line(HEAD.map(() => '---')), ...cells.map(line)].join('\n');
}

function describeCheck(c: ThresholdCheck): string {
  const status = c.skipped ? `skipped (${c.skipped})` : c.ok ? 'ok' : 'FAIL';
  return `${c.type} ${c.metric} [${c.scope}] ${pct(c.value)} ≥ ${c.min}: ${status}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      markdown: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      out: { type: 'string', default: 'tests/artifacts/eval.json' },
    },
  });
  const { report, warnings } = await evaluateSeeds();
  const cells = rows(report.files, report.overall);
  if (values.markdown) console.log(markdown(cells));
  else {
    const table = new Table({ head: HEAD });
    table.push(...cells);
    console.log(table.toString());
  }
  console.log('predicted: all distinct edges (in brackets: those in the scope where the type is complete)');
  const checks = checkThresholds(report);
  for (const c of checks) console.log(describeCheck(c));
  if (values.misses) {
    for (const f of report.files) {
      for (const m of f.misses)
        console.log(`miss  ${f.file} ${m.type} ${JSON.stringify(m.from)} → ${JSON.stringify(m.to)}`);
      for (const e of f.extras) console.log(`extra ${f.file} ${e.type} ${e.from} → ${e.to} | ${e.evidence}`);
    }
  }
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, JSON.stringify({ report, checks, warnings }, null, 2));
  console.log(`report written to ${values.out}`);
  if (values.check && checks.some((c) => !c.ok)) process.exitCode = 1;
}

await main();
