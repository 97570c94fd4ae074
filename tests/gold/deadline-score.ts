// Deadline gold (tests/gold/deadlines/<stem>.json, written by reading dev documents and a seed): per
// annotated measure, the deadline the text states (text, kind, due date) or null where it states none.
// A measure is right when the extractor gives the same kind and due date (or nothing where the gold
// has nothing). Scoring is pure; the runner reads the files and runs the real pipeline.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../core/errors.ts';
import type { Fragment } from '../../core/model.ts';
import { parsePlan } from '../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { CORPUS_DIR } from './corpus-run.ts';
import { FragmentIndex } from './resolve.ts';

export const DEADLINE_GOLD_DIR = fileURLToPath(new URL('./deadlines/', import.meta.url));
const SEED_DIR = fileURLToPath(new URL('../../data/plans/', import.meta.url));

export interface DeadlineGoldValue {
  text: string;
  kind: string;
  dueDate: string | null;
}

export interface DeadlineGold {
  file: string;
  split: 'dev';
  seed?: boolean;
  measures: { measure: string; deadline: DeadlineGoldValue | null; note?: string }[];
}

export type DeadlineVerdict = 'right' | 'wrong' | 'missing' | 'extra' | 'none' | 'unresolved';

export interface DeadlineRow {
  file: string;
  measure: string;
  verdict: DeadlineVerdict;
  expected: DeadlineGoldValue | null;
  found: DeadlineGoldValue | null;
}

export interface DeadlineScore {
  rows: DeadlineRow[];
  gold: number; // annotated measures whose text states a deadline
  predicted: number; // annotated measures the extractor dated
  right: number;
  accuracy: number | null; // right or rightly none, over all annotated measures
  precision: number | null;
  recall: number | null;
}

function foundOf(index: FragmentIndex, snippet: string): DeadlineGoldValue | null | undefined {
  const [id] = index.resolve(snippet, 'measure', {});
  if (id === undefined) return undefined;
  const p = index.nodes.get(id)?.properties ?? {};
  if (!p['deadlineText'] && !p['dueDate']) return null;
  return {
    text: String(p['deadlineText'] ?? ''),
    kind: String(p['deadlineKind'] ?? ''),
    dueDate: (p['dueDate'] as string | null) ?? null,
  };
}

function verdict(expected: DeadlineGoldValue | null, found: DeadlineGoldValue | null | undefined): DeadlineVerdict {
  if (found === undefined) return 'unresolved';
  if (expected === null) return found === null ? 'none' : 'extra';
  if (found === null) return 'missing';
  const sameText = found.text.includes(expected.text) || expected.text.includes(found.text);
  return found.kind === expected.kind && found.dueDate === expected.dueDate && sameText ? 'right' : 'wrong';
}

/** One document's rows. */
export function scoreDeadlines(fragment: Fragment, gold: DeadlineGold): DeadlineRow[] {
  const index = new FragmentIndex(fragment);
  return gold.measures.map((m) => {
    const found = foundOf(index, m.measure);
    return {
      file: gold.file,
      measure: m.measure,
      verdict: verdict(m.deadline, found),
      expected: m.deadline,
      found: found ?? null,
    };
  });
}

/** The totals over every row. */
export function summariseDeadlines(rows: DeadlineRow[]): DeadlineScore {
  const count = (...v: DeadlineVerdict[]): number => rows.filter((r) => v.includes(r.verdict)).length;
  const gold = rows.filter((r) => r.expected !== null).length;
  const predicted = rows.filter((r) => r.found !== null).length;
  const right = count('right');
  const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
  return {
    rows,
    gold,
    predicted,
    right,
    accuracy: ratio(right + count('none'), rows.length),
    precision: ratio(right, predicted),
    recall: ratio(right, gold),
  };
}

function parseGold(raw: unknown, source: string): DeadlineGold {
  const g = raw as Partial<DeadlineGold>;
  if (typeof g.file !== 'string' || !Array.isArray(g.measures))
    throw new InputError(source, null, 'a deadline gold file names "file" and lists "measures"');
  if (g.split !== 'dev') throw new InputError(source, null, 'deadline gold is written on dev documents only');
  return g as DeadlineGold;
}

export async function readDeadlineGold(dir: string = DEADLINE_GOLD_DIR): Promise<DeadlineGold[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (n) => parseGold(JSON.parse(await readFile(join(dir, n), 'utf8')) as unknown, join(dir, n))),
  );
}

/** Runs the pipeline over every document with deadline gold and scores it. */
export async function evaluateDeadlines(dictDir = 'data/dictionaries'): Promise<DeadlineScore> {
  const [golds, dicts] = await Promise.all([readDeadlineGold(), loadDictionaries(dictDir)]);
  const rows: DeadlineRow[] = [];
  for (const gold of golds) {
    const path = join(gold.seed ? SEED_DIR : CORPUS_DIR, gold.file);
    const bytes = new Uint8Array(await readFile(path));
    rows.push(...scoreDeadlines(parsePlan({ bytes, file: path, dicts }).fragment, gold));
  }
  return summariseDeadlines(rows);
}

/** What the tests hold (dev gold; raised as extraction improves, never lowered to pass a run). */
export const DEADLINE_MIN = { accuracy: 0.9, precision: 0.9, recall: 0.85 };

/** The eval lines: the totals, each bar, and the rows that are not right. */
export function deadlineLines(s: DeadlineScore): string[] {
  const f = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
  const bar = (name: keyof typeof DEADLINE_MIN, v: number | null): string =>
    `deadlines ${name} ${f(v)} (test bar ${DEADLINE_MIN[name]}): ${v === null || v >= DEADLINE_MIN[name] ? 'ok' : 'FAIL'}`;
  const files = new Set(s.rows.map((r) => r.file)).size;
  return [
    `deadlines (tests/gold/deadlines, ${files} dev documents, ${s.rows.length} measures): ${s.gold} state one, ${s.predicted} dated, ${s.right} right`,
    bar('accuracy', s.accuracy),
    bar('precision', s.precision),
    bar('recall', s.recall),
    ...s.rows
      .filter((r) => r.verdict !== 'right' && r.verdict !== 'none')
      .map(
        (r) =>
          `  ${r.verdict} ${r.file.slice(0, 3)} ${r.measure}: ${JSON.stringify(r.expected)} → ${JSON.stringify(r.found)}`,
      ),
  ];
}

export function deadlinesFailed(s: DeadlineScore): boolean {
  return (Object.keys(DEADLINE_MIN) as (keyof typeof DEADLINE_MIN)[]).some((k) => {
    const v = s[k];
    return v !== null && v < DEADLINE_MIN[k];
  });
}
