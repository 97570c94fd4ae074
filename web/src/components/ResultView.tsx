// A query's result with its state in words; as a graph (add to / replace the scene), a table, or a
// timeline when its rows carry dates (timeline/).
import { useState } from 'react';
import type { QueryResult, SavedQueryInfo } from '../../../core/api-types.ts';
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

export function ResultView({ status, fetching, data, error, preferred, name, onAdd, onReplace }: ResultViewProps) {
  const { state: explorer, t } = useExplorer();
  const lang = explorer.lang;
  const [view, setView] = useState(preferred);
  const [wide, setWide] = useState(false);
  const dated = data !== undefined && dateColumn(data.columns) !== null;
  const shownView = data?.plan || (view === 'timeline' && !dated) ? 'table' : view; // a plan is read as a table
  const state = deriveResultState({
    status,
    fetching,
    data,
    error: error ? errorLike(error) : null,
    view: shownView === 'graph' ? 'graph' : 'table',
  });
  const message = stateMessage(state);
  return (
    <div
      className={wide ? 'result-view wide' : 'result-view'}
      data-testid="result-view"
      data-state={state.kind}
      data-nodes={data?.graph.nodes.length ?? 0}
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
      {data && (
        <>
          <div className="result-bar">
            <span>
              {t('rows', { n: data.rows.length })} ·{' '}
              {t('nodesEdges', { n: data.graph.nodes.length, m: data.graph.relationships.length })} ·{' '}
              {t('elapsed', { ms: Math.round(data.elapsedMs) })}
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
          {view === 'graph' && data.graph.nodes.length > 0 && (
            <div className="result-actions">
              <button type="button" data-testid="add-to-scene" onClick={() => onAdd(data)}>
                {t('addToScene')}
              </button>
              <button type="button" onClick={() => onReplace(data)}>
                {t('replaceScene')}
              </button>
            </div>
          )}
          {shownView === 'timeline' && data.rows.length > 0 && (
            <TimelineView data={data} onAdd={(graph) => onAdd({ ...data, graph })} />
          )}
          {(shownView === 'table' || (shownView === 'graph' && data.graph.nodes.length === 0)) &&
            data.rows.length > 0 && <ResultTable columns={data.columns} rows={data.rows} name={name} />}
        </>
      )}
    </div>
  );
}
