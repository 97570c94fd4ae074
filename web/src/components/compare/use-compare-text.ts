// The cross-plan views' translator, bound to the explorer's language.
import { useMemo } from 'react';
import { compareText } from '../../i18n/compare-messages.ts';
import type { CompareKey } from '../../i18n/compare-messages.ts';
import { useExplorer } from '../../state/explorer-context.ts';

export type CompareT = (key: CompareKey, vars?: Record<string, string | number>) => string;

export function useCompareText(): CompareT {
  const { state } = useExplorer();
  return useMemo(() => (key, vars) => compareText(state.lang, key, vars), [state.lang]);
}
