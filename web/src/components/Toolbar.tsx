// Scene actions: overview, expand, reveal, dismiss, pin, fit, undo/redo, node size, export.
import { canRedo, canUndo } from '../graph/history.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { ExpandMenu } from './ExpandMenu.tsx';
import { ExportMenu } from './ExportMenu.tsx';

export function Toolbar() {
  const { state, dispatch, t } = useExplorer();
  const actions = useSceneActions();
  const scene = state.history.present;
  const selected = state.selected;
  return (
    <div className="toolbar" role="toolbar">
      <button type="button" onClick={() => void actions.overview()}>
        {t('overview')}
      </button>
      {selected && <ExpandMenu key={selected} nodeId={selected} />}
      <button
        type="button"
        title={t('revealTitle')}
        disabled={scene.nodes.size < 2}
        onClick={() => void actions.reveal()}
      >
        {t('reveal')}
      </button>
      <button
        type="button"
        disabled={!selected}
        onClick={() => selected && dispatch({ type: 'scene/dismiss', ids: [selected] })}
      >
        {t('dismiss')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'scene/dismiss-unconnected' })}>
        {t('dismissUnconnected')}
      </button>
      <button
        type="button"
        disabled={!selected}
        onClick={() => selected && dispatch({ type: 'scene/pin', id: selected })}
      >
        {selected && scene.pinned.has(selected) ? t('unpin') : t('pin')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'fit' })}>
        {t('fit')}
      </button>
      <button
        type="button"
        disabled={!canUndo(state.history)}
        onClick={() => dispatch({ type: 'undo' })}
        title="Ctrl+Z"
      >
        ↶ {t('undo')}
      </button>
      <button
        type="button"
        disabled={!canRedo(state.history)}
        onClick={() => dispatch({ type: 'redo' })}
        title="Ctrl+Shift+Z"
      >
        ↷ {t('redo')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'scene/clear' })}>
        {t('clearScene')}
      </button>
      <label>
        {t('sizeBy')}{' '}
        <select
          value={state.sizeBy}
          onChange={(e) => dispatch({ type: 'size-by', sizeBy: e.target.value === 'leads' ? 'leads' : 'degree' })}
        >
          <option value="degree">{t('sizeByDegree')}</option>
          <option value="leads">{t('sizeByLeads')}</option>
        </select>
      </label>
      <ExportMenu />
    </div>
  );
}
