// Writes a property-graph fragment inside a caller's transaction: nodes MERGEd on their merge label
// and id, relationships MERGEd between endpoints MATCHed by label and id (so the uniqueness
// constraints' indexes are used), all in parameterised UNWIND batches. Labels and types cannot be
// parameters in Cypher: they are taken only from the model's constant lists, never from input.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { labelOfId, mergeLabel, NODE_LABELS, REL_TYPES } from '../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship, NodeLabel, PropValue, RelType } from '../../../core/model.ts';
import { mergeNodes } from '../fragment/merge.ts';
import { withDerivedCounts } from './derived.ts';

export type WriteTx = ManagedTransaction | Transaction;

export interface WriteCounts {
  nodes: number;
  relationships: number;
  /** relationships not written because an endpoint is neither in the fragment nor in the database */
  missingEndpoints: number;
}

const BATCH = 1000;

function checkLabel(label: string): NodeLabel {
  const found = NODE_LABELS.find((l) => l === label);
  if (!found) throw new Error(`unknown node label '${label}'`);
  return found;
}

function checkType(type: string): RelType {
  const found = REL_TYPES.find((t) => t === type);
  if (!found) throw new Error(`unknown relationship type '${type}'`);
  return found;
}

/** Whole numbers become Neo4j integers (offsets, years) so Cypher can use them as such; a list
 *  becomes integers only when all its numbers are whole (Neo4j refuses mixed-type lists). */
function toNeo4j(value: PropValue): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value) && value.length > 0 && (value as unknown[]).every((v) => Number.isSafeInteger(v))) {
    return (value as number[]).map((v) => neo4j.int(v));
  }
  return value;
}

/** Properties as the driver sends them. An empty list is sent as null: the graph holds no empty
 *  lists (a list property is absent when there is nothing in it), since the bulk importer cannot store
 *  one and setting them after an import cost seconds; `SET n = …` skips a null, `SET n += …` removes. */
function toProps(props: Record<string, PropValue>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, Array.isArray(v) && v.length === 0 ? null : toNeo4j(v)]),
  );
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Groups nodes by (merge label, extra labels); the key is built from validated labels only. */
function nodeGroups(nodes: GraphNode[]): Map<string, { merge: NodeLabel; extra: NodeLabel[]; nodes: GraphNode[] }> {
  const groups = new Map<string, { merge: NodeLabel; extra: NodeLabel[]; nodes: GraphNode[] }>();
  for (const node of mergeNodes(nodes)) {
    const labels = node.labels.map(checkLabel);
    const merge = mergeLabel(labels);
    if (labelOfId(node.id) !== merge)
      throw new Error(`node ${node.id} is merged on ${merge} but its id says ${labelOfId(node.id)}`);
    const extra = [...new Set(labels.filter((l) => l !== merge))].sort();
    const key = [merge, ...extra].join(':');
    const group = groups.get(key) ?? { merge, extra, nodes: [] };
    group.nodes.push(node);
    groups.set(key, group);
  }
  return groups;
}

/** A node that is only cited (Policy without Document) never overwrites a loaded Document's properties.
 *  New measures are CREATEd: no MERGE lookup, and the uniqueness constraint fails the transaction
 *  should one exist after all. */
function nodeQuery(merge: NodeLabel, extra: NodeLabel[], create: boolean): string {
  const addLabels = extra.length > 0 ? ` SET n:${extra.join(':')}` : '';
  if (create)
    return `UNWIND $rows AS row CREATE (n:${[merge, ...extra].join(':')}) SET n = row.props RETURN count(*) AS written`;
  const citedOnly = merge === 'Policy' && !extra.includes('Document');
  const set = citedOnly ? 'SET n += CASE WHEN n:Document THEN {} ELSE row.props END' : 'SET n += row.props';
  return `UNWIND $rows AS row MERGE (n:${merge} {id: row.id}) ${set}${addLabels} RETURN count(n) AS written`;
}

/** One row per (type, start, end): the spans of every document in the fragment, as parallel lists. */
interface RelRow {
  start: string;
  end: string;
  props: Record<string, unknown>;
  evidences: string[];
  docIds: string[];
  starts: unknown[];
  ends: unknown[];
  methods: string[];
}

type RelGroup = { type: RelType; from: NodeLabel; to: NodeLabel; rows: Map<string, RelRow> };

/** The spans of one relationship of a fragment: its own lists when extraction already merged several
 *  statements of it (fragment/merge), else its scalar evidence. */
interface Span {
  evidence: string;
  start: number;
  end: number;
  method: string;
}

/** A relationship's evidence spans: its parallel lists, or its single evidence. */
export function spansOf(p: GraphRelationship['properties']): Span[] {
  const { evidences, starts, ends, methods } = p;
  if (Array.isArray(evidences) && Array.isArray(starts) && Array.isArray(ends) && starts.length === evidences.length)
    return evidences.map((evidence, i) => ({
      evidence: String(evidence),
      start: Number(starts[i]),
      end: Number(ends[i]),
      method: String((Array.isArray(methods) ? methods[i] : undefined) ?? p.method),
    }));
  return [{ evidence: p.evidence, start: p.start, end: p.end, method: p.method }];
}

