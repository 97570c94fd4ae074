// Answers that depend only on the data (overview, stats, search hits) are kept per service and reused
// while the graph is unchanged. The check is one cheap read — node and relationship counts (Neo4j's
// count store) and the plans' sha256, which change with every load — made at most once per
// VERSION_TTL_MS, so a reload shows up within a second. At most MAX_ENTRIES answers are kept.
import type { ReadContext } from '../query/run-read.ts';
import { runRead } from '../query/run-read.ts';

const VERSION = `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
CALL () { MATCH (d:Document) RETURN collect(d.sha256) AS docs }
RETURN nodes, rels, docs`;
export const VERSION_TTL_MS = 1000;
const MAX_ENTRIES = 500;

interface Cache {
  version: string;
  checkedAt: number;
  pending: Promise<string> | null;
  entries: Map<string, { version: string; value: unknown }>;
}
const caches = new WeakMap<ReadContext, Cache>();

export async function graphVersion(ctx: ReadContext): Promise<string> {
  const res = await runRead(ctx, { cypher: VERSION, guard: false });
  const row = res.rows[0] ?? {};
  return JSON.stringify([row['nodes'], row['rels'], [...((row['docs'] as string[] | undefined) ?? [])].sort()]);
}

/** The graph version, read again when the last reading is older than VERSION_TTL_MS. */
async function currentVersion(ctx: ReadContext, cache: Cache, now: () => number): Promise<string> {
  if (cache.version !== '' && now() - cache.checkedAt < VERSION_TTL_MS) return cache.version;
  cache.pending ??= graphVersion(ctx).finally(() => {
    cache.pending = null;
  });
  const version = await cache.pending;
  cache.version = version;
  cache.checkedAt = now();
  return version;
}

/** `compute()` once per graph version and key; an answer `keep` refuses is not kept (it depends on
 *  more than the data: search while its index fills). */
export async function cached<T>(
  ctx: ReadContext,
  key: string,
  compute: () => Promise<T>,
  now: () => number = Date.now,
  keep: (value: T) => boolean = () => true,
): Promise<T> {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = { version: '', checkedAt: 0, pending: null, entries: new Map() };
    caches.set(ctx, cache);
  }
  const version = await currentVersion(ctx, cache, now);
  const hit = cache.entries.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  if (!keep(value)) return value;
  cache.entries.delete(key);
  cache.entries.set(key, { version, value });
  if (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value as string);
  return value;
}
