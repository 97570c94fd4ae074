// `ftz extract PATH… [--json]`: the facts each plan yields, without touching a database (nothing here
// imports database/ or graph-loader/src/db; tests/unit/layout checks it). Without
// --json a readable summary per file; with --json the Fragment JSON (one file: the fragment; several:
// an array of {file, fragment}). A file that fails is reported with its line; the others still run.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { FtzError } from '../../core/errors.ts';
import type { Dictionaries } from '../../graph-loader/src/types.ts';
import type { Fragment } from '../../core/model.ts';
import { documentFile, parsePlan, type ParsedPlan } from '../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { listPlanFiles, manifestLookup, readPlanFile } from '../../graph-loader/src/read/files.ts';
import type { ExtractOptions } from '../parse.ts';
import { reportLines } from './report-text.ts';

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`);
  return parts.length > 0 ? parts.join(' · ') : 'none';
}

function cleaningLine(cleaning: ParsedPlan['cleaning']): string {
  if (!cleaning) return 'not reported';
  const { removed, joined, html } = cleaning;
  const kinds = Object.entries(removed).map(([kind, n]) => (n === 1 ? kind : `${kind} ×${n}`));
  const parts = [kinds.length > 0 ? `removed ${kinds.join(', ')}` : 'no debris', `${joined} broken line(s) joined`];
  if (html) parts.unshift('HTML page');
  return parts.join(' · ');
}

export function summarise(plan: ParsedPlan): string {
  const { fragment } = plan;
  const doc = fragment.nodes.find((n) => n.id === plan.docId);
  const title = typeof doc?.properties.title === 'string' ? doc.properties.title : '';
  const measures = fragment.nodes.filter((n) => n.labels.includes('Measure')).length;
  const lines = [
    plan.file,
    `  document       ${plan.docId}${title && !plan.docId.endsWith(title) ? `  ${title}` : ''}`,
    `  encoding       ${plan.encoding} · script ${plan.script} · sha256 ${plan.sha256.slice(0, 12)}…`,
    `  cleaned        ${cleaningLine(plan.cleaning)}`,
    `  measures       ${measures}`,
    `  nodes          ${countBy(fragment.nodes, (n) => n.labels.filter((l) => l !== 'Policy' || n.labels.length === 1).join('+'))}`,
    `  relationships  ${countBy(fragment.relationships, (r) => r.type)}`,
  ];
  if (plan.report) lines.push(...reportLines(plan.report));
  for (const warning of plan.warnings) lines.push(`  warning        ${warning}`);
  return lines.join('\n');
}

interface Outcome {
  parsed: { file: string; fragment: Fragment; plan: ParsedPlan }[];
  failed: number;
  files: number;
}

async function extractAll(paths: string[], dicts: Dictionaries): Promise<Outcome> {
  const manifestOf = manifestLookup();
  const files = await listPlanFiles(paths);
  const outcome: Outcome = { parsed: [], failed: 0, files: files.length };
  for (const file of files) {
    try {
      // named as the loader names Document.file, so the ids match what `ftz load` writes
      const plan = parsePlan({
        bytes: await readPlanFile(file),
        file: documentFile(file),
        dicts,
        manifest: await manifestOf(file),
      });
      outcome.parsed.push({ file, fragment: plan.fragment, plan });
    } catch (error) {
      if (error instanceof FtzError) console.error(`ftz extract: ${error.message}`);
      else if (isFsError(error)) console.error(`ftz extract: ${file}: cannot read: ${(error as Error).message}`);
      else throw error;
      outcome.failed++;
    }
  }
  return outcome;
}

function isFsError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

export async function extractAction(options: ExtractOptions): Promise<number> {
  const dicts = await loadDictionaries(options.dictionaries ?? join(PROJECT_ROOT, 'data', 'dictionaries'));
  const { parsed, failed, files } = await extractAll(options.paths, dicts);
  if (options.json) {
    // the fragment (its Document carries the report as a JSON string) and the report itself
    const body =
      files === 1
        ? parsed[0] && { ...parsed[0].fragment, report: parsed[0].plan.report ?? null }
        : parsed.map(({ file, fragment, plan }) => ({ file, fragment, report: plan.report ?? null }));
    if (body !== undefined) console.log(JSON.stringify(body, null, 2));
  } else {
    for (const { plan } of parsed) console.log(`${summarise(plan)}\n`);
    console.log(`${parsed.length} file(s) extracted${failed > 0 ? `, ${failed} failed` : ''}`);
  }
  return failed > 0 ? 1 : 0;
}
