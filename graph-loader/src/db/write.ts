// Writes a property-graph fragment inside a caller's transaction: nodes MERGEd on their merge label
// and id, relationships MERGEd between endpoints MATCHed by label and id (so the uniqueness
// constraints' indexes are used), all in parameterised UNWIND batches. Labels and types cannot be
// parameters in Cypher: they are taken only from the model's constant lists, never from input.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { labelOfId, mergeLabel, NODE_LABELS, REL_TYPES } from '../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship, NodeLabel, PropValue, RelType } from '../../../core/model.ts';
import { mergeNodes } from '../fragment/merge.ts';

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

function toProps(props: Record<string, PropValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toNeo4j(v)]));
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

/** A node that is only cited (Policy without Document) never overwrites a loaded Document's properties. */
function nodeQuery(merge: NodeLabel, extra: NodeLabel[]): string {
  const addLabels = extra.length > 0 ? ` SET n:${extra.join(':')}` : '';
  const citedOnly = merge === 'Policy' && !extra.includes('Document');
  const set = citedOnly ? 'SET n += CASE WHEN n:Document THEN {} ELSE row.props END' : 'SET n += row.props';
  return `UNWIND $rows AS row MERGE (n:${merge} {id: row.id}) ${set}${addLabels} RETURN count(n) AS written`;
}

function relGroups(
  rels: GraphRelationship[],
): Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rels: GraphRelationship[] }> {
  const groups = new Map<string, { type: RelType; from: NodeLabel; to: NodeLabel; rels: GraphRelationship[] }>();
  for (const rel of rels) {
    const type = checkType(rel.type);
    const from = labelOfId(rel.start);
    const to = labelOfId(rel.end);
    const key = `${type}:${from}:${to}`;
    const group = groups.get(key) ?? { type, from, to, rels: [] };
    group.rels.push(rel);
    groups.set(key, group);
  }
  return groups;
}

/** Relationship identity: (type, start node, end node, docId, start offset). */
function relQuery(type: RelType, from: NodeLabel, to: NodeLabel): string {
  return (
    `UNWIND $rows AS row MATCH (a:${from} {id: row.start}) MATCH (b:${to} {id: row.end}) ` +
    `MERGE (a)-[r:${type} {docId: row.docId, start: row.offset}]->(b) SET r += row.props RETURN count(r) AS written`
  );
}

async function runBatches(tx: WriteTx, query: string, rows: Record<string, unknown>[]): Promise<number> {
  let written = 0;
  for (const batch of chunks(rows)) {
    const result = await tx.run(query, { rows: batch });
    written += Number(result.records[0]?.get('written') ?? 0);
  }
  return written;
}

export async function writeFragment(tx: WriteTx, fragment: Fragment): Promise<WriteCounts> {
  let nodes = 0;
  for (const group of nodeGroups(fragment.nodes).values()) {
    const rows = group.nodes.map((n) => ({ id: n.id, props: toProps(n.properties) }));
    nodes += await runBatches(tx, nodeQuery(group.merge, group.extra), rows);
  }
  let relationships = 0;
  for (const group of relGroups(fragment.relationships).values()) {
    const rows = group.rels.map((r) => ({
      start: r.start,
      end: r.end,
      docId: r.properties.docId,
      offset: neo4j.int(r.properties.start),
      props: toProps(r.properties),
    }));
    relationships += await runBatches(tx, relQuery(group.type, group.from, group.to), rows);
  }
  return { nodes, relationships, missingEndpoints: fragment.relationships.length - relationships };
}
