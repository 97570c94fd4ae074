// Picker options for a saved-query parameter: its `lookup` Cypher, run read-only like any other
// query, with the values of the parameters it depends on (dependent pickers such as zone → sub-zone).
import { ParameterError, WriteRefusedError } from '../../core/errors.ts';
import type { JsonValue, LookupResponse, SavedQueryInfo } from '../../core/api-types.ts';
import { runRead, verifyReadOnly } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';
import { bindParams } from './params.ts';
import type { Simplify } from './params.ts';

export async function lookupOptions(
  ctx: ReadContext,
  query: SavedQueryInfo,
  name: string,
  other: Record<string, JsonValue>,
  simplify: Simplify,
): Promise<LookupResponse> {
  const param = query.params.find((p) => p.name === name);
  if (!param) throw new ParameterError(`query ${query.name} has no parameter "${name}"`);
  if (param.allowed) return { options: param.allowed.map((v) => ({ value: v, label: String(v) })) };
  if (!param.lookup) return { options: [] };
  const deps = query.params.filter((p) => param.dependsOn?.includes(p.name));
  const supplied = Object.fromEntries(Object.entries(other).filter(([k]) => deps.some((d) => d.name === k)));
  const params = bindParams({ name: query.name, params: deps }, supplied, simplify);
  const result = await runRead(ctx, { cypher: param.lookup, params, guard: true });
  return {
    options: result.rows.map((row) => ({
      value: row['value'] ?? null,
      label: String(row['label'] ?? row['value'] ?? ''),
    })),
  };
}

/** Every picker's lookup must read only, like the query itself: checked when the query is saved, so
 *  a writing lookup is refused then and not first when someone opens the picker. */
export async function assertLookupsReadOnly(
  ctx: ReadContext,
  query: SavedQueryInfo,
  simplify: Simplify,
): Promise<void> {
  for (const param of query.params) {
    if (!param.lookup) continue;
    const deps = query.params.filter((p) => param.dependsOn?.includes(p.name));
    const params = bindParams({ name: query.name, params: deps }, {}, simplify);
    try {
      await verifyReadOnly(ctx, param.lookup, params);
    } catch (error) {
      if (!(error instanceof WriteRefusedError)) throw error;
      throw new WriteRefusedError(`the picker of parameter ${param.name}: ${error.message}`, { cause: error });
    }
  }
}
