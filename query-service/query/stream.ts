// One statement's answer, streamed from the driver record by record and cut at the first limit it
// reaches: the row cap, the byte budget (the JSON size of the rows and the graph so far) or the
// transaction's timeout once rows have come. The driver fetches few records at a time for budgeted
// statements, so an answer of any size holds only the budget and one fetch in memory.
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { JsonValue, QueryResult, TruncationReason } from '../../core/api-types.ts';
import { isTimeoutError } from './translate-error.ts';
import { addRowGraph } from './row-graph.ts';
import { GraphCollector, LIGHT_NODE } from './to-json.ts';
import type { ConvertOptions } from './to-json.ts';

/** rows past the cap are counted up to this many (a longer answer says "more than COUNT_MAX") */
export const COUNT_MAX = 1_000_000;

export type Collected = Omit<QueryResult, 'rowCap' | 'elapsedMs'>;
type Row = Record<string, JsonValue>;

export interface StreamLimits {
  rowCap: number;
  /** bytes of JSON the rows and graph may take; Infinity for the service's own statements */
  byteBudget: number;
  convert: ConvertOptions;
  /** resolve the ids named in the rows to nodes and add the relationships among them */
  rowGraph?: boolean;
}

/** The rows streamed before a timeout: the caller finishes them in a fresh transaction. */
export class PartialAnswer extends Error {
  constructor(
    readonly rows: Row[],
    readonly columns: string[],
    readonly collector: GraphCollector,
  ) {
    super('timed out after some rows');
  }
}

export async function streamRows(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  limits: StreamLimits,
): Promise<Collected> {
  const budgeted = Number.isFinite(limits.byteBudget);
  const collector = new GraphCollector(limits.convert, budgeted);
  const result = tx.run(cypher, params);
  const rows: Row[] = [];
  let columns: string[] | null = null;
  let rowBytes = 0;
  let cut: TruncationReason | undefined;
  let total = 0;
  // a user's statement is counted only so far past the cap (each fetch is a round trip)
  const countMax = budgeted ? Math.min(COUNT_MAX, limits.rowCap * 10) : COUNT_MAX;
  try {
    for await (const record of result) {
      if (rows.length >= limits.rowCap) {
        // past the cap the rows are only counted, so a cut answer says "N of M shown"
        cut = 'rows';
        total += 1;
        if (total > countMax) break;
        continue;
      }
      total += 1;
      columns ??= [...record.keys].map(String);
      const mark = collector.checkpoint();
      const row = toRow(record, columns, collector);
      const size = budgeted ? Buffer.byteLength(JSON.stringify(row)) + 1 : 0;
      if (rowBytes + size + collector.bytes > limits.byteBudget) {
        collector.rollback(mark);
        cut = 'bytes';
        break;
      }
      rowBytes += size;
      rows.push(row);
    }
  } catch (error) {
    if (columns && rows.length > 0 && isTimeoutError(error)) throw new PartialAnswer(rows, columns, collector);
    throw error;
  }
  columns ??= (await result.keys()).map(String);
  await resolveEndpoints(tx, collector, limits.convert);
  if (limits.rowGraph) await addRowGraph(tx, collector, rows, limits.convert);
  const answer = finish(rows, columns, collector, cut);
  return cut === 'rows' && answer.total === undefined ? { ...answer, total: Math.min(total, countMax) } : answer;
}

/** The column a query that pages itself (`LIMIT $limit` after counting) returns in every row: how
 *  many rows it has without the limit. The answer says "N of M shown" with it (cypher/README.md). */
export const TOTAL_ROWS_COLUMN = 'totalRows';

export function finish(
  rows: Row[],
  columns: string[],
  collector: GraphCollector,
  cut: TruncationReason | undefined,
): Collected {
  const paged = pagedTotal(rows, columns);
  const base = {
    columns: paged ? columns.filter((c) => c !== TOTAL_ROWS_COLUMN) : columns,
    rows,
    graph: collector.graph(),
  };
  if (cut) return { ...base, truncated: true, truncatedReason: cut };
  if (paged !== null && paged > rows.length) return { ...base, truncated: true, truncatedReason: 'rows', total: paged };
  return { ...base, truncated: false };
}

/** The total a paged query reports (its rows lose the column), or null. */
function pagedTotal(rows: Row[], columns: string[]): number | null {
  if (!columns.includes(TOTAL_ROWS_COLUMN)) return null;
  let total = 0;
  for (const row of rows) {
    const value = row[TOTAL_ROWS_COLUMN];
    if (typeof value === 'number') total = Math.max(total, value);
    delete row[TOTAL_ROWS_COLUMN];
  }
  return total;
}

function toRow(record: Neo4jRecord, columns: string[], collector: GraphCollector): Row {
  const row: Row = {};
  for (const key of columns) row[key] = collector.value(record.get(key));
  return row;
}

/** Fetches the endpoint nodes of relationships whose nodes were not returned, so the graph has no
 *  dangling edges. */
export async function resolveEndpoints(
  tx: ManagedTransaction,
  collector: GraphCollector,
  convert: ConvertOptions,
): Promise<void> {
  const missing = collector.missingEndpoints();
  if (missing.length === 0) return;
  if (convert.omitDocumentText) {
    const res = await tx.run(`MATCH (n) WHERE elementId(n) IN $ids RETURN ${LIGHT_NODE('n')}`, { ids: missing });
    for (const r of res.records)
      collector.lightNode(r.get('eid') as string, r.get('labels') as string[], r.get('props') as [string, unknown][]);
  } else {
    const res = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
    for (const record of res.records) collector.value(record.get('n'));
  }
  collector.settle();
}
