// The read-only query path: every statement runs in a read transaction (session access mode READ,
// executeRead) with the driver's transaction timeout, is cut at the row cap, and — unless it is one
// of our own fixed statements — passes the static guard and the EXPLAIN check first.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { CypherError, Neo4jUnavailableError, QueryTimeoutError, WriteRefusedError } from '../../core/errors.ts';
import type { JsonValue, QueryResult } from '../../core/api-types.ts';
import { assertPlannedReadOnly, assertStaticallyReadOnly, stripExplain } from './guard.ts';
import { API_CONVERT, GraphCollector, LIGHT_NODE } from './to-json.ts';
import type { ConvertOptions } from './to-json.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_ROW_CAP = 5_000;
/** rows past the cap are counted up to this many (a longer answer says "more than COUNT_MAX") */
export const COUNT_MAX = 1_000_000;
/** how many distinct statements' EXPLAIN verdicts are remembered */
const VERIFIED_MAX = 2_000;

export interface ReadContext {
  driver: Driver;
  database?: string;
  timeoutMs: number;
  rowCap: number;
  /** statements already classified read-only by EXPLAIN (the class does not depend on values) */
  verified: Set<string>;
}

export interface ReadRequest {
  cypher: string;
  params?: Record<string, unknown>;
  /** false only for the service's own fixed statements */
  guard: boolean;
  convert?: ConvertOptions;
  rowCap?: number;
}

export function makeReadContext(opts: {
  driver: Driver;
  database?: string;
  timeoutMs?: number;
  rowCap?: number;
}): ReadContext {
  return {
    driver: opts.driver,
    database: opts.database,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    rowCap: opts.rowCap ?? DEFAULT_ROW_CAP,
    verified: new Set(),
  };
}

/** Runs one read statement; the answer as rows and as a de-duplicated graph. */
export async function runRead(ctx: ReadContext, req: ReadRequest): Promise<QueryResult> {
  const cypher = req.guard ? stripExplain(req.cypher) : req.cypher;
  const params = req.params ?? {};
  const rowCap = req.rowCap ?? ctx.rowCap;
  if (req.guard) assertStaticallyReadOnly(cypher);
  const started = performance.now();
  const session = ctx.driver.session({ defaultAccessMode: neo4j.session.READ, database: ctx.database });
  try {
    const result = await session.executeRead(
      async (tx) => {
        if (req.guard && !ctx.verified.has(cypher)) {
          await assertPlannedReadOnly(tx, cypher, params);
          if (ctx.verified.size >= VERIFIED_MAX) ctx.verified.clear();
          ctx.verified.add(cypher);
        }
        return collect(tx, cypher, params, rowCap, req.convert ?? API_CONVERT);
      },
      { timeout: ctx.timeoutMs },
    );
    return { ...result, rowCap, elapsedMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    throw translateError(error, ctx.timeoutMs);
  } finally {
    await session.close();
  }
}

/** The guards alone (static check and EXPLAIN in a read transaction), for queries being saved. */
export async function verifyReadOnly(ctx: ReadContext, cypher: string, params: Record<string, unknown>): Promise<void> {
  const statement = stripExplain(cypher);
  assertStaticallyReadOnly(statement);
  const session = ctx.driver.session({ defaultAccessMode: neo4j.session.READ, database: ctx.database });
  try {
    await session.executeRead((tx) => assertPlannedReadOnly(tx, statement, params), { timeout: ctx.timeoutMs });
  } catch (error) {
    throw translateError(error, ctx.timeoutMs);
  } finally {
    await session.close();
  }
}

type Collected = Omit<QueryResult, 'rowCap' | 'elapsedMs'>;

async function collect(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  rowCap: number,
  convert: ConvertOptions,
): Promise<Collected> {
  const collector = new GraphCollector(convert);
  const result = tx.run(cypher, params);
  const records: Neo4jRecord[] = [];
  // past the cap the rows are only counted, so a cut answer says "N of M shown"
  let total = 0;
  for await (const record of result) {
    total += 1;
    if (records.length < rowCap) records.push(record);
    else if (total > COUNT_MAX) break;
  }
  const truncated = total > records.length;
  const columns = records.length > 0 ? [...records[0].keys].map(String) : (await result.keys()).map(String);
  const rows = records.map((record) => {
    const row: Record<string, JsonValue> = {};
    for (const key of columns) row[key] = collector.value(record.get(key));
    return row;
  });
  await resolveEndpoints(tx, collector, convert);
  return { columns, rows, graph: collector.graph(), truncated, total: Math.min(total, COUNT_MAX) };
}

/** Fetches the endpoint nodes of relationships whose nodes were not returned, so the graph has no
 *  dangling edges. */
async function resolveEndpoints(
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

interface Neo4jLikeError {
  code?: unknown;
  message?: unknown;
}

/** Driver errors → our named errors (the CLI and HTTP layer translate those). */
export function translateError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof WriteRefusedError) return error;
  if (!(error instanceof Error)) return error;
  const { code, message } = error as Neo4jLikeError;
  const text = typeof message === 'string' ? message : String(error);
  const c = typeof code === 'string' ? code : '';
  if (/TransactionTimedOut|Terminated/i.test(c) || /timed out|terminated/i.test(text)) {
    return new QueryTimeoutError(`the query took longer than ${timeoutMs} ms and was stopped`, { cause: error });
  }
  if (/AccessMode|Forbidden/i.test(c) || /read access mode|not allowed/i.test(text)) {
    return new WriteRefusedError('writes are not allowed: the query service only reads', { cause: error });
  }
  if (c === 'ServiceUnavailable' || c === 'SessionExpired' || /ECONNREFUSED|Could not perform discovery/.test(text)) {
    return new Neo4jUnavailableError(`Neo4j is not reachable: ${text}`, { cause: error });
  }
  if (c.startsWith('Neo.ClientError.')) return new CypherError(firstLine(text), { cause: error });
  return error;
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
