// Agencies across plans: the agencies-across-plans saved query (with how many plans at least), read
// as a grouped table in a wide pane over the graph; each agency's name adds it to the scene.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { savedQueries } from '../../api/queries.ts';
import { agenciesAcrossPlans } from '../../graph/agency-plans.ts';
import { useSceneActions } from '../../state/use-scene-actions.ts';
import { AgencyPlansTable } from './AgencyPlansTable.tsx';
import { CrossPlanOverlay } from './CrossPlanOverlay.tsx';
import { useCompareText } from './use-compare-text.ts';

const QUERY = 'agencies-across-plans';

export function AgenciesAcrossPlans() {
  const ct = useCompareText();
  const actions = useSceneActions();
  const [minPlans, setMinPlans] = useState(2);
  const [request, setRequest] = useState<number | null>(null);
  const run = useQuery({ ...savedQueries.run(QUERY, { minPlans: request ?? 2 }), enabled: request !== null });
  const agencies = useMemo(() => (run.data ? agenciesAcrossPlans(run.data.rows) : null), [run.data]);
  const paneState = run.isError ? 'error' : !agencies ? 'running' : agencies.length === 0 ? 'empty' : 'ok';
  return (
    <div className="cross-plan-form" data-testid="agencies-across-plans">
      <p className="sub">{ct('agenciesHint')}</p>
      <label>
        {ct('minPlans')}{' '}
        <input
          type="number"
          min={1}
          step={1}
          value={minPlans}
          data-testid="min-plans"
          onChange={(e) => setMinPlans(Math.max(1, Math.round(Number(e.target.value) || 1)))}
        />
      </label>
      <button type="button" data-testid="agencies-run" onClick={() => setRequest(minPlans)}>
        {ct('show')}
      </button>
      {request !== null && (
        <CrossPlanOverlay
          title={ct('agenciesTitle')}
          testId="agencies-view"
          state={paneState}
          message={run.error instanceof Error ? run.error.message : undefined}
          onClose={() => setRequest(null)}
          tools={
            <>
              {agencies && <span className="sub">{ct('agenciesCount', { n: agencies.length })}</span>}
              {run.data?.truncated && (
                <span className="sub" data-testid="agencies-shown-of">
                  {ct('rowsShownOf', { shown: run.data.rows.length, total: run.data.total ?? '?' })}
                </span>
              )}
              <span className="sub">{ct('addedHint')}</span>
              {run.data && (
                <button type="button" onClick={() => void actions.addResult(run.data)}>
                  {ct('addAllToScene')}
                </button>
              )}
            </>
          }
        >
          {agencies && <AgencyPlansTable agencies={agencies} onAdd={(id) => void actions.addNode(id)} />}
        </CrossPlanOverlay>
      )}
    </div>
  );
}
