// Expand the selected node with a choice of relationship types (with their counts in the database)
// and a cap per type, so one click never floods the screen.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { graphQueries } from '../api/queries.ts';
import { expandTypes, listedTypes } from '../graph/expand-types.ts';
import { relName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { useCloseOnOutside } from './use-close-on-outside.ts';

export function ExpandMenu({ nodeId }: { nodeId: string }) {
  const { state, dispatch, t } = useExplorer();
  const actions = useSceneActions();
  const node = useQuery(graphQueries.node(nodeId));
  const [unchecked, setUnchecked] = useState<string[]>([]);
  const [menuRef, closeMenu] = useCloseOnOutside();
  const types = listedTypes(node.data?.degree);
  return (
    <details className="menu" data-testid="expand-menu" ref={menuRef}>
      <summary title={t('expandTitle')}>{t('expand')} ▾</summary>
      <div className="menu-body">
        {types.map(([type, count]) => (
          <label key={type} className="row">
            <input
              type="checkbox"
              checked={!unchecked.includes(type)}
              onChange={() => setUnchecked((u) => (u.includes(type) ? u.filter((x) => x !== type) : [...u, type]))}
            />
            {relName(state.lang, type)} <span className="count">{count}</span>
          </label>
        ))}
        <label className="row">
          {t('expandCap')}
          <input
            type="number"
            min={1}
            max={200}
            value={state.expandCap}
            onChange={(e) => dispatch({ type: 'expand-cap', cap: Number(e.target.value) || 1 })}
          />
        </label>
        <button
          type="button"
          data-testid="expand-run"
          onClick={() => {
            closeMenu();
            void actions.expand(nodeId, expandTypes(node.data?.degree, unchecked));
          }}
        >
          {t('expandRun')}
        </button>
      </div>
    </details>
  );
}
