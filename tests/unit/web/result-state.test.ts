import { describe, expect, it } from 'vitest';
import { deriveResultState, isProblem } from '../../../web/src/graph/result-state.ts';
import type { ResultInput } from '../../../web/src/graph/result-state.ts';

const graph = { nodes: [{}], relationships: [] };
const data = (over: Partial<NonNullable<ResultInput['data']>> = {}) => ({
  rows: [{}],
  graph,
  truncated: false,
  rowCap: 5000,
  ...over,
});
const input = (over: Partial<ResultInput>): ResultInput => ({
  status: 'success',
  fetching: false,
  data: data(),
  error: null,
  view: 'graph',
  ...over,
});

describe('query result states', () => {
  const cases: { name: string; input: ResultInput; kind: string; problem: boolean }[] = [
    { name: 'no query yet', input: input({ status: 'pending', data: undefined }), kind: 'idle', problem: false },
    {
      name: 'running',
      input: input({ status: 'pending', fetching: true, data: undefined }),
      kind: 'running',
      problem: false,
    },
    {
      name: 'rows come, the graph behind them is on its way',
      input: input({ data: data({ graph: { nodes: [], relationships: [] } }), graphPending: true }),
      kind: 'running',
      problem: false,
    },
    {
      name: 'no rows',
      input: input({ data: data({ rows: [], graph: { nodes: [], relationships: [] } }) }),
      kind: 'empty',
      problem: false,
    },
    {
      name: 'rows but nothing to draw',
      input: input({ data: data({ graph: { nodes: [], relationships: [] } }) }),
      kind: 'nothing-drawable',
      problem: false,
    },
    {
      name: 'rows as a table are fine',
      input: input({ view: 'table', data: data({ graph: { nodes: [], relationships: [] } }) }),
      kind: 'ok',
      problem: false,
    },
    {
      name: 'cut by the row cap',
      input: input({ data: data({ truncated: true, rowCap: 5 }) }),
      kind: 'truncated',
      problem: false,
    },
    { name: 'a good result', input: input({}), kind: 'ok', problem: false },
    {
      name: 'timeout',
      input: input({ status: 'error', error: { code: 'TIMEOUT', message: 'after 10 s' } }),
      kind: 'timeout',
      problem: true,
    },
    {
      name: 'write refused',
      input: input({ status: 'error', error: { code: 'WRITE_REFUSED', message: 'no' } }),
      kind: 'write-refused',
      problem: true,
    },
    {
      name: 'neo4j down',
      input: input({ status: 'error', error: { code: 'NEO4J_UNAVAILABLE', message: 'down' } }),
      kind: 'unavailable',
      problem: true,
    },
    {
      name: 'server down',
      input: input({ status: 'error', error: { code: 'NETWORK', message: 'fetch failed' } }),
      kind: 'network',
      problem: true,
    },
    {
      name: 'cypher error',
      input: input({ status: 'error', error: { code: 'CYPHER_ERROR', message: 'bad' } }),
      kind: 'error',
      problem: true,
    },
  ];
  it.each(cases)('$name → $kind', ({ input: given, kind, problem }) => {
    const state = deriveResultState(given);
    expect(state.kind).toBe(kind);
    expect(isProblem(state)).toBe(problem);
  });
});
