// Header found vs gold on the development corpus: which documents are dev (the hold-out is never
// listed, read or run), and a per-field verdict comparing a Document's properties to the gold
// header of tests/gold/corpus/<stem>.json (format: tests/gold/corpus/README.md). Pure but for listing.
import { readdirSync } from 'node:fs';
import type { Props } from '../../../core/model.ts';
import { normName } from '../../gold/names.ts';

/** File-name prefixes of the hold-out documents (see the corpus gold README). */
export const HOLD_OUT = ['06', '10', '13', '21', '26', '31', '33', '34', '38', '40'];

export function isHoldOut(file: string): boolean {
  return HOLD_OUT.some((p) => file.startsWith(`${p}_`));
}

/** The development documents of a corpus directory (hold-out files are skipped by name, unopened). */
export function devCorpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !isHoldOut(f))
    .sort();
}

export interface GoldHeader {
  title: string;
  titleAlternatives?: string[];
  docNumber: string | null;
  issuer: string[] | null;
  date: string | null;
  dateAlternatives?: string[];
}

export type Verdict = 'ok' | 'wrong' | 'missing' | 'extra' | 'none';
export const FIELDS = ['title', 'docNumber', 'issuer', 'date'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldResult {
  field: Field;
  verdict: Verdict;
  found: string | null;
  expected: string | null;
}

function verdict(found: string | null, expected: string | null, ok: boolean): Verdict {
  if (expected === null) return found === null ? 'none' : 'extra';
  if (found === null) return 'missing';
  return ok ? 'ok' : 'wrong';
}

function str(v: Props[string] | undefined): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** One verdict per field; `names` maps a gold name to the short forms a reader accepts. */
export function compareHeader(props: Props, gold: GoldHeader, names: Record<string, string[]> = {}): FieldResult[] {
  const title = str(props.title);
  const docNumber = str(props.docNumber);
  const issuer = str(props.issuer);
  const date = str(props.issuedOn);
  const titles = [gold.title, ...(gold.titleAlternatives ?? [])].map(normName);
  const dates = gold.date === null ? [] : [gold.date, ...(gold.dateAlternatives ?? [])];
  const found = issuer ? issuer.split('、') : [];
  const expected = gold.issuer ?? [];
  const accepts = (g: string, f: string): boolean => [g, ...(names[g] ?? [])].some((n) => normName(n) === normName(f));
  const issuerOk = found.length === expected.length && expected.every((g) => found.some((f) => accepts(g, f)));
  const expectedIssuer = expected.length > 0 ? expected.join('、') : null;
  return [
    {
      field: 'title',
      found: title,
      expected: gold.title,
      verdict: verdict(title, gold.title, titles.includes(normName(title ?? ''))),
    },
    {
      field: 'docNumber',
      found: docNumber,
      expected: gold.docNumber,
      verdict: verdict(docNumber, gold.docNumber, normName(docNumber ?? '') === normName(gold.docNumber ?? '')),
    },
    { field: 'issuer', found: issuer, expected: expectedIssuer, verdict: verdict(issuer, expectedIssuer, issuerOk) },
    {
      field: 'date',
      found: date,
      expected: gold.date,
      verdict: verdict(date, gold.date, date !== null && dates.includes(date)),
    },
  ];
}
