// Whether the full-text index can answer yet. A first load through the bulk importer returns while
// `ftzSearch` still fills (graph-loader/src/db/bulk/bulk-load.ts); a query on a filling index waits
// for it, so search asks first and says how far it is instead of hanging. Once the index is seen
// online it is not asked again for a while (a later load may drop and create it again).
import { SearchIndexingError } from '../../core/errors.ts';
import { runRead } from '../query/run-read.ts';
import type { ReadContext } from '../query/run-read.ts';

/** How long an index seen online is taken to stay online without asking again. */
const ONLINE_FOR_MS = 30_000;

const STATE = `SHOW INDEXES YIELD name, state, populationPercent WHERE name = $name
RETURN state, populationPercent`;

const seenOnline = new WeakMap<ReadContext['driver'], Map<string, number>>();

/** What search tells while the index cannot answer: `filling` (with how far) or `missing`. */
export interface SearchIndexing {
  state: 'filling' | 'missing';
  percent: number;
}

/** Forgets that `index` was seen online (a query on it failed: it may have been dropped since). */
export function forgetOnline(ctx: ReadContext, index: string): void {
  seenOnline.get(ctx.driver)?.delete(index);
}

/** The full-text index a statement queries (db.index.fulltext.queryNodes with a literal name), if any. */
export function fullTextIndexOf(cypher: string): string | null {
  return /db\.index\.fulltext\.query(?:Nodes|Relationships)\s*\(\s*['"]([A-Za-z0-9_]+)['"]/.exec(cypher)?.[1] ?? null;
}

/** Throws SearchIndexingError when the full-text index `cypher` queries cannot answer yet (a query on a
 *  filling index would wait for it, up to the timeout). */
export async function assertSearchable(ctx: ReadContext, cypher: string): Promise<void> {
  const index = fullTextIndexOf(cypher);
  const indexing = index ? await searchIndexing(ctx, index) : null;
  if (!indexing) return;
  throw new SearchIndexingError(
    indexing.state === 'filling'
      ? `the full-text index ${index} is still being built (${indexing.percent}%): try again in a moment`
      : `the database has no full-text index ${index}: \`ftz load\` (or npm start) creates it`,
  );
}

/** null when `index` answers queries (online); else its state. A failed index is `missing`. */
export async function searchIndexing(ctx: ReadContext, index: string): Promise<SearchIndexing | null> {
  const seen = seenOnline.get(ctx.driver) ?? new Map<string, number>();
  seenOnline.set(ctx.driver, seen);
  if (Date.now() - (seen.get(index) ?? -Infinity) < ONLINE_FOR_MS) return null;
  const { rows } = await runRead(ctx, { cypher: STATE, params: { name: index }, guard: false });
  const row = rows[0];
  const state = row ? String(row['state']) : 'MISSING';
  if (state === 'ONLINE') {
    seen.set(index, Date.now());
    return null;
  }
  const percent = Number(row?.['populationPercent'] ?? 0);
  return state === 'POPULATING' ? { state: 'filling', percent: Math.floor(percent) } : { state: 'missing', percent: 0 };
}
