// The right-hand panel: details, plan reader, query library, Cypher console, analysis across plans
// (all but the first lazily loaded so the first screen stays small).
import { Suspense, lazy } from 'react';
import { useExplorer } from '../state/explorer-context.ts';
import type { Panel } from '../state/explorer-state.ts';
import { compareText } from '../i18n/compare-messages.ts';
import { DetailsPanel } from './DetailsPanel.tsx';

const PlanReader = lazy(() => import('./PlanReader.tsx'));
const QueryLibrary = lazy(() => import('./QueryLibrary.tsx'));
const CypherConsole = lazy(() => import('./CypherConsole.tsx'));
const CrossPlanPanel = lazy(() => import('./compare/CrossPlanPanel.tsx'));

export function SidePanel() {
  const { state, dispatch, t } = useExplorer();
  const tabs: { panel: Panel; label: string }[] = [
    { panel: 'details', label: t('details') },
    { panel: 'reader', label: t('planReader') },
    { panel: 'queries', label: t('queries') },
    { panel: 'console', label: t('console') },
    { panel: 'compare', label: compareText(state.lang, 'tab') },
  ];
  return (
    <aside className="side-panel">
      <div className="tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.panel}
            type="button"
            role="tab"
            data-tab={tab.panel}
            aria-selected={state.panel === tab.panel}
            onClick={() => dispatch({ type: 'panel', panel: tab.panel })}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel" key={state.panel}>
        <Suspense fallback={<p className="hint">{t('stateRunning')}</p>}>
          {state.panel === 'details' && <DetailsPanel />}
          {state.panel === 'reader' && <PlanReader />}
          {state.panel === 'queries' && <QueryLibrary />}
          {state.panel === 'console' && <CypherConsole />}
          {state.panel === 'compare' && <CrossPlanPanel />}
        </Suspense>
      </div>
    </aside>
  );
}
