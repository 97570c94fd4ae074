// The Cypher console: editor, parameters as JSON, Ctrl+Enter to run, errors inline, writes refused
// with the server's message; save the query into the library.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import type { JsonValue } from '../../../core/api-types.ts';
import { runCypher } from '../api/endpoints.ts';
import { metaQueries } from '../api/queries.ts';
import { useSavedQueryMutations } from '../api/use-saved-query-mutations.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { errorLike } from '../state/state-message.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { ResultView } from './ResultView.tsx';

const CypherEditorBox = lazy(() => import('./CypherEditorBox.tsx'));

const EXAMPLE =
  'MATCH (a:Agency)-[r:LEADS]->(m:Measure)-[:TARGETS]->(i:Industry {name: $industry})\nRETURN a, r, m LIMIT 50';

export function parseParams(text: string): Record<string, JsonValue> | null {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, JsonValue>)
      : null;
  } catch {
    return null;
  }
}

export default function CypherConsole() {
  const { t } = useExplorer();
  const actions = useSceneActions();
  const stats = useQuery(metaQueries.stats());
  const { create } = useSavedQueryMutations();
  const [cypher, setCypher] = useState(EXAMPLE);
  const [paramsText, setParamsText] = useState('{"industry": "跨境电子商务"}');
  const [saveName, setSaveName] = useState('');
  const params = parseParams(paramsText);
  const run = useMutation({ mutationFn: () => runCypher({ cypher, params: params ?? {} }) });
  const submit = () => {
    if (params) run.mutate();
  };
  const status = run.status === 'idle' ? 'pending' : run.status;
  return (
    <div className="cypher-console" data-testid="cypher-console">
      <p className="hint">{t('consoleHint')}</p>
      <Suspense
        fallback={<textarea className="cypher-fallback" value={cypher} onChange={(e) => setCypher(e.target.value)} />}
      >
        <CypherEditorBox
          value={cypher}
          onChange={setCypher}
          onRun={submit}
          labels={Object.keys(stats.data?.labels ?? {})}
          relationshipTypes={Object.keys(stats.data?.relationshipTypes ?? {})}
        />
      </Suspense>
      <label>
        {t('consoleParams')}
        <textarea className="params" rows={2} value={paramsText} onChange={(e) => setParamsText(e.target.value)} />
      </label>
      {params === null && <p className="problem">{t('paramsInvalid')}</p>}
      <button type="button" data-testid="run-cypher" disabled={params === null || run.isPending} onClick={submit}>
        {t('runQuery')} (Ctrl+Enter)
      </button>
      <span className="save-query">
        <input
          type="text"
          placeholder={t('queryName')}
          value={saveName}
          onChange={(e) => setSaveName(e.target.value)}
        />
        <button
          type="button"
          disabled={saveName.trim() === ''}
          onClick={() =>
            create.mutate({
              name: saveName.trim().replace(/\s+/g, '-'),
              title: { zh: saveName.trim(), en: saveName.trim() },
              topic: t('userQueries'),
              cypher,
              params: Object.entries(params ?? {}).map(([name, value]) => ({
                name,
                type: Array.isArray(value) ? 'string[]' : typeof value === 'number' ? 'float' : 'string',
                default: value,
              })),
              view: 'graph',
            })
          }
        >
          {t('saveAsQuery')}
        </button>
        {create.isSuccess && <span className="hint"> ✓</span>}
        {create.isError && <span className="problem"> {errorLike(create.error).message}</span>}
      </span>
      {run.status !== 'idle' && (
        <ResultView
          status={status}
          fetching={run.isPending}
          data={run.data}
          error={run.error}
          preferred="graph"
          onAdd={(result) => actions.addGraph(result.graph)}
          onReplace={(result) => actions.replaceWith(result.graph)}
        />
      )}
    </div>
  );
}
