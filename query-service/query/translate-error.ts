// Driver errors → our named errors (the CLI and HTTP layer translate those). A user's mistake —
// bad Cypher, a missing parameter, a plan Neo4j cannot run (shortestPath between a node and
// itself), a query over the per-transaction memory limit — becomes an error the user can act on
// with the server's own words; only what is not the query's fault stays unexpected.
import {
  CypherError,
  FtzError,
  Neo4jUnavailableError,
  QueryMemoryError,
  QueryTimeoutError,
  WriteRefusedError,
} from '../../core/errors.ts';

interface Neo4jLikeError {
  code?: unknown;
  message?: unknown;
  gqlStatus?: unknown;
}

const MEMORY_CODES = /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/;
const MEMORY_GQL = new Set(['51N72', '51N73']);

export function isTimeoutError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as Neo4jLikeError;
  const c = typeof code === 'string' ? code : '';
  const text = typeof message === 'string' ? message : '';
  return /TransactionTimedOut|Terminated/i.test(c) || /timed out|terminated/i.test(text);
}

/** Connection trouble: left to the driver, which retries it in a managed transaction. */
export function isAvailabilityError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as Neo4jLikeError;
  const text = typeof message === 'string' ? message : '';
  return (
    code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Could not perform discovery/.test(text)
  );
}

export function translateError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof FtzError || !(error instanceof Error)) return error;
  const { code, message, gqlStatus } = error as Neo4jLikeError;
  const text = typeof message === 'string' ? message : String(error);
  const c = typeof code === 'string' ? code : '';
  if (MEMORY_CODES.test(c) || (typeof gqlStatus === 'string' && MEMORY_GQL.has(gqlStatus))) {
    return new QueryMemoryError(
      `the query needs more memory than one query may use (${serverMessage(text)}): ` +
        'return less — aggregate (count, sum) instead of collect, or add LIMIT',
      { cause: error },
    );
  }
  if (isTimeoutError(error)) {
    return new QueryTimeoutError(`the query took longer than ${timeoutMs} ms and was stopped`, { cause: error });
  }
  if (/AccessMode|Forbidden/i.test(c) || /read access mode|not allowed/i.test(text)) {
    return new WriteRefusedError('writes are not allowed: the query service only reads', { cause: error });
  }
  if (isAvailabilityError(error)) return new Neo4jUnavailableError(`Neo4j is not reachable: ${text}`, { cause: error });
  if (c.startsWith('Neo.ClientError.') || c === 'Neo.DatabaseError.Statement.ExecutionFailed') {
    return new CypherError(serverMessage(text), { cause: error });
  }
  return error;
}

/** The server's message on one line: a syntax error's first line (the rest points into the query),
 *  any other message with its lines joined. */
export function serverMessage(text: string): string {
  const lines = text.split('\n');
  if (lines.some((line) => /^\s*\^\s*$/.test(line))) return lines[0].trim();
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
