// Copy groups and SIMILAR_TO at load time (graph-loader/src/similar/groups.ts decides, this writes).
// The model, in the store:
//   - every comparable measure has `copyGroup`: the key of its group of identical or near-identical
//     texts (the id of the measure that founded it);
//   - (copy:Measure)-[:COPY_OF {score, method}]->(canonical:Measure): each other member of a group links
//     to its one canonical member — a star, linear in the group's size; the canonical member alone holds
//     the group's term vector (`similarityVectors`, similar/vector-codec.ts);
//   - (a:Measure)-[:SIMILAR_TO {score, method}]->(b:Measure) joins the canonical members of two groups,
//     from the smaller id to the larger (query it undirected).
// The linker of a load run reads the groups once (their canonical members' vectors and every member's
// key, no measure text), links each document against them and queues the links with the document; the
// writer resolves them by group key inside the document's transaction, so a group whose canonical
// member was deleted in the same transaction still holds (replace.ts hands the role on first).
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../parse-plan.ts';
import {
  comparableMeasures,
  CopyGroups,
  decodeVectors,
  encodeVectors,
  fragmentMeasures,
  SIMILARITY_METHOD,
} from '../similar/index.ts';
import type { GroupOptions, MeasureRecord, SimilarLinks, StoredGroup } from '../similar/index.ts';
import type { WriteTx } from './write.ts';

const BATCH = 2000;

/** Stored measures with the properties the comparison reads (the text: the measure's whole span, from
 *  its Document): all, or those of the given documents. */
export async function readMeasureRecords(
  driver: Driver,
  database?: string,
  docIds?: readonly string[],
): Promise<MeasureRecord[]> {
  const session = driver.session(database ? { database } : {});
  try {
    const where = docIds ? 'm.docId IN $docIds' : 'm.docId IS NOT NULL';
    const result = await session.executeRead((tx) =>
      tx.run(
        `MATCH (m:Measure) WHERE ${where} OPTIONAL MATCH (d:Document {id: m.docId}) ` +
          'RETURN m.id AS id, m.docId AS docId, m.path AS path, ' +
          'coalesce(substring(d.text, m.start, m.end - m.start), m.text) AS text, m.start AS start, m.end AS end, ' +
          'm.section AS section, m.background AS background',
        { docIds: docIds ?? [] },
      ),
    );
    return result.records.map((r) => ({
      id: String(r.get('id')),
      docId: String(r.get('docId')),
      path: String(r.get('path') ?? ''),
      text: String(r.get('text') ?? ''),
      start: Number(r.get('start') ?? 0),
      end: Number(r.get('end') ?? 0),
      section: (r.get('section') as string | null) ?? null,
      background: r.get('background') === true,
    }));
  } finally {
    await session.close();
  }
}

/** The groups held by the store: per group its members and its canonical member's vector (one record
 *  per group, no measure text). */
export async function readStoredGroups(driver: Driver, database?: string): Promise<StoredGroup[]> {
  const session = driver.session(database ? { database } : {});
  try {
    const result = await session.executeRead((tx) =>
      tx.run(
        'MATCH (m:Measure) WHERE m.copyGroup IS NOT NULL ' +
          'WITH m.copyGroup AS key, collect(m) AS ms ' +
          'WITH key, ms, [x IN ms WHERE x.similarityVectors IS NOT NULL AND NOT (x)-[:COPY_OF]->()][0] AS c ' +
          'RETURN key, [x IN ms | x.id] AS ids, [x IN ms | x.docId] AS docs, ' +
          'c.id AS canonical, c.docId AS canonicalDoc, c.similarityVectors AS vector',
      ),
    );
    // a group without a vector (a store written by hand) is left out: its members link again on reload
    return result.records.flatMap((r) => {
      const vector = r.get('vector') as string | null;
      const [decoded] = vector === null ? [] : decodeVectors(vector);
      if (!decoded) return [];
      const docs = r.get('docs') as string[];
      return [
        {
          key: String(r.get('key')),
          canonical: String(r.get('canonical')),
          canonicalDoc: String(r.get('canonicalDoc')),
          vector: decoded,
          members: (r.get('ids') as string[]).map((id, i) => ({ id, docId: String(docs[i]) })),
        },
      ];
    });
  } finally {
    await session.close();
  }
}

/** Writes the links of documents whose measures are stored: each measure's group key, then per group the
 *  canonical member (the one already holding the group's vector, else the linker's choice, else the
 *  smallest id) with the group's vector and every other member's COPY_OF, then SIMILAR_TO between the
 *  canonical members. Returns the relationships written. */
