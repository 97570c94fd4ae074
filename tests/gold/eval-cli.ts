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
import { corpusAvailable, evaluateCorpus } from './corpus-run.ts';
import { corpusChecks } from './corpus-thresholds.ts';
import { detailLines, DOC_HEAD, docRows, methodRows, SUMMARY_HEAD, summaryRows } from './corpus-report.ts';
import { deadlineLines, deadlinesFailed, evaluateDeadlines } from './deadline-score.ts';
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
      corpus: { type: 'boolean', default: true },
      'holdout-misses': { type: 'boolean', default: false },
    },
    allowNegative: true,
  });
  const { report, warnings } = await evaluateSeeds();
  const cells = rows(report.files, report.overall);
  if (values.markdown) console.log(markdownTable(HEAD, cells));
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
  const corpus = values.corpus ? await printCorpus(values.misses, values.markdown, values['holdout-misses']) : null;
  const deadlines = values.corpus && (await corpusAvailable()) ? await evaluateDeadlines() : null;
  if (deadlines) for (const line of deadlineLines(deadlines)) console.log(line);
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, JSON.stringify({ report, checks, warnings, corpus, deadlines }, null, 2));
  console.log(`report written to ${values.out}`);
  const failed = checks.some((c) => !c.ok) || corpus?.failed || (deadlines !== null && deadlinesFailed(deadlines));
  if (values.check && failed) process.exitCode = 1;
}

function print(head: string[], cells: string[][], asMarkdown: boolean): void {
  if (asMarkdown) console.log(markdownTable(head, cells));
  else {
    const table = new Table({ head });
    table.push(...cells);
    console.log(table.toString());
  }
}

function markdownTable(head: string[], cells: string[][]): string {
  const line = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...cells.map(line)].join('\n');
}

/** The corpus tables: per document, per split, per method (../shared/corpus beside the clone). */
async function printCorpus(
  misses: boolean,
  asMarkdown: boolean,
  holdout: boolean,
): Promise<{ failed: boolean; [k: string]: unknown } | null> {
  if (!(await corpusAvailable())) {
    console.log('corpus: ../shared/corpus not found beside the clone; corpus evaluation skipped');
    return null;
  }
  const run = await evaluateCorpus();
  console.log(
    '\ncorpus (../shared/corpus): ✓ right, ✗ wrong, ∅ not found, + found where the text has none, · not in the text',
  );
  print(DOC_HEAD, docRows(run.files), asMarkdown);
  const { rows, summaries } = summaryRows(run.files);
  print(SUMMARY_HEAD, rows, asMarkdown);
  for (const s of summaries.filter((x) => x.scope !== 'all')) {
    console.log(`LEADS+SUPPORTS by method (${s.scope})`);
    print(['method', 'predicted', 'matched', 'precision'], methodRows(s), asMarkdown);
  }
  const all = summaries.find((x) => x.scope === 'all')!;
  const checks = corpusChecks(all, run.files);
  for (const c of checks.filter((x) => !x.what.match(/^\d\d /u) || !x.ok)) {
    const v = c.value === null ? '–' : c.value.toFixed(3);
    console.log(`${c.what} ${v} (test bar ${c.min}, issue target ${c.target}): ${c.ok ? 'ok' : 'FAIL'}`);
  }
  for (const [file, why] of Object.entries(run.failures)) console.log(`failed ${file}: ${why}`);
  if (misses) for (const line of detailLines(run.files, holdout)) console.log(line);
  return { files: run.files, summaries, failures: run.failures, checks, failed: checks.some((c) => !c.ok) };
}

await main();
