// The read-only query path: every statement runs in a read transaction (session access mode READ,
// executeRead) with the driver's transaction timeout, is cut at the row cap and — for the user's
// statements — at the byte budget, and unless it is one of our own fixed statements passes the
// static guard and the EXPLAIN check first. Errors of the statement are translated inside the
// transaction, so the driver retries only connection trouble (never a query over the memory limit).
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { QueryResult } from '../../core/api-types.ts';
import { assertPlannedReadOnly, assertStaticallyReadOnly, stripExplain } from './guard.ts';
import { finish, PartialAnswer, resolveEndpoints, streamRows } from './stream.ts';
import type { Collected } from './stream.ts';
import { API_CONVERT } from './to-json.ts';
import { planMode, planRows } from './plan.ts';
import type { PlanOperator } from './plan.ts';
import type { ConvertOptions } from './to-json.ts';
import { isAvailabilityError, translateError } from './translate-error.ts';

export { translateError } from './translate-error.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_ROW_CAP = 5_000;
/** JSON bytes one answer to a user's statement may take (FTZ_BYTE_BUDGET) */
export const DEFAULT_BYTE_BUDGET = 8 * 2 ** 20;
/** records the driver fetches at a time for a user's statement (an unknown size each) */
const USER_FETCH_SIZE = 50;
/** how many distinct statements' EXPLAIN verdicts are remembered */
const VERIFIED_MAX = 2_000;

export interface ReadContext {
  driver: Driver;
  database?: string;
  timeoutMs: number;
  rowCap: number;
  byteBudget: number;
  /** statements already classified read-only by EXPLAIN (the class does not depend on values) */
  verified: Set<string>;
}

export interface ReadRequest {
  cypher: string;
  params?: Record<string, unknown>;
  /** false only for the service's own fixed statements (neither guarded nor budgeted) */
  guard: boolean;
  convert?: ConvertOptions;
  rowCap?: number;
  /** resolve the ids the rows name to nodes and add the relationships among the result's nodes */
  rowGraph?: boolean;
}

export function makeReadContext(opts: {
  driver: Driver;
  database?: string;
  timeoutMs?: number;
  rowCap?: number;
  byteBudget?: number;
}): ReadContext {
  return {
    driver: opts.driver,
    database: opts.database,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    rowCap: opts.rowCap ?? DEFAULT_ROW_CAP,
    byteBudget: opts.byteBudget ?? DEFAULT_BYTE_BUDGET,
    verified: new Set(),
  };
}

/** Runs one read statement; the answer as rows and as a de-duplicated graph. */
export async function runRead(ctx: ReadContext, req: ReadRequest): Promise<QueryResult> {
  const cypher = req.guard ? stripExplain(req.cypher) : req.cypher;
  // EXPLAIN/PROFILE of a guarded (user) statement answers with its plan
  const mode = req.guard ? planMode(req.cypher) : null;
  const params = req.params ?? {};
  const rowCap = req.rowCap ?? ctx.rowCap;
  const convert = req.convert ?? API_CONVERT;
  const limits = {
    rowCap,
    byteBudget: req.guard ? ctx.byteBudget : Infinity,
    convert,
    rowGraph: req.rowGraph ?? false,
  };
  if (req.guard) assertStaticallyReadOnly(cypher);
  const started = performance.now();
  const session = ctx.driver.session({
    defaultAccessMode: neo4j.session.READ,
    database: ctx.database,
    ...(req.guard ? { fetchSize: USER_FETCH_SIZE } : {}),
  });
  try {
    let result: Collected;
    try {
      result = await session.executeRead(
        (tx) =>
          translated(ctx, async () => {
            if (req.guard) await verifyOnce(ctx, tx, cypher, params);
            if (mode) return explain(tx, `${mode} ${cypher}`, params, mode === 'PROFILE');
            return streamRows(tx, cypher, params, limits);
          }),
        { timeout: ctx.timeoutMs },
      );
    } catch (error) {
      if (!(error instanceof PartialAnswer)) throw error;
      // the timeout stopped a statement that had streamed rows: answer with those, marked
      await session.executeRead((tx) => resolveEndpoints(tx, error.collector, convert), { timeout: ctx.timeoutMs });
      result = finish(error.rows, error.columns, error.collector, 'timeout');
    }
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
    await session.executeRead((tx) => translated(ctx, () => assertPlannedReadOnly(tx, statement, params)), {
      timeout: ctx.timeoutMs,
    });
  } catch (error) {
    throw translateError(error, ctx.timeoutMs);
  } finally {
    await session.close();
  }
}

/** Runs EXPLAIN or PROFILE (after the guards) and answers with the plan as rows. */
async function explain(
  tx: ManagedTransaction,
  statement: string,
  params: Record<string, unknown>,
  profile: boolean,
): Promise<Collected> {
  const result = await tx.run(statement, params);
  const summary = result.summary;
  const root = (profile ? summary.profile : summary.plan) as PlanOperator | false;
  if (!root) return { columns: [], rows: [], graph: { nodes: [], relationships: [] }, truncated: false };
  return { ...planRows(root, profile), graph: { nodes: [], relationships: [] }, truncated: false, plan: true };
}

async function verifyOnce(
  ctx: ReadContext,
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
): Promise<void> {
  if (ctx.verified.has(cypher)) return;
  await assertPlannedReadOnly(tx, cypher, params);
  if (ctx.verified.size >= VERIFIED_MAX) ctx.verified.clear();
  ctx.verified.add(cypher);
}

/** The statement's errors as our named errors (not retried by executeRead); connection errors and
 *  partial answers pass through unchanged. */
async function translated<T>(ctx: ReadContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PartialAnswer || isAvailabilityError(error)) throw error;
    throw translateError(error, ctx.timeoutMs);
  }
}
