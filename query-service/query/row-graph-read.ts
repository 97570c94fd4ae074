// POST /api/query/graph: the graph behind a result, asked for apart from its rows when the explorer
// shows it — the nodes of the ids (those the rows name and the result's own) and the relationships
// among them, in a read transaction of fixed statements (query/row-graph.ts).
import neo4j from 'neo4j-driver';
import type { GraphResponse } from '../../core/api-types.ts';
import { isModelId, ROW_ID_CAP } from '../../core/row-ids.ts';
import { addRowGraph } from './row-graph.ts';
import type { ReadContext } from './run-read.ts';
import { API_CONVERT, GraphCollector } from './to-json.ts';
import { translateError } from './translate-error.ts';

/** The graph of a result named by its ids (those of the rows and of the nodes it returned): the
 *  nodes and the relationships among them, without evidence lists; `truncated` when more ids than
 *  ROW_ID_CAP came or a cap of the induced graph was reached. */
export async function rowGraph(ctx: ReadContext, ids: readonly string[]): Promise<GraphResponse> {
  const ours = [...new Set(ids.filter(isModelId))];
  const asked = ours.slice(0, ROW_ID_CAP);
  const session = ctx.driver.session({ defaultAccessMode: neo4j.session.READ, database: ctx.database });
  try {
    return await session.executeRead(
      async (tx) => {
        const collector = new GraphCollector(API_CONVERT);
        const whole = await addRowGraph(tx, collector, [{ ids: asked }], API_CONVERT);
        return { ...collector.graph(), truncated: !whole || asked.length < ours.length };
      },
      { timeout: ctx.timeoutMs },
    );
  } catch (error) {
    throw translateError(error, ctx.timeoutMs);
  } finally {
    await session.close();
  }
}
