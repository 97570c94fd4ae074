// Scene actions that need the server: every call goes through react-query (fetchQuery with the
// factories), then one dispatch changes the scene so each action is one undo step. Whatever adds
// nodes also brings their relationships to the nodes already on screen, so that a shared URL (origin
// + added ids) rebuilds exactly the same scene.
import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiGraph, JsonValue, QueryResult } from '../../../core/api-types.ts';
import { graphQueries, resultGraph, savedQueries } from '../api/queries.ts';
import { dismissNodes, mergeGraph, sceneFromGraph, togglePin } from '../graph/scene.ts';
import type { Scene, SceneOrigin } from '../graph/types.ts';
import type { UrlState } from '../graph/url-state.ts';
import { useExplorer } from './explorer-context.ts';
import { expandNotice, noticeForError } from './state-message.ts';
import type { Notice } from './explorer-state.ts';
import { displayName } from '../../../core/display.ts';

async function originGraph(client: QueryClient, origin: SceneOrigin): Promise<ApiGraph> {
  if (origin.kind === 'overview') return client.fetchQuery(graphQueries.overview());
  if (origin.kind === 'saved')
    return resultGraph(client, await client.fetchQuery(savedQueries.run(origin.name, origin.params)));
  return { nodes: [], relationships: [] };
}

/** A graph plus the relationships between its new nodes and the nodes on screen. */
export async function withLinks(client: QueryClient, graph: ApiGraph, onScreen: readonly string[]): Promise<ApiGraph> {
  const known = new Set(onScreen);
  const added = graph.nodes.map((n) => n.id).filter((id) => !known.has(id));
  if (added.length === 0) return graph;
  const links = await client.fetchQuery(graphQueries.links(added, onScreen));
  return {
    nodes: [...graph.nodes, ...links.nodes],
    relationships: [...graph.relationships, ...links.relationships],
  };
}

/** Rebuild the scene a shared URL describes: its origin, plus the added nodes, minus the dismissed. */
export async function restoreScene(client: QueryClient, url: UrlState): Promise<Scene> {
  let scene = sceneFromGraph(await originGraph(client, url.origin), url.origin);
  if (url.added.length > 0) {
    const links = await client.fetchQuery(graphQueries.links(url.added, [...scene.nodes.keys()]));
    scene = mergeGraph(scene, links);
  }
  scene = dismissNodes(scene, url.removed);
  if (url.revealed && scene.nodes.size > 1) {
    scene = {
      ...mergeGraph(scene, await client.fetchQuery(graphQueries.among([...scene.nodes.keys()]))),
      revealed: true,
    };
  }
  for (const id of url.pinned) scene = togglePin(scene, id);
  return scene;
}

export interface ExpandOutcome {
  graph: ApiGraph;
  /** the nodes this batch brings that were not on screen */
  added: string[];
  /** per relationship type, the neighbours still not on screen after this batch */
  remaining: Record<string, number>;
}

/** The next batch of a node's neighbours: up to `cap` per type among those not on screen yet. */
export async function expandGraph(
  client: QueryClient,
  id: string,
  types: string[] | null,
  cap: number,
  onScreen: readonly string[],
): Promise<ExpandOutcome> {
  const node = await client.fetchQuery(graphQueries.node(id));
  const available = Object.entries(node.degree)
    .filter(([type, count]) => count > 0 && (types === null || types.includes(type)))
    .map(([type]) => type);
  if (available.length === 0) return { graph: { nodes: [node.node], relationships: [] }, added: [], remaining: {} };
  const exclude = onScreen.filter((other) => other !== id);
  const batch = await client.fetchQuery(graphQueries.expand(id, available, cap, exclude));
  const known = new Set(onScreen);
  const added = batch.nodes.map((n) => n.id).filter((n) => !known.has(n));
  return { graph: batch, added, remaining: batch.remaining };
}

export function useSceneActions() {
  const client = useQueryClient();
  const { state, dispatch } = useExplorer();
  const scene = state.history.present;
  const onScreen = [...scene.nodes.keys()];

  /** Runs `work` with the busy flag on; its notice (or none) replaces the last one. */
  async function guarded(work: () => Promise<Notice | void>): Promise<void> {
    dispatch({ type: 'busy', busy: true });
    try {
      const notice = await work();
      dispatch({ type: 'notice', notice: notice ?? null });
    } catch (error) {
      dispatch({ type: 'notice', notice: noticeForError(error) });
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }
  const merge = async (graph: ApiGraph, focus?: string) =>
    dispatch({ type: 'scene/merge', graph: await withLinks(client, graph, onScreen), focus });
  const expand = async (id: string, types: string[] | null): Promise<Notice> => {
    const outcome = await expandGraph(client, id, types, state.expandCap, onScreen);
    const graph = await withLinks(client, outcome.graph, onScreen);
    dispatch({ type: 'scene/merge', graph, follow: { parent: id, ids: outcome.added } });
    const parent = outcome.graph.nodes.find((n) => n.id === id);
    return expandNotice(parent ? displayName(parent, state.lang) : id, outcome.added.length, outcome.remaining);
  };

  return {
    overview: () =>
      guarded(async () =>
        dispatch({
          type: 'scene/replace',
          graph: await client.fetchQuery(graphQueries.overview()),
          origin: { kind: 'overview' },
        }),
      ),
    expand: (id: string, types: string[] | null = null) => guarded(() => expand(id, types)),
    reveal: () =>
      guarded(async () =>
        dispatch({
          type: 'scene/merge',
          graph: await client.fetchQuery(graphQueries.among(onScreen)),
          reveal: true,
        }),
      ),
    addNode: (id: string) =>
      guarded(async () => {
        const links = await client.fetchQuery(graphQueries.links([id], onScreen));
        dispatch({ type: 'scene/merge', graph: links, focus: id });
      }),
    addGraph: (graph: ApiGraph) => guarded(() => merge(graph)),
    /** a query result with the graph behind its rows (asked for now) */
    addResult: (result: QueryResult) => guarded(async () => merge(await resultGraph(client, result))),
    replaceWithSaved: (name: string, params: Record<string, JsonValue>, graph: ApiGraph) =>
      dispatch({ type: 'scene/replace', graph, origin: { kind: 'saved', name, params } }),
    replaceWith: (graph: ApiGraph) => dispatch({ type: 'scene/replace', graph, origin: { kind: 'none' } }),
    runSavedOnNode: (name: string, params: Record<string, JsonValue>) =>
      guarded(async () => merge(await resultGraph(client, await client.fetchQuery(savedQueries.run(name, params))))),
  };
}
