// EXPLAIN / PROFILE answered as a plan: the operator tree flattened into rows (the operator indented
// by its depth, its details, estimated rows and — for PROFILE — rows and db hits), not run as a query.
import type { JsonValue } from '../../core/api-types.ts';

/** The plan operator as the driver reports it (ResultSummary.plan / .profile). */
export interface PlanOperator {
  operatorType: string;
  identifiers?: string[];
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
  dbHits?: number;
  rows?: number;
}

const PREFIX_RE = /^\s*(EXPLAIN|PROFILE)\s+/i;

/** 'EXPLAIN' or 'PROFILE' when the statement asks for its plan, else null. */
export function planMode(cypher: string): 'EXPLAIN' | 'PROFILE' | null {
  const m = PREFIX_RE.exec(cypher);
  return m ? (m[1].toUpperCase() as 'EXPLAIN' | 'PROFILE') : null;
}

function num(value: unknown): number | null {
  if (typeof value === 'number') return Math.round(value * 10) / 10;
  if (value && typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  return null;
}

/** The operator tree as rows, depth first; `profile` adds the measured rows and db hits. */
export function planRows(
  root: PlanOperator,
  profile: boolean,
): { columns: string[]; rows: Record<string, JsonValue>[] } {
  const columns = ['operator', 'details', 'estimatedRows', ...(profile ? ['rows', 'dbHits'] : []), 'identifiers'];
  const rows: Record<string, JsonValue>[] = [];
  const visit = (op: PlanOperator, depth: number): void => {
    const args = op.arguments ?? {};
    const row: Record<string, JsonValue> = {
      operator: `${'  '.repeat(depth)}${depth > 0 ? '└ ' : ''}${op.operatorType.replace(/@.*$/, '')}`,
      details: typeof args['Details'] === 'string' ? args['Details'] : '',
      estimatedRows: num(args['EstimatedRows']),
    };
    if (profile) {
      row['rows'] = num(op.rows);
      row['dbHits'] = num(op.dbHits);
    }
    row['identifiers'] = (op.identifiers ?? []).join(', ');
    rows.push(row);
    for (const child of op.children ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  return { columns, rows };
}
