// A database written before relationships carried evidence lists has one relationship per document
// and span (scalar evidence, docId, start, end, method only). Before a load writes into it, those
// parallel relationships are folded into one per (type, start, end) with the lists, so later writes
// MERGE onto exactly one relationship. A store that has been folded costs one look at ISSUED_BY
// (every loaded document has an issuer).
import type { ManagedTransaction } from 'neo4j-driver';
import { DERIVED_REL_TYPES, REL_TYPES } from '../../../core/model.ts';
import { EVIDENCE_LISTS } from './write.ts';

const SCALARS = ['evidence', 'docId', 'start', 'end', 'method'] as const;

function foldQuery(type: string): string {
  const lists = EVIDENCE_LISTS.map((k, i) => `keep.${k} = [x IN rs | x.${SCALARS[i]}]`).join(', ');
  return (
    `MATCH (a)-[r:${type}]->(b) WHERE r.docIds IS NULL ` +
    'WITH a, b, collect(r) AS rs WITH rs, head(rs) AS keep ' +
    `SET ${lists} FOREACH (x IN tail(rs) | DELETE x) RETURN count(*) AS folded`
  );
}

/** Whether the store holds relationships without evidence lists (every loaded document has an issuer). */
export async function hasLegacyRelationships(tx: ManagedTransaction): Promise<boolean> {
  const probe = await tx.run('MATCH ()-[r:ISSUED_BY]->() WHERE r.docIds IS NULL RETURN r LIMIT 1');
  return probe.records.length > 0;
}

/** Folds relationships without evidence lists; returns how many (type, start, end) were folded. */
export async function foldLegacyRelationships(tx: ManagedTransaction): Promise<number> {
  if (!(await hasLegacyRelationships(tx))) return 0;
  let folded = 0;
  for (const type of REL_TYPES.filter((t) => !DERIVED_REL_TYPES.includes(t))) {
    const result = await tx.run(foldQuery(type));
    folded += Number(result.records[0]?.get('folded') ?? 0);
  }
  return folded;
}
