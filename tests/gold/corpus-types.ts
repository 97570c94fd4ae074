// The corpus gold format (tests/gold/corpus/<stem>.json; see tests/gold/corpus/README.md) and the
// shapes of its scores: header fields, structure levels, responsibility on sampled measures.

export type Split = 'dev' | 'holdout';

export interface CorpusHeaderGold {
  title: string;
  titleAlternatives?: string[];
  noticeTitle?: string | null;
  docNumber: string | null;
  issuer: string[] | null;
  date: string | null;
  dateAlternatives?: string[];
  addressees?: string[];
  note?: string;
}

export interface CorpusMeasureGold {
  measure: string; // a snippet of the measure's own text
  leads: string[];
  supports: string[];
  note?: string;
}

export interface JurisdictionGold {
  mention: string;
  name: string;
  jurisdiction: string;
  level: string;
}

export interface CorpusGold {
  file: string;
  split: Split;
  kind?: string;
  header: CorpusHeaderGold;
  structure: { levels: number[]; note?: string };
  names?: Record<string, string[]>;
  responsibility: {
    assigns: boolean;
    listOrderRule?: string | null;
    measures: CorpusMeasureGold[];
    note?: string;
  };
  jurisdiction?: JurisdictionGold[];
}

export const HEADER_FIELDS = ['title', 'docNumber', 'issuer', 'date'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** ok: right; wrong: found but not the gold value; missing: gold has it, nothing found;
 *  extra: gold has none, something found; none: neither has it. */
export type FieldVerdict = 'ok' | 'wrong' | 'missing' | 'extra' | 'none';

export interface FieldScore {
  field: HeaderField;
  verdict: FieldVerdict;
  found: string | null;
  expected: string | null;
}

export interface StructureScore {
  found: number[];
  expected: number[];
  foundTotal: number;
  expectedTotal: number;
  equal: boolean; // totals equal
  within5: boolean; // totals within 5%
}

/** Edge-level counts for LEADS+SUPPORTS on the annotated measures. */
export interface RoleCounts {
  gold: number;
  found: number; // gold facts found
  predicted: number; // predicted edges to annotated measures
  matched: number; // of those, matching a gold fact
}

export interface RoleMiss {
  type: 'LEADS' | 'SUPPORTS';
  agency: string;
  measure: string;
  unresolved: boolean; // no agency node answers to the gold name
}

export interface RoleExtra {
  type: string;
  agency: string;
  measure: string;
  method: string;
  evidence: string;
}

export interface ResponsibilityScore {
  measures: number;
  measuresResolved: number; // annotated measures whose snippet names a measure node
  byType: Record<'LEADS' | 'SUPPORTS', RoleCounts>;
  byMethod: Record<string, { predicted: number; matched: number }>;
  misses: RoleMiss[];
  extras: RoleExtra[];
}

export interface JurisdictionScore {
  mention: string;
  expected: string;
  ok: boolean;
  found: string | null;
}

export interface CorpusFileScore {
  file: string;
  split: Split;
  header: FieldScore[];
  structure: StructureScore;
  responsibility: ResponsibilityScore | null; // null where the document assigns nothing
  jurisdiction: JurisdictionScore[];
}
