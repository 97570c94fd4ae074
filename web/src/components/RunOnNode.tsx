// Queries on the selection, chosen by what is selected: an agency (what else it leads or supports,
// with whom), a zone (its profile, lead agencies), an industry (lead bureaus, zones), a measure
// (context, the same reform elsewhere and its diffusion as a timeline), a policy (its diffusion), a document (profile, citations). The answer shows here as
// a table or graph that can be added to the scene; a query that finds nothing says so.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { JsonValue, SavedQueryInfo } from '../../../core/api-types.ts';
import { savedQueries } from '../api/queries.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { ResultView } from './ResultView.tsx';

/** The saved queries that run on a node with these labels, and the parameter the node fills. */
export function queriesForSelection(
  queries: readonly SavedQueryInfo[],
  labels: readonly string[],
): { query: SavedQueryInfo; param: string }[] {
  const out: { query: SavedQueryInfo; param: string }[] = [];
  for (const query of queries) {
    // a label, or labels joined by | (`@selection Measure|Policy node`)
    if (query.selection && query.selection.label.split('|').some((l) => labels.includes(l))) {
      out.push({ query, param: query.selection.param });
    } else if (!query.selection) {
      const p = query.params.find((x) => x.type === 'nodeId');
      if (p && labels.includes('Measure')) out.push({ query, param: p.name });
    }
  }
  return out;
}

export function RunOnNode({ nodeId, labels }: { nodeId: string; labels: readonly string[] }) {
  const { state, t } = useExplorer();
  const actions = useSceneActions();
  const list = useQuery(savedQueries.list());
  const [request, setRequest] = useState<{ name: string; params: Record<string, JsonValue> } | null>(null);
  const run = useQuery({ ...savedQueries.run(request?.name ?? '', request?.params ?? {}), enabled: request !== null });
  const usable = queriesForSelection(list.data?.queries ?? [], labels);
  if (usable.length === 0) return null;
  const start = (query: SavedQueryInfo, param: string) => {
    const params: Record<string, JsonValue> = {};
    for (const p of query.params) params[p.name] = p.default;
    params[param] = nodeId;
    setRequest({ name: query.name, params });
  };
  const current = request && request.params[usable.find((u) => u.query.name === request.name)?.param ?? ''] === nodeId;
  return (
    <div className="run-on-node" data-testid="run-on-node">
      <h3>{t('runOnSelection')}</h3>
      <div className="selection-queries">
        {usable.map(({ query, param }) => (
          <button
            key={query.name}
            type="button"
            data-selection-query={query.name}
            aria-pressed={current === true && request?.name === query.name}
            title={(state.lang === 'zh' ? query.descriptionZh : undefined) ?? query.description}
            onClick={() => start(query, param)}
          >
            {query.title[state.lang] || query.name}
          </button>
        ))}
      </div>
      {request && current && (
        <ResultView
          key={`${request.name}:${nodeId}`}
          status={run.status}
          fetching={run.isFetching}
          data={run.data}
          error={run.error}
          preferred={
            usable.find((u) => u.query.name === request.name)?.query.view === 'timeline' ? 'timeline' : 'table'
          }
          name={request.name}
          onAdd={(result) => actions.addGraph(result.graph)}
          onReplace={(result) => actions.addGraph(result.graph)}
        />
      )}
    </div>
  );
}