export async function writeSimilar(tx: WriteTx, links: readonly SimilarLinks[]): Promise<number> {
  const members = links.flatMap((l) => l.members);
  if (members.length === 0) return 0;
  let written = 0;
  for (let i = 0; i < members.length; i += BATCH) {
    const rows = members.slice(i, i + BATCH).map((m) => ({ id: m.id, group: m.group }));
    await tx.run('UNWIND $rows AS row MATCH (m:Measure {id: row.id}) SET m.copyGroup = row.group', { rows });
  }
  const groups = new Map<string, { key: string; hint: string }>();
  for (const m of members) groups.set(m.group, { key: m.group, hint: m.canonical });
  const scores = Object.fromEntries(members.map((m) => [m.id, m.score]));
  const vectors = Object.fromEntries(members.map((m) => [m.id, encodeVectors([m.vector])]));
  const rows = [...groups.values()];
  for (let i = 0; i < rows.length; i += BATCH) {
    const result = await tx.run(LINK_GROUPS, {
      groups: rows.slice(i, i + BATCH),
      scores,
      vectors,
      method: SIMILARITY_METHOD,
    });
    written += Number(result.records[0]?.get('linked') ?? 0);
  }
  const pairs = links.flatMap((l) => l.similar);
  for (let i = 0; i < pairs.length; i += BATCH) {
    const result = await tx.run(LINK_SIMILAR, { pairs: pairs.slice(i, i + BATCH) });
    written += Number(result.records[0]?.get('linked') ?? 0);
  }
  return written;
}

/** Per group: its members without a COPY_OF are the canonical member and the new members; the canonical
 *  one keeps (or gets) the group's vector, the others link to it. */
const LINK_GROUPS = `
UNWIND $groups AS g
CALL (g) {
  MATCH (m:Measure {copyGroup: g.key}) WHERE NOT (m)-[:COPY_OF]->()
  WITH m ORDER BY CASE WHEN m.similarityVectors IS NOT NULL THEN 0 WHEN m.id = g.hint THEN 1 ELSE 2 END, m.id
  WITH collect(m) AS free
  WITH head(free) AS c, tail(free) AS rest WHERE c IS NOT NULL
  SET c.similarityVectors = coalesce(c.similarityVectors, $vectors[c.id])
  WITH c, rest
  UNWIND rest AS m
  MERGE (m)-[r:COPY_OF]->(c) SET r.score = coalesce($scores[m.id], 1.0), r.method = $method
  RETURN count(r) AS n
}
RETURN sum(n) AS linked`;

/** SIMILAR_TO between the canonical members of two groups, from the smaller id to the larger. */
const LINK_SIMILAR = `
UNWIND $pairs AS p
CALL (p) {
  MATCH (a:Measure {copyGroup: p.from}) WHERE NOT (a)-[:COPY_OF]->()
  MATCH (b:Measure {copyGroup: p.to}) WHERE NOT (b)-[:COPY_OF]->() AND b <> a
  WITH p, CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END AS ends
  WITH p, ends[0] AS x, ends[1] AS y
  MERGE (x)-[r:SIMILAR_TO]->(y) SET r.score = p.score, r.method = p.method
  RETURN count(r) AS n
}
RETURN sum(n) AS linked`;

/** A `CALL () { … }` subquery run before $docId's measures are deleted: each of them that is the
 *  canonical member of a group with members in other documents hands the role (and the group's vector
 *  and SIMILAR_TO) to the member with the smallest id; the other members' COPY_OF move to it. */
export const HAND_ON_CANONICAL = `CALL () {
  MATCH (c:Measure {docId: $docId})<-[:COPY_OF]-(m:Measure) WHERE m.docId <> $docId
  WITH c, m ORDER BY m.id
  WITH c, collect(m) AS copies
  WITH c, head(copies) AS n, tail(copies) AS rest
  MATCH (n)-[old:COPY_OF]->(c)
  DELETE old
  SET n.similarityVectors = c.similarityVectors
  WITH c, n, rest
  CALL (c, n, rest) {
    UNWIND rest AS m
    MATCH (m)-[r:COPY_OF]->(c)
    CREATE (m)-[moved:COPY_OF]->(n) SET moved.score = r.score, moved.method = r.method
    DELETE r
  }
  CALL (c, n) {
    MATCH (c)-[s:SIMILAR_TO]-(o:Measure) WHERE o <> n AND o.docId <> $docId
    WITH s, CASE WHEN n.id < o.id THEN [n, o] ELSE [o, n] END AS ends
    WITH s, ends[0] AS x, ends[1] AS y
    MERGE (x)-[r:SIMILAR_TO]->(y) ON CREATE SET r.score = s.score, r.method = s.method
    DELETE s
  }
}`;

export interface SimilarityLinker {
  /** Starts reading the stored groups (a load calls it as soon as it has something to parse). */
  prefetch(): void;
  /** The links of this plan's measures (the plan joins the groups). */
  pairsFor(plan: ParsedPlan): Promise<SimilarLinks>;
}

/** A linker for one load run: the groups are read from the database on first use. */
export function similarityLinker(
  driver: Driver,
  opts: { database?: string; pipeline?: string; similar?: GroupOptions } = {},
): SimilarityLinker {
  let built: Promise<CopyGroups> | null = null;
  const build = async (): Promise<CopyGroups> => {
    const groups = new CopyGroups(opts.similar);
    groups.restore(await readStoredGroups(driver, opts.database));
    return groups;
  };
  return {
    prefetch() {
      built ??= build();
      built.catch(() => {}); // the error, if any, comes back from pairsFor
    },
    async pairsFor(plan) {
      built ??= build();
      const groups = await built;
      return groups.link(plan.docId, comparableMeasures(fragmentMeasures(plan.fragment)));
    },
  };
}
