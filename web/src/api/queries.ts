// queryOptions factories with hierarchical keys. Components call useQuery(graphQueries.node(id));
// imperative actions call queryClient.fetchQuery(graphQueries.neighbours(id, f)); invalidation goes
// through the factories' keys, never a retyped literal.
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiGraph, JsonValue, QueryResult } from '../../../core/api-types.ts';
import { mergeResultGraph, resultGraphIds } from '../../../core/row-ids.ts';
import {
  fetchDocumentText,
  fetchExpand,
  fetchHealth,
  fetchLookup,
  fetchNeighbours,
  fetchNode,
  fetchLinksOf,
  fetchNodesAmong,
  fetchOverview,
  fetchRowGraph,
  fetchSavedQueries,
  fetchSearch,
  fetchStats,
  runSavedQuery,
} from './endpoints.ts';
import type { NeighbourQuery } from './endpoints.ts';

export const graphKeys = {
  all: ['graph'] as const,
  overview: () => [...graphKeys.all, 'overview'] as const,
  node: (id: string) => [...graphKeys.all, 'node', id] as const,
  neighbours: (id: string, filters: NeighbourQuery) => [...graphKeys.all, 'neighbours', id, filters] as const,
  among: (ids: readonly string[]) => [...graphKeys.all, 'among', [...ids].sort()] as const,
  links: (ids: readonly string[], among: readonly string[]) =>
    [...graphKeys.all, 'links', [...ids].sort(), [...among].sort()] as const,
  expand: (id: string, types: readonly string[], perType: number, exclude: readonly string[]) =>
    [...graphKeys.all, 'expand', id, [...types].sort(), perType, [...exclude].sort()] as const,
};

export const graphQueries = {
  overview: () =>
    queryOptions({ queryKey: graphKeys.overview(), queryFn: ({ signal }) => fetchOverview(signal), staleTime: 60_000 }),
  node: (id: string) =>
    queryOptions({ queryKey: graphKeys.node(id), queryFn: ({ signal }) => fetchNode(id, signal), staleTime: 60_000 }),
  neighbours: (id: string, filters: NeighbourQuery) =>
    queryOptions({
      queryKey: graphKeys.neighbours(id, filters),
      queryFn: ({ signal }) => fetchNeighbours(id, filters, signal),
    }),
  among: (ids: readonly string[]) =>
    queryOptions({
      queryKey: graphKeys.among(ids),
      queryFn: ({ signal }) => fetchNodesAmong([...ids], signal),
      staleTime: 0,
    }),
  links: (ids: readonly string[], among: readonly string[]) =>
    queryOptions({
      queryKey: graphKeys.links(ids, among),
      queryFn: ({ signal }) => fetchLinksOf([...ids], [...among], signal),
      staleTime: 0,
    }),
  /** the next batch of a node's neighbours: those not in `exclude` (the nodes on screen) */
  expand: (id: string, types: readonly string[], perType: number, exclude: readonly string[]) =>
    queryOptions({
      queryKey: graphKeys.expand(id, types, perType, exclude),
      queryFn: ({ signal }) => fetchExpand({ id, types: [...types], perType, exclude: [...exclude] }, signal),
      staleTime: 0,
    }),
};

export const metaKeys = {
  all: ['meta'] as const,
  health: () => [...metaKeys.all, 'health'] as const,
  stats: () => [...metaKeys.all, 'stats'] as const,
};

export const metaQueries = {
  health: () =>
    queryOptions({ queryKey: metaKeys.health(), queryFn: ({ signal }) => fetchHealth(signal), retry: false }),
  stats: () =>
    queryOptions({ queryKey: metaKeys.stats(), queryFn: ({ signal }) => fetchStats(signal), staleTime: 60_000 }),
};

export const searchKeys = {
  all: ['search'] as const,
  text: (q: string, labels: readonly string[]) => [...searchKeys.all, q, labels] as const,
};

export const searchQueries = {
  text: (q: string, labels: readonly string[] = [], limit = 30) =>
    queryOptions({
      queryKey: searchKeys.text(q, labels),
      queryFn: ({ signal }) => fetchSearch(q, [...labels], limit, signal),
      enabled: q.trim().length > 0,
      staleTime: 30_000,
      // while the index fills after a bulk load, ask again until it answers
      refetchInterval: (query) => (query.state.data?.indexing?.state === 'filling' ? 2_000 : false),
    }),
};

export const savedKeys = {
  all: ['queries'] as const,
  list: () => [...savedKeys.all, 'list'] as const,
  lookup: (name: string, param: string, other: Record<string, JsonValue>) =>
    [...savedKeys.all, 'lookup', name, param, other] as const,
  run: (name: string, params: Record<string, JsonValue>) => [...savedKeys.all, 'run', name, params] as const,
  graph: (ids: readonly string[]) => [...savedKeys.all, 'graph', ids] as const,
};

export const savedQueries = {
  list: () =>
    queryOptions({ queryKey: savedKeys.list(), queryFn: ({ signal }) => fetchSavedQueries(signal), staleTime: 60_000 }),
  lookup: (name: string, param: string, other: Record<string, JsonValue>) =>
    queryOptions({
      queryKey: savedKeys.lookup(name, param, other),
      queryFn: ({ signal }) => fetchLookup(name, param, other, signal),
      staleTime: 5 * 60_000,
    }),
  run: (name: string, params: Record<string, JsonValue>) =>
    queryOptions({
      queryKey: savedKeys.run(name, params),
      queryFn: ({ signal }) => runSavedQuery(name, params, signal),
      staleTime: 0,
      retry: false,
    }),
  /** a result's whole graph: its own nodes and relationships plus those its rows name (asked for
   *  only when the graph is shown or added to the scene) */
  graph: (result: QueryResult) => {
    const ids = resultGraphIds(result);
    return queryOptions({
      queryKey: savedKeys.graph(ids),
      queryFn: async ({ signal }): Promise<ApiGraph> =>
        ids.length === 0 ? result.graph : mergeResultGraph(result.graph, await fetchRowGraph(ids, signal)),
      staleTime: 60_000,
      retry: false,
    });
  },
};

/** A result's whole graph, fetched (or taken from the cache) for adding it to the scene. */
export const resultGraph = (client: QueryClient, result: QueryResult): Promise<ApiGraph> =>
  client.fetchQuery(savedQueries.graph(result));

export const documentKeys = {
  all: ['documents'] as const,
  text: (id: string) => [...documentKeys.all, 'text', id] as const,
};

export const documentQueries = {
  text: (id: string) =>
    queryOptions({
      queryKey: documentKeys.text(id),
      queryFn: ({ signal }) => fetchDocumentText(id, signal),
      staleTime: Infinity,
    }),
};
