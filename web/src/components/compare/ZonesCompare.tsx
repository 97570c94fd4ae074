// Zones side by side: pick 2–4 zones, run the zones-compare saved query, read the matrix in a wide
// pane over the graph (differences only, on demand), add what it names to the scene.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { savedQueries } from '../../api/queries.ts';
import { differencesOnly, zoneMatrix } from '../../graph/zone-matrix.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { useSceneActions } from '../../state/use-scene-actions.ts';
import { CrossPlanOverlay } from './CrossPlanOverlay.tsx';
import { ZoneMatrixTable } from './ZoneMatrixTable.tsx';
import { ZonePicker } from './ZonePicker.tsx';
import { useCompareText } from './use-compare-text.ts';

const QUERY = 'zones-compare';

export function ZonesCompare() {
  const { state } = useExplorer();
  const ct = useCompareText();
  const actions = useSceneActions();
  const [chosen, setChosen] = useState<string[]>(() => (state.selected?.startsWith('zone:') ? [state.selected] : []));
  const [request, setRequest] = useState<string[] | null>(null);
  const [diffOnly, setDiffOnly] = useState(false);
  const run = useQuery({ ...savedQueries.run(QUERY, { zones: request ?? [] }), enabled: request !== null });
  const matrix = useMemo(() => (run.data ? zoneMatrix(run.data.rows) : null), [run.data]);
  const shown = matrix && diffOnly ? differencesOnly(matrix) : matrix;
  const paneState = run.isError ? 'error' : !matrix ? 'running' : matrix.zones.length === 0 ? 'empty' : 'ok';
  return (
    <div className="cross-plan-form" data-testid="zones-compare">
      <p className="sub">{ct('zonesHint')}</p>
      <ZonePicker chosen={chosen} onChange={setChosen} />
      {chosen.length < 2 && <p className="hint">{ct('needTwo')}</p>}
      <button
        type="button"
        data-testid="zones-compare-run"
        disabled={chosen.length < 2}
        onClick={() => setRequest([...chosen])}
      >
        {ct('compare')}
      </button>
      {request && (
        <CrossPlanOverlay
          title={ct('zonesTitle')}
          testId="zones-compare-view"
          state={paneState}
          message={run.error instanceof Error ? run.error.message : undefined}
          onClose={() => setRequest(null)}
          tools={
            <>
              <label>
                <input
                  type="checkbox"
                  data-testid="differences-only"
                  checked={diffOnly}
                  onChange={(e) => setDiffOnly(e.target.checked)}
                />{' '}
                {ct('differencesOnly')}
              </label>
              <span className="matrix-legend">
                <span className="partial-swatch">◐ {ct('legendPartial')}</span>
                <span>≠ {ct('legendDiffers')}</span>
              </span>
              <span className="sub">{ct('addedHint')}</span>
              {run.data && (
                <button type="button" data-testid="compare-add-all" onClick={() => void actions.addResult(run.data)}>
                  {ct('addAllToScene')}
                </button>
              )}
            </>
          }
        >
          {shown && <ZoneMatrixTable matrix={shown} onAdd={(id) => void actions.addNode(id)} />}
        </CrossPlanOverlay>
      )}
    </div>
  );
}
