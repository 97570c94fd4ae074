// Taking one document's evidence out of the graph: a relationship is stored once per (type, start,
// end) with parallel evidence lists (db/write.ts), so a document that is reloaded or deleted removes
// only its own entries; a relationship whose lists become empty is deleted, and the scalar evidence
// (docId, start, end, method) moves to the first entry left.
import type { RelType } from '../../../core/model.ts';

/** A `CALL () { … }` subquery removing $docId's entries from every relationship of this type. A
 *  relationship written before the lists existed (scalar docId only) is deleted by its indexed docId. */
export function removeEvidenceOf(type: RelType): string {
  return [
    `CALL () { MATCH ()-[r:${type} {docId: $docId}]->() WHERE r.docIds IS NULL DELETE r }`,
    `CALL () { MATCH ()-[r:${type}]->() WHERE $docId IN r.docIds`,
    '  WITH r, [i IN range(0, size(r.docIds) - 1) WHERE r.docIds[i] <> $docId] AS keep',
    '  WITH r, keep, [i IN keep | r.evidences[i]] AS ev, [i IN keep | r.docIds[i]] AS ds,',
    '    [i IN keep | r.starts[i]] AS ss, [i IN keep | r.ends[i]] AS es, [i IN keep | r.methods[i]] AS ms',
    '  FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)',
    '  FOREACH (_ IN CASE WHEN size(keep) > 0 THEN [1] ELSE [] END |',
    '    SET r.evidences = ev, r.docIds = ds, r.starts = ss, r.ends = es, r.methods = ms,',
    '      r.evidence = ev[0], r.docId = ds[0], r.start = ss[0], r.end = es[0], r.method = ms[0])',
    '}',
  ].join('\n');
}
