// The read-only guards that run before any query. First a static look at the statement (with
// string literals and comments blanked out, so Chinese data cannot trip it): refuse batching
// (CALL … IN TRANSACTIONS), LOAD CSV, USE of another database, administration commands and every
// procedure outside a short read-only allow-list. Then EXPLAIN: the planner's query type must be
// 'r'. Both throw WriteRefusedError; the read transaction (access mode READ) is the third line.
import type { ManagedTransaction } from 'neo4j-driver';
import { WriteRefusedError } from '../../core/errors.ts';

const WRITES_REFUSED = 'writes are not allowed: the query service only reads';

/** Procedures a read query may call. Anything else (dbms.*, db.create*, apoc.*, …) is refused. */
export const READ_PROCEDURES = new Set([
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'dbms.components',
]);

const ADMIN_START =
  /^\s*(?:EXPLAIN\s+|PROFILE\s+)?(?:CREATE|DROP|ALTER|START|STOP|GRANT|DENY|REVOKE|RENAME|ENABLE|DEALLOCATE|REALLOCATE|TERMINATE|SHOW|DRYRUN)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+|STANDARD\s+)?(?:DATABASES?|ALIAS(?:ES)?|USERS?|ROLES?|PRIVILEGES?|SERVERS?|TRANSACTIONS?|CURRENT\s+USER|INDEX(?:ES)?|CONSTRAINTS?|PROCEDURES?|FUNCTIONS?|SETTINGS?|IMMUTABLE|ALL|DEFAULT|HOME|\w+\s+ON)\b/i;

/** Blanks out comments, string literals and backtick names (keeps their length for positions). */
export function maskLiterals(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i];
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      const stop = end < 0 ? cypher.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      const stop = end < 0 ? cypher.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"') {
      const stop = closingQuote(cypher, i, c);
      out += c + ' '.repeat(Math.max(0, stop - i - 2)) + c;
      i = stop;
    } else if (c === '`') {
      const end = cypher.indexOf('`', i + 1);
      const stop = end < 0 ? cypher.length : end + 1;
      out += '`' + cypher.slice(i + 1, stop - 1).replace(/[^A-Za-z0-9_.]/g, '_') + '`';
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function closingQuote(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** The static check. Throws WriteRefusedError with the reason; returns nothing when it passes. */
export function assertStaticallyReadOnly(cypher: string): void {
  const masked = maskLiterals(cypher);
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(masked)) {
    throw new WriteRefusedError(`${WRITES_REFUSED} (CALL … IN TRANSACTIONS is refused)`);
  }
  if (/\bLOAD\s+CSV\b/i.test(masked)) throw new WriteRefusedError(`${WRITES_REFUSED} (LOAD CSV is refused)`);
  if (/(?:^|[;{}]|\bCALL\s*\{)\s*USE\s+[\w`]/i.test(masked)) {
    throw new WriteRefusedError(`${WRITES_REFUSED} (USE of another database is refused)`);
  }
  if (ADMIN_START.test(masked)) throw new WriteRefusedError(`${WRITES_REFUSED} (administration commands are refused)`);
  for (const name of calledProcedures(masked)) {
    if (!READ_PROCEDURES.has(name.toLowerCase())) {
      throw new WriteRefusedError(`${WRITES_REFUSED} (procedure ${name} is not on the read-only list)`);
    }
  }
}

/** Names of the procedures a statement CALLs (CALL { … } subqueries are not procedures). */
export function calledProcedures(masked: string): string[] {
  const names: string[] = [];
  const re = /\bCALL\s+((?:`[^`]*`|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:`[^`]*`|[A-Za-z_][\w$]*))*)/gi;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    names.push(m[1].replace(/\s+/g, '').replace(/`/g, ''));
  }
  return names;
}

/** The planner's verdict inside the (read) transaction: only query type 'r' may run. */
export async function assertPlannedReadOnly(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
): Promise<void> {
  const result = await tx.run(`EXPLAIN ${cypher}`, params);
  const type = result.summary.queryType;
  if (type !== 'r') {
    throw new WriteRefusedError(`${WRITES_REFUSED} (the planner classifies this query as "${String(type)}")`);
  }
}

/** Strips a leading EXPLAIN/PROFILE keyword the user typed: we add EXPLAIN ourselves. */
export function stripExplain(cypher: string): string {
  return cypher.replace(/^\s*(?:EXPLAIN|PROFILE)\s+/i, '');
}
