// The graph behind a result's rows: ids named in the rows (agencyId, measureIds, …) resolve to
// their nodes, and the relationships among all nodes of the result are added, so any table can be
// drawn or added to the scene. Aggregates link to what they count by returning the counted ids.
// The API answers a query with its rows alone; the explorer asks for this graph (POST
// /api/query/graph with the ids, row-graph-read.ts) only when it shows the graph of a result. Exports
// build it with the rows (addRowGraph in the statement's transaction).
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { JsonValue } from '../../core/api-types.ts';
import { labelOfId } from '../../core/model.ts';
import type { NodeLabel } from '../../core/model.ts';
import { idsInRows } from '../../core/row-ids.ts';
import { LIGHT_NODE, LIGHT_REL } from './to-json.ts';
import type { ConvertOptions, GraphCollector } from './to-json.ts';

/** relationships among the result's nodes are added only up to this many nodes */
const INDUCED_NODE_CAP = 2_000;
const INDUCED_REL_CAP = 10_000;

/** Groups ids by the label their prefix names (the uniqueness constraint's index serves each). */
export function idsByLabel(ids: readonly string[]): Map<NodeLabel, string[]> {
  const out = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    out.set(label, [...(out.get(label) ?? []), id]);
  }
  return out;
}

/** Adds the nodes the rows name and the relationships among every node of the result; false when
 *  a cap left some out. */
export async function addRowGraph(
  tx: ManagedTransaction,
  collector: GraphCollector,
  rows: readonly Record<string, JsonValue>[],
  convert: ConvertOptions,
): Promise<boolean> {
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
  if (elements.length > INDUCED_NODE_CAP) return false;
  if (elements.length < 2) return true;
  // the API's answer takes the relationships without their evidence lists (LIGHT_REL): a relationship
  // many plans state carries one entry per plan, and the induced graph holds thousands of them
  const light = convert.omitDocumentText;
  const res = await tx.run(
    `UNWIND $eids AS e MATCH (a) WHERE elementId(a) = e
     MATCH (a)-[r]->(b) WHERE elementId(b) IN $eids RETURN ${light ? LIGHT_REL('r') : 'r'} LIMIT $limit`,
    { eids: elements, limit: neo4j.int(INDUCED_REL_CAP + 1) },
  );
  for (const r of res.records.slice(0, INDUCED_REL_CAP)) {
    if (!light) collector.value(r.get('r'));
    else {
      const [eid, type, s, e] = ['eid', 'type', 's', 'e'].map((k) => r.get(k) as string);
      collector.lightRelationship(eid!, type!, s!, e!, r.get('props') as [string, unknown][]);
    }
  }
  collector.settle();
  return res.records.length <= INDUCED_REL_CAP;
}
