// The graph behind a result's rows: ids named in the rows (agencyId, measureIds, …) resolve to
// their nodes, and the relationships among all nodes of the result are added, so any table can be
// drawn or added to the scene. Aggregates link to what they count by returning the counted ids.
import type { ManagedTransaction } from 'neo4j-driver';
import type { JsonValue } from '../../core/api-types.ts';
import { labelOfId } from '../../core/model.ts';
import type { NodeLabel } from '../../core/model.ts';
import { LIGHT_NODE, LIGHT_REL } from './to-json.ts';
import type { ConvertOptions, GraphCollector } from './to-json.ts';

/** at most this many ids are resolved from the rows (the first met win) */
export const ROW_ID_CAP = 1_500;
/** relationships among the result's nodes are added only up to this many nodes */
const INDUCED_NODE_CAP = 2_000;
const INDUCED_REL_CAP = 10_000;
const ID_RE = /^(policy|zone|measure|agency|industry):\S/;

/** Our node ids named in the rows (strings and lists of strings, at any depth), in order met. */
export function idsInRows(rows: readonly Record<string, JsonValue>[], cap: number = ROW_ID_CAP): string[] {
  const found = new Set<string>();
  const visit = (value: JsonValue): void => {
    if (found.size >= cap || value === null) return;
    if (typeof value === 'string') {
      if (ID_RE.test(value)) found.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v);
    }
  };
  for (const row of rows) for (const value of Object.values(row)) visit(value);
  return [...found];
}

/** Groups ids by the label their prefix names (the uniqueness constraint's index serves each). */
export function idsByLabel(ids: readonly string[]): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    out.set(label, [...(out.get(label) ?? []), id]);
  }
  return out;
}

/** Adds the nodes the rows name and the relationships among every node of the result. */
export async function addRowGraph(
  tx: ManagedTransaction,
  collector: GraphCollector,
  rows: readonly Record<string, JsonValue>[],
  convert: ConvertOptions,
): Promise<void> {
  const unknown = idsInRows(rows).filter((id) => !collector.nodes.has(id));
  for (const [label, ids] of idsByLabel(unknown)) {
    const res = await tx.run(
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${convert.omitDocumentText ? LIGHT_NODE('n') : 'n'}`,
      { ids },
    );
    for (const r of res.records) {
      if (convert.omitDocumentText) {
        collector.lightNode(r.get('eid') as string, r.get('labels') as string[], r.get('props') as [string, unknown][]);
      } else {
        collector.value(r.get('n'));
      }
    }
  }
  const elements = [...collector.idByElement.keys()];
  if (elements.length < 2 || elements.length > INDUCED_NODE_CAP) return;
  // the API's answer takes the relationships without their evidence lists (LIGHT_REL): a relationship
  // many plans state carries one entry per plan, and the induced graph holds thousands of them
  const light = convert.omitDocumentText;
  const res = await tx.run(
    `UNWIND $eids AS e MATCH (a) WHERE elementId(a) = e
     MATCH (a)-[r]->(b) WHERE elementId(b) IN $eids RETURN ${light ? LIGHT_REL('r') : 'r'} LIMIT ${INDUCED_REL_CAP}`,
    { eids: elements },
  );
  for (const r of res.records) {
    if (!light) collector.value(r.get('r'));
    else {
      const [eid, type, s, e] = ['eid', 'type', 's', 'e'].map((k) => r.get(k) as string);
      collector.lightRelationship(eid!, type!, s!, e!, r.get('props') as [string, unknown][]);
    }
  }
  collector.settle();
}
