// The saved-query library: grouped by topic, a form generated from each query's parameters, results
// as graph or table, run history, and renaming or deleting the user's own queries.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { JsonValue, SavedQueryInfo } from '../../../core/api-types.ts';
import { savedQueries } from '../api/queries.ts';
import { useSavedQueryMutations } from '../api/use-saved-query-mutations.ts';
import { topicName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { noticeForError } from '../state/state-message.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { ParamField } from './ParamField.tsx';
import { ResultView } from './ResultView.tsx';
import { RunHistory, loadRunHistory, saveRunHistory } from './RunHistory.tsx';
import type { RunRecord } from './RunHistory.tsx';

function defaults(query: SavedQueryInfo, selected: string | null): Record<string, JsonValue> {
  const values: Record<string, JsonValue> = {};
  for (const p of query.params) values[p.name] = p.type === 'nodeId' && selected ? selected : p.default;
  return values;
}

function byTopic(queries: SavedQueryInfo[], mine: string): [string, SavedQueryInfo[]][] {
  const groups = new Map<string, SavedQueryInfo[]>();
  for (const q of queries) {
    const topic = q.builtIn ? q.topic || '—' : mine;
    groups.set(topic, [...(groups.get(topic) ?? []), q]);
  }
  return [...groups];
}

export default function QueryLibrary() {
  const { state, t } = useExplorer();
  const actions = useSceneActions();
  const list = useQuery(savedQueries.list());
  const { update, remove } = useSavedQueryMutations();
  const [chosen, setChosen] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, JsonValue>>({});
  const [request, setRequest] = useState<{ name: string; params: Record<string, JsonValue> } | null>(null);
  const [history, setHistory] = useState<RunRecord[]>(loadRunHistory);
  const run = useQuery({ ...savedQueries.run(request?.name ?? '', request?.params ?? {}), enabled: request !== null });
  const queries = list.data?.queries ?? [];
  const query = queries.find((q) => q.name === chosen) ?? null;
  const title = (q: SavedQueryInfo) => q.title[state.lang] || q.title.zh || q.name;

  const choose = (q: SavedQueryInfo) => {
    setChosen(q.name);
    setValues(defaults(q, state.selected));
  };
  const start = (q: SavedQueryInfo, params: Record<string, JsonValue>) => {
    if (request && request.name === q.name && JSON.stringify(request.params) === JSON.stringify(params))
      void run.refetch();
    else setRequest({ name: q.name, params });
    const next = [{ name: q.name, title: title(q), params, at: new Date().toISOString() }, ...history];
    setHistory(next);
    saveRunHistory(next);
  };

  if (list.isError) {
    const n = noticeForError(list.error);
    return <p className="problem">{t(n.key, n.vars)}</p>;
  }
  return (
    <div className="query-library" data-testid="query-library">
      <nav className="query-list">
        {byTopic(queries, t('userQueries')).map(([topic, items]) => (
          <section key={topic}>
            <h4>{topicName(state.lang, topic)}</h4>
            <ul>
              {items.map((q) => (
                <li key={q.name}>
                  <button
                    type="button"
                    className={q.name === chosen ? 'link active' : 'link'}
                    data-query={q.name}
                    onClick={() => choose(q)}
                    title={(state.lang === 'zh' ? q.descriptionZh : undefined) ?? q.description}
                  >
                    {title(q)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      {query && (
        <form
          className="param-form"
          onSubmit={(e) => {
            e.preventDefault();
            start(query, values);
          }}
        >
          <h3>{title(query)}</h3>
          <p className="sub" data-testid="query-description">
            {(state.lang === 'zh' ? query.descriptionZh : undefined) ?? query.description}
          </p>
          {query.params.map((p) => (
            <label key={p.name}>
              {(state.lang === 'zh' ? p.descriptionZh : undefined) ?? (p.description || p.name)}
              <ParamField
                queryName={query.name}
                param={p}
                value={values[p.name] ?? null}
                values={values}
                onChange={(v) => setValues((old) => ({ ...old, [p.name]: v }))}
              />
            </label>
          ))}
          <button type="submit" data-testid="run-query">
            {t('runQuery')}
          </button>
          {!query.builtIn && (
            <span className="user-actions">
              <button
                type="button"
                onClick={() => {
                  const zh = window.prompt(t('rename'), query.title.zh);
                  if (zh)
                    update.mutate({
                      name: query.name,
                      input: {
                        name: query.name,
                        title: { zh, en: query.title.en || zh },
                        description: query.description,
                        topic: query.topic,
                        params: query.params,
                        view: query.view,
                        cypher: query.cypher,
                      },
                    });
                }}
              >
                {t('rename')}
              </button>
              <button
                type="button"
                onClick={() => window.confirm(`${t('delete')} ${title(query)}?`) && remove.mutate(query.name)}
              >
                {t('delete')}
              </button>
            </span>
          )}
        </form>
      )}
      {request && (
        <ResultView
          key={`${request.name}:${JSON.stringify(request.params)}`}
          status={run.status}
          fetching={run.isFetching}
          data={run.data}
          error={run.error}
          preferred={queries.find((q) => q.name === request.name)?.view ?? 'table'}
          name={request.name}
          onAdd={(result) => actions.addGraph(result.graph)}
          onReplace={(result) => actions.replaceWithSaved(request.name, request.params, result.graph)}
        />
      )}
      <RunHistory
        records={history}
        onRun={(r) => {
          const q = queries.find((x) => x.name === r.name);
          if (!q) return;
          setChosen(q.name);
          setValues(r.params);
          start(q, r.params);
        }}
      />
    </div>
  );
}
