// The explorer: header (title, search, language), legend and filters, the graph with its toolbar,
// and the side panel. State comes from the URL on load and goes back to it on every change.
import { useMemo, useReducer, useState } from 'react';
import { decodeUrlState } from '../graph/url-state.ts';
import { preferredLang, translator } from '../i18n/i18n.ts';
import { ExplorerContext } from '../state/explorer-context.ts';
import { explorerReducer, initialState } from '../state/explorer-state.ts';
import { FiltersPanel } from './FiltersPanel.tsx';
import { KeyboardShortcuts } from './KeyboardShortcuts.tsx';
import { Legend } from './Legend.tsx';
import { SceneRestorer } from './SceneRestorer.tsx';
import { SceneView } from './SceneView.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SidePanel } from './SidePanel.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { Toolbar } from './Toolbar.tsx';
import { UrlSync } from './UrlSync.tsx';

export function App() {
  const [url] = useState(() => decodeUrlState(window.location.search));
  const [state, dispatch] = useReducer(explorerReducer, url, (u) =>
    initialState({
      lang: u.lang ?? preferredLang(navigator.languages),
      filters: u.filters,
      sizeBy: u.sizeBy,
      camera: u.camera,
    }),
  );
  const t = useMemo(() => translator(state.lang), [state.lang]);
  const context = useMemo(() => ({ state, dispatch, t }), [state, t]);
  return (
    <ExplorerContext.Provider value={context}>
      <SceneRestorer url={url} />
      <UrlSync />
      <KeyboardShortcuts />
      <div className="app" lang={state.lang === 'zh' ? 'zh-CN' : 'en'} data-lang={state.lang}>
        <header className="app-header">
          <h1>
            {t('appTitle')} <small>{t('appSubtitle')}</small>
          </h1>
          <SearchBox />
          <button
            type="button"
            className="lang-switch"
            data-testid="lang-switch"
            aria-label={t('language')}
            onClick={() => dispatch({ type: 'lang', lang: state.lang === 'zh' ? 'en' : 'zh' })}
          >
            {t('switchLanguage')}
          </button>
        </header>
        <nav className="left-panel">
          <Legend />
          <FiltersPanel />
        </nav>
        <main className="centre">
          <Toolbar />
          <StatusBanner />
          <SceneView />
        </main>
        <SidePanel />
      </div>
    </ExplorerContext.Provider>
  );
}
