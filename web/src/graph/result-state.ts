// Query result states, named explicitly (as NeoDash's QueryStatus does) and derived from
// react-query's status plus the server's flags and error codes.

export type ResultState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'empty' }
  | { kind: 'nothing-drawable' }
  | { kind: 'truncated'; rowCap: number; shown: number; total?: number }
  | { kind: 'ok' }
  | { kind: 'timeout'; message: string }
  | { kind: 'write-refused'; message: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'error'; message: string };

export interface ResultLike {
  rows: readonly unknown[];
  graph: { nodes: readonly unknown[]; relationships: readonly unknown[] };
  truncated: boolean;
  rowCap: number;
  /** every row the query has, when the answer shows fewer ("N of M shown") */
  total?: number;
}

export interface ErrorLike {
  code?: string;
  message: string;
}

export interface ResultInput {
  status: 'pending' | 'error' | 'success';
  fetching: boolean; // a request is on its way
  data: ResultLike | undefined;
  error: ErrorLike | null;
  view: 'graph' | 'table';
  /** the rows have come and the graph behind them (asked for apart) is on its way */
  graphPending?: boolean;
}

export function errorState(error: ErrorLike): ResultState {
  switch (error.code) {
    case 'TIMEOUT':
      return { kind: 'timeout', message: error.message };
    case 'WRITE_REFUSED':
      return { kind: 'write-refused', message: error.message };
    case 'NEO4J_UNAVAILABLE':
      return { kind: 'unavailable', message: error.message };
    case 'NETWORK':
      return { kind: 'network', message: error.message };
    default:
      return { kind: 'error', message: error.message };
  }
}

export function deriveResultState(input: ResultInput): ResultState {
  if (input.status === 'error' && input.error) return errorState(input.error);
  if (input.status === 'pending') return input.fetching ? { kind: 'running' } : { kind: 'idle' };
  const data = input.data;
  if (!data) return { kind: 'idle' };
  if (input.graphPending) return { kind: 'running' };
  if (data.rows.length === 0 && data.graph.nodes.length === 0) return { kind: 'empty' };
  if (input.view === 'graph' && data.graph.nodes.length === 0) return { kind: 'nothing-drawable' };
  if (data.truncated)
    return {
      kind: 'truncated',
      rowCap: data.rowCap,
      shown: data.rows.length,
      ...(data.total !== undefined ? { total: data.total } : {}),
    };
  return { kind: 'ok' };
}

/** Whether a state is a problem the analyst must act on (shown as an alert, not a hint). */
export function isProblem(state: ResultState): boolean {
  return ['timeout', 'write-refused', 'unavailable', 'network', 'error'].includes(state.kind);
}
