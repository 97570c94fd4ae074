// Full-text search over the `ftzSearch` index (cypher/schema.cypher, CJK analyzer). The input is
// converted to simplified characters; every word becomes a quoted phrase so that no Lucene syntax
// of the input survives. When the phrases find nothing, the words are tried as loose terms. While the
// index is still filling (or missing) the answer says so instead of hits (explore/search-index.ts). A
// Measure is indexed by its own text (sub-measures left out, fragment/build.ts), so a phrase hits the
// measure that states it, not the tasks above it; the hit's highlight is cut from that same text.
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { NODE_LABELS } from '../../core/model.ts';
import type { ApiNode, SearchHit, SearchResponse } from '../../core/api-types.ts';
import { luceneQuery } from '../saved-queries/params.ts';
import type { Simplify } from '../saved-queries/params.ts';
import { runRead } from '../query/run-read.ts';
import { LIGHT_NODE, nodeFromRow } from '../query/to-json.ts';
import type { ReadContext } from '../query/run-read.ts';
import { displayName } from '../../core/display.ts';
import { highlightHit } from './highlight.ts';
import { forgetOnline, searchIndexing } from './search-index.ts';

export const SEARCH_INDEX = 'ftzSearch';

const SEARCH = `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN ${LIGHT_NODE('node')}, score
ORDER BY score DESC
LIMIT $limit`;

export interface SearchRequest {
  q: string;
  labels?: string[];
  limit?: number;
}

export async function search(ctx: ReadContext, simplify: Simplify, req: SearchRequest): Promise<SearchResponse> {
  const query = simplify(req.q.trim());
  const words = query.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { query, hits: [] };
  const indexing = await searchIndexing(ctx, SEARCH_INDEX);
  if (indexing) return { query, hits: [], indexing };
  const limit = Math.max(1, Math.min(req.limit ?? 20, 200));
  const labels =
    req.labels && req.labels.length > 0
      ? req.labels.filter((l) => (NODE_LABELS as readonly string[]).includes(l))
      : null;
  const run = async (lucene: string): Promise<SearchHit[]> => {
    const result = await runRead(ctx, {
      cypher: SEARCH,
      params: {
        index: SEARCH_INDEX,
        query: lucene,
        fetch: intOf(labels ? limit * 10 : limit),
        labels,
        limit: intOf(limit),
      },
      guard: false,
    });
    return result.rows.map((row) => {
      const node = nodeFromRow(row);
      return {
        node,
        label: mainLabel(node),
        score: Number(row['score']),
        display: displayName(node),
        highlight: highlightHit(node, words),
      };
    });
  };
  try {
    const exact = await run(luceneQuery(query));
    if (exact.length > 0) return { query, hits: exact };
    return { query, hits: await run(looseQuery(words)) };
  } catch (error) {
    // seen online a moment ago, gone now (a load dropped and is creating it again): say so
    forgetOnline(ctx, SEARCH_INDEX);
    const now = await searchIndexing(ctx, SEARCH_INDEX);
    if (now) return { query, hits: [], indexing: now };
    throw error;
  }
}

/** Words as escaped loose terms (any of them may match). */
export function looseQuery(words: string[]): string {
  return words.map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')).join(' ');
}

function intOf(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}

/** The label to group a hit under: Document before Policy, else the first known label. */
export function mainLabel(node: ApiNode): string {
  const labels = node.labels as string[];
  if (labels.includes('Document')) return 'Document';
  return labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? labels[0] ?? 'Node';
}
