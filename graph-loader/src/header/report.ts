// The header half of the understanding report: which header fields were found and from where, read
// back from a Document's properties (headerSources "field:source", headerMissing), so the CLI, the
// load summary and the explorer say it the same way. Pure.
import type { Props } from '../../../core/model.ts';
import { HEADER_FIELDS, type HeaderField } from './types.ts';

export interface HeaderFieldReport {
  field: HeaderField;
  found: boolean;
  source: string | null; // title-line, signature, front-matter, manifest…
}

function strings(v: Props[string] | undefined): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** One entry per header field, in a fixed order. */
export function headerReport(props: Props): HeaderFieldReport[] {
  const sources = new Map(
    strings(props.headerSources).map((s): [string, string] => [
      s.slice(0, s.indexOf(':')),
      s.slice(s.indexOf(':') + 1),
    ]),
  );
  return HEADER_FIELDS.map((field) => ({ field, found: sources.has(field), source: sources.get(field) ?? null }));
}

/** "title ← title-line · docNumber ← doc-number-line · issuer ← signature · issuedOn: not found …" */
export function headerSummary(props: Props): string {
  return headerReport(props)
    .map((r) => (r.found ? `${r.field} ← ${r.source}` : `${r.field}: not found`))
    .join(' · ');
}
