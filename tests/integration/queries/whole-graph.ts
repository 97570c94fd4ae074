// A query's answer with the graph behind its rows, as the explorer sees it when it shows the graph:
// the answer (rows and the nodes they hold) and then POST /api/query/graph with the ids.
import type { QueryResult } from '../../../core/api-types.ts';
import { mergeResultGraph, resultGraphIds } from '../../../core/row-ids.ts';
import type { QueryService } from '../../../query-service/service.ts';

export async function withRowGraph(service: QueryService, result: QueryResult): Promise<QueryResult> {
  const rows = await service.rowGraph(resultGraphIds(result));
  return { ...result, graph: mergeResultGraph(result.graph, rows) };
}
