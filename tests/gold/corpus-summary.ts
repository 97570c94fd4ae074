// Sums corpus scores: header accuracy per field (over documents where the field exists), structure
// agreement, LEADS+SUPPORTS precision/recall overall, per document and per method; by split. Pure.

import type { CorpusFileScore, HeaderField, RoleCounts, Split } from './corpus-types.ts';
import { HEADER_FIELDS } from './corpus-types.ts';

export interface FieldSummary {
  field: HeaderField;
  exists: number; // documents whose gold has the field
  ok: number;
  extra: number; // found where the gold has none
  accuracy: number | null; // ok / exists
}

export interface PR {
  precision: number | null;
  recall: number | null;
}

export interface CorpusSummary {
  scope: 'all' | Split;
  documents: number;
  fields: FieldSummary[];
  structureEqual: number; // share of documents whose totals equal the gold
  structureWithin5: number; // share within 5%
  roles: RoleCounts & PR; // LEADS and SUPPORTS together
  rolesByType: Record<'LEADS' | 'SUPPORTS', RoleCounts & PR>;
  byMethod: Record<string, { predicted: number; matched: number; precision: number | null }>;
  jurisdiction: { checks: number; ok: number };
}

export function pr(c: RoleCounts): RoleCounts & PR {
  return {
    ...c,
    precision: c.predicted > 0 ? c.matched / c.predicted : null,
    recall: c.gold > 0 ? c.found / c.gold : null,
  };
}

function add(a: RoleCounts, b: RoleCounts): RoleCounts {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
  };
}

const ZERO: RoleCounts = { gold: 0, found: 0, predicted: 0, matched: 0 };

/** LEADS+SUPPORTS together for one document (null where it assigns nothing). */
export function docRoles(f: CorpusFileScore): (RoleCounts & PR) | null {
  if (!f.responsibility) return null;
  return pr(add(f.responsibility.byType.LEADS, f.responsibility.byType.SUPPORTS));
}

export function summarise(files: readonly CorpusFileScore[], scope: 'all' | Split): CorpusSummary {
  const docs = scope === 'all' ? [...files] : files.filter((f) => f.split === scope);
  const fields = HEADER_FIELDS.map((field): FieldSummary => {
    const rows = docs.map((d) => d.header.find((h) => h.field === field)!);
    const exists = rows.filter((r) => r.expected !== null).length;
    const ok = rows.filter((r) => r.verdict === 'ok').length;
    const extra = rows.filter((r) => r.verdict === 'extra').length;
    return { field, exists, ok, extra, accuracy: exists > 0 ? ok / exists : null };
  });
  const share = (pred: (f: CorpusFileScore) => boolean): number =>
    docs.length > 0 ? docs.filter(pred).length / docs.length : 0;
  const leads = docs.reduce((acc, d) => (d.responsibility ? add(acc, d.responsibility.byType.LEADS) : acc), ZERO);
  const supports = docs.reduce((acc, d) => (d.responsibility ? add(acc, d.responsibility.byType.SUPPORTS) : acc), ZERO);
  const byMethod: CorpusSummary['byMethod'] = {};
  for (const d of docs) {
    for (const [method, c] of Object.entries(d.responsibility?.byMethod ?? {})) {
      const m = (byMethod[method] ??= { predicted: 0, matched: 0, precision: null });
      m.predicted += c.predicted;
      m.matched += c.matched;
      m.precision = m.predicted > 0 ? m.matched / m.predicted : null;
    }
  }
  const checks = docs.flatMap((d) => d.jurisdiction);
  return {
    scope,
    documents: docs.length,
    fields,
    structureEqual: share((f) => f.structure.equal),
    structureWithin5: share((f) => f.structure.within5),
    roles: pr(add(leads, supports)),
    rolesByType: { LEADS: pr(leads), SUPPORTS: pr(supports) },
    byMethod,
    jurisdiction: { checks: checks.length, ok: checks.filter((c) => c.ok).length },
  };
}
