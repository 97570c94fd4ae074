// A query's result with its state in words; as a graph (add to / replace the scene), a table, or a
// timeline when its rows carry dates (timeline/). The graph behind the rows is asked for only when
// the graph or the timeline is shown, or the result is added to the scene.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryResult, SavedQueryInfo } from '../../../core/api-types.ts';
import { resultGraphIds } from '../../../core/row-ids.ts';
import { resultGraph, savedQueries } from '../api/queries.ts';
import { deriveResultState } from '../graph/result-state.ts';
import type { ResultInput } from '../graph/result-state.ts';
import { timelineText } from '../i18n/timeline-messages.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { errorLike, stateMessage } from '../state/state-message.ts';
import { ResultTable } from './ResultTable.tsx';
import { dateColumn } from './timeline/timeline-model.ts';
import { TimelineView } from './timeline/TimelineView.tsx';

export interface ResultViewProps {
  status: ResultInput['status'];
  fetching: boolean;
  data: QueryResult | undefined;
  error: unknown;
  preferred: SavedQueryInfo['view'];
  /** names the CSV file */
  name?: string;
  onAdd: (result: QueryResult) => void;
  onReplace: (result: QueryResult) => void;
}

const EMPTY: QueryResult = {
  columns: [],
  rows: [],
  graph: { nodes: [], relationships: [] },
  truncated: false,
  rowCap: 0,
  elapsedMs: 0,
};

export function ResultView({ status, fetching, data, error, preferred, name, onAdd, onReplace }: ResultViewProps) {
  const { state: explorer, t } = useExplorer();
  const lang = explorer.lang;
  const [view, setView] = useState(preferred);
  const [wide, setWide] = useState(false);
  const dated = data !== undefined && dateColumn(data.columns) !== null;
  const shownView = data?.plan || (view === 'timeline' && !dated) ? 'table' : view; // a plan is read as a table
  const client = useQueryClient();
  // the graph behind the rows is asked for when it is shown, if the answer names any node
  const wanted = data !== undefined && !data.plan && shownView !== 'table' && resultGraphIds(data).length > 0;
  const rowGraph = useQuery({ ...savedQueries.graph(data ?? EMPTY), enabled: wanted });
  const whole = data && rowGraph.data ? { ...data, graph: rowGraph.data } : data;
  const state = deriveResultState({
    status: wanted && rowGraph.status === 'error' ? 'error' : status,
    fetching: fetching || (wanted && rowGraph.isFetching),
    data: whole,
    error: error ? errorLike(error) : wanted && rowGraph.error ? errorLike(rowGraph.error) : null,
    view: shownView === 'graph' ? 'graph' : 'table',
    graphPending: wanted && rowGraph.data === undefined,
  });
  // the answer with its whole graph (from the cache when shown already)
  const withGraph = (send: (result: QueryResult) => void): void => {
    if (data) void resultGraph(client, data).then((graph) => send({ ...data, graph }));
  };
  const message = stateMessage(state);
  return (
    <div
      className={wide ? 'result-view wide' : 'result-view'}
      data-testid="result-view"
      data-state={state.kind}
      data-nodes={whole?.graph.nodes.length ?? 0}
    >
      {state.kind !== 'ok' && (
        <p
          className={
            ['timeout', 'write-refused', 'unavailable', 'network', 'error'].includes(state.kind) ? 'problem' : 'hint'
          }
        >
          {t(message.key, message.vars)}
        </p>
      )}
      {whole && (
        <>
          <div className="result-bar">
            <span>
              {t('rows', { n: whole.rows.length })} ·{' '}
              {t('nodesEdges', { n: whole.graph.nodes.length, m: whole.graph.relationships.length })} ·{' '}
              {t('elapsed', { ms: Math.round(whole.elapsedMs) })}
            </span>
            <button type="button" aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
              {t('viewGraph')}
            </button>
            <button type="button" aria-pressed={shownView === 'table'} onClick={() => setView('table')}>
              {t('viewTable')}
            </button>
            {dated && (
              <button
                type="button"
                data-testid="result-timeline"
                aria-pressed={shownView === 'timeline'}
                onClick={() => setView('timeline')}
              >
                {timelineText(lang, 'viewTimeline')}
              </button>
            )}
            <button type="button" data-testid="result-wide" aria-pressed={wide} onClick={() => setWide((w) => !w)}>
              {wide ? t('narrowResults') : t('widenResults')}
            </button>
          </div>
          {view === 'graph' && whole.graph.nodes.length > 0 && (
            <div className="result-actions">
              <button type="button" data-testid="add-to-scene" onClick={() => withGraph(onAdd)}>
                {t('addToScene')}
              </button>
              <button type="button" onClick={() => withGraph(onReplace)}>
                {t('replaceScene')}
              </button>
            </div>
          )}
          {shownView === 'timeline' && whole.rows.length > 0 && (
            <TimelineView data={whole} onAdd={(graph) => onAdd({ ...whole, graph })} />
          )}
          {(shownView === 'table' || (shownView === 'graph' && whole.graph.nodes.length === 0)) &&
            whole.rows.length > 0 && <ResultTable columns={whole.columns} rows={whole.rows} name={name} />}
        </>
      )}
    </div>
  );
}
