// The one small UI context: state, dispatch and the translator of the current language.
import { createContext, useContext } from 'react';
import type { Dispatch } from 'react';
import type { Translate } from '../i18n/i18n.ts';
import type { ExplorerAction, ExplorerState } from './explorer-state.ts';

export interface ExplorerContextValue {
  state: ExplorerState;
  dispatch: Dispatch<ExplorerAction>;
  t: Translate;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer outside <ExplorerContext.Provider>');
  return value;
}
