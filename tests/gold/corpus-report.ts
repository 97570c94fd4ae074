// Tables of the corpus evaluation for `npm run eval`: one row per document (header fields,
// structure totals, LEADS+SUPPORTS precision/recall, jurisdiction checks), then a summary per
// split and the precision of each extraction method. Pure: scores in, table rows out.

import type { CorpusFileScore } from './corpus-types.ts';
import { type CorpusSummary, docRoles, summarise } from './corpus-summary.ts';

export const DOC_HEAD = [
  'doc',
  'split',
  'title',
  'number',
  'issuer',
  'date',
  'units found/gold',
  'roles P',
  'roles R',
  'juris.',
];

const MARK: Record<string, string> = { ok: '✓', wrong: '✗', missing: '∅', extra: '+', none: '·' };

function num(v: number | null): string {
  return v === null ? '–' : v.toFixed(2);
}

export function docRows(files: readonly CorpusFileScore[]): string[][] {
  return files.map((f) => {
    const roles = docRoles(f);
    const j = f.jurisdiction;
    return [
      f.file.slice(0, 2),
      f.split,
      ...f.header.map((h) => MARK[h.verdict] ?? '?'),
      `${f.structure.foundTotal}/${f.structure.expectedTotal}${f.structure.equal ? '' : f.structure.within5 ? ' ~' : ' ✗'}`,
      roles ? num(roles.precision) : '·',
      roles ? num(roles.recall) : '·',
      j.length > 0 ? `${j.filter((c) => c.ok).length}/${j.length}` : '·',
    ];
  });
}

export const SUMMARY_HEAD = [
  'scope',
  'docs',
  'title',
  'number',
  'issuer',
  'date',
  'units =',
  'units ±5%',
  'roles P',
  'roles R',
  'juris.',
];

export function summaryRows(files: readonly CorpusFileScore[]): { rows: string[][]; summaries: CorpusSummary[] } {
  const summaries = (['dev', 'holdout', 'all'] as const).map((s) => summarise(files, s));
  const rows = summaries.map((s) => [
    s.scope,
    `${s.documents}`,
    ...s.fields.map((f) => `${f.ok}/${f.exists}${f.extra > 0 ? ` +${f.extra}` : ''}`),
    num(s.structureEqual),
    num(s.structureWithin5),
    num(s.roles.precision),
    num(s.roles.recall),
    `${s.jurisdiction.ok}/${s.jurisdiction.checks}`,
  ]);
  return { rows, summaries };
}

export function methodRows(summary: CorpusSummary): string[][] {
  return Object.entries(summary.byMethod)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([method, m]) => [method, `${m.predicted}`, `${m.matched}`, num(m.precision)]);
}

/** Lines explaining each miss and false positive (for --misses); hold-out documents only when asked
 *  (--holdout-misses), so that rule writers do not read them by accident. */
export function detailLines(files: readonly CorpusFileScore[], holdout = false): string[] {
  const lines: string[] = [];
  for (const f of files) {
    if (f.split === 'holdout' && !holdout) continue;
    for (const h of f.header) {
      if (h.verdict === 'wrong' || h.verdict === 'missing' || h.verdict === 'extra') {
        lines.push(
          `header ${f.file.slice(0, 2)} ${h.field} ${h.verdict}: found ${h.found ?? '∅'} | gold ${h.expected ?? '∅'}`,
        );
      }
    }
    if (!f.structure.equal) {
      lines.push(
        `units  ${f.file.slice(0, 2)} found ${JSON.stringify(f.structure.found)} gold ${JSON.stringify(f.structure.expected)}`,
      );
    }
    for (const m of f.responsibility?.misses ?? []) {
      lines.push(
        `miss   ${f.file.slice(0, 2)} ${m.type} ${m.agency}${m.unresolved ? ' (no such agency node)' : ''} → ${m.measure}`,
      );
    }
    for (const e of f.responsibility?.extras ?? []) {
      lines.push(`extra  ${f.file.slice(0, 2)} ${e.type} ${e.agency} → ${e.measure} [${e.method}] ${e.evidence}`);
    }
    for (const j of f.jurisdiction.filter((c) => !c.ok)) {
      lines.push(`juris  ${f.file.slice(0, 2)} ${j.mention}: expected ${j.expected}, found ${j.found ?? '∅'}`);
    }
  }
  return lines;
}
