// Saved queries that take a node id, run on the selected node; the result is added to the scene.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { JsonValue } from '../../../core/api-types.ts';
import { savedQueries } from '../api/queries.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';

export function RunOnNode({ nodeId }: { nodeId: string }) {
  const { state, t } = useExplorer();
  const actions = useSceneActions();
  const list = useQuery(savedQueries.list());
  const [chosen, setChosen] = useState('');
  const usable = (list.data?.queries ?? []).filter((q) => q.params.some((p) => p.type === 'nodeId'));
  if (usable.length === 0) return null;
  const run = () => {
    const query = usable.find((q) => q.name === chosen) ?? usable[0];
    const params: Record<string, JsonValue> = {};
    for (const p of query.params) params[p.name] = p.type === 'nodeId' ? nodeId : p.default;
    void actions.runSavedOnNode(query.name, params);
  };
  return (
    <div className="run-on-node">
      <h3>{t('runOnSelection')}</h3>
      <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {usable.map((q) => (
          <option key={q.name} value={q.name}>
            {q.title[state.lang] || q.name}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={run}>
        {t('runQuery')}
      </button>
    </div>
  );
}