function relGroups(rels: GraphRelationship[]): Map<string, RelGroup> {
  const groups = new Map<string, RelGroup>();
  for (const rel of rels) {
    const type = checkType(rel.type);
    const from = labelOfId(rel.start);
    const to = labelOfId(rel.end);
    const key = `${type}:${from}:${to}`;
    const group = groups.get(key) ?? { type, from, to, rows: new Map<string, RelRow>() };
    groups.set(key, group);
    const pair = `${rel.start}\u0000${rel.end}`;
    const p = rel.properties;
    const row = group.rows.get(pair) ?? {
      start: rel.start,
      end: rel.end,
      props: toProps(p),
      evidences: [],
      docIds: [],
      starts: [],
      ends: [],
      methods: [],
    };
    for (const span of spansOf(p)) {
      row.evidences.push(span.evidence);
      row.docIds.push(p.docId);
      row.starts.push(neo4j.int(span.start));
      row.ends.push(neo4j.int(span.end));
      row.methods.push(span.method);
    }
    group.rows.set(pair, row);
  }
  return groups;
}

/** The evidence lists of a relationship: parallel, one entry per span (a document may give several). */
export const EVIDENCE_LISTS = ['evidences', 'docIds', 'starts', 'ends', 'methods'] as const;

/** Relationship identity: (type, start node, end node). Every span that states it — in any document —
 *  is one entry of its parallel evidence lists; the scalar evidence/docId/start/end/method are those of
 *  its first entry (readers that show one piece of evidence keep working). A relationship written
 *  before the lists existed counts as a one-entry list. */
function relQuery(type: RelType, from: NodeLabel, to: NodeLabel): string {
  const append = EVIDENCE_LISTS.map((k) => `r.${k} = r.${k} + row.${k}`).join(', ');
  const init = EVIDENCE_LISTS.map((k, i) => {
    const scalar = ['evidence', 'docId', 'start', 'end', 'method'][i];
    return `r.${k} = CASE WHEN r.${k} IS NULL THEN [r.${scalar}] ELSE r.${k} END`;
  }).join(', ');
  return (
    `UNWIND $rows AS row MATCH (a:${from} {id: row.start}) MATCH (b:${to} {id: row.end}) ` +
    `MERGE (a)-[r:${type}]->(b) ` +
    `ON CREATE SET r += row.props, ${EVIDENCE_LISTS.map((k) => `r.${k} = []`).join(', ')} ` +
    `ON MATCH SET ${init} ` +
    `SET ${append} RETURN count(r) AS written, sum(size(row.docIds)) AS spans`
  );
}

/** A relationship with an endpoint created in this transaction cannot exist yet: it is CREATEd with
 *  its final properties (the first span's scalars and the evidence lists) in one map. */
function createRelQuery(type: RelType, from: NodeLabel, to: NodeLabel): string {
  return (
    `UNWIND $rows AS row MATCH (a:${from} {id: row.start}) MATCH (b:${to} {id: row.end}) ` +
    `CREATE (a)-[r:${type}]->(b) SET r = row.props RETURN count(*) AS written, sum(size(row.props.docIds)) AS spans`
  );
}

function createRow(row: RelRow): Record<string, unknown> {
  const { start, end, props, evidences, docIds, starts, ends, methods } = row;
  return { start, end, props: { ...props, evidences, docIds, starts, ends, methods } };
}

/** The write statements always seek nodes by their unique ids, whatever the statistics say, so their
 *  cached plans are kept: otherwise Neo4j replans each of them every time the counts it planned with
 *  have changed by 75% (dozens of replans during a load into an empty database). */
const KEEP_PLAN = 'CYPHER replan=skip ';

async function runBatches(
  tx: WriteTx,
  query: string,
  rows: Record<string, unknown>[],
  key = 'written',
): Promise<number> {
  let written = 0;
  for (const batch of chunks(rows)) {
    const result = await tx.run(KEEP_PLAN + query, { rows: batch });
    written += Number(result.records[0]?.get(key) ?? 0);
  }
  return written;
}

export interface WriteOptions {
  /** the fragment's Measure nodes are not stored (their documents' data was deleted in this
   *  transaction): they are CREATEd, and so are the relationships that touch them. A measure that
   *  exists after all fails the transaction on its uniqueness constraint, never duplicates anything. */
  newMeasures?: boolean;
}

/** Writes the nodes, then the relationships: `relationships` counts evidence spans written (one per
 *  relationship of the fragment whose endpoints exist), however many stored relationships they merge into. */
export async function writeFragment(tx: WriteTx, fragment: Fragment, opts: WriteOptions = {}): Promise<WriteCounts> {
  const fresh = opts.newMeasures === true;
  let nodes = 0;
  for (const group of nodeGroups(withDerivedCounts(fragment)).values()) {
    const create = fresh && group.merge === 'Measure';
    const rows = group.nodes.map((n) => ({
      id: n.id,
      props: toProps(create ? { ...n.properties, id: n.id } : n.properties),
    }));
    nodes += await runBatches(tx, nodeQuery(group.merge, group.extra, create), rows);
  }
  let relationships = 0;
  for (const group of relGroups(fragment.relationships).values()) {
    const rows = [...group.rows.values()];
    if (fresh && (group.from === 'Measure' || group.to === 'Measure')) {
      const query = createRelQuery(group.type, group.from, group.to);
      relationships += await runBatches(tx, query, rows.map(createRow), 'spans');
    } else {
      const query = relQuery(group.type, group.from, group.to);
      relationships += await runBatches(tx, query, rows as unknown as Record<string, unknown>[], 'spans');
    }
  }
  return { nodes, relationships, missingEndpoints: fragment.relationships.length - relationships };
}
