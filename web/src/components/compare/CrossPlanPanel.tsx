// The side panel's "Across plans" tab: zones side by side, and agencies across plans.
import { useState } from 'react';
import './compare.css';
import { AgenciesAcrossPlans } from './AgenciesAcrossPlans.tsx';
import { ZonesCompare } from './ZonesCompare.tsx';
import { useCompareText } from './use-compare-text.ts';

type View = 'zones' | 'agencies';

export default function CrossPlanPanel() {
  const ct = useCompareText();
  const [view, setView] = useState<View>('zones');
  return (
    <div className="cross-plan" data-testid="cross-plan">
      <div className="sub-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          data-view="zones"
          aria-selected={view === 'zones'}
          onClick={() => setView('zones')}
        >
          {ct('zonesTitle')}
        </button>
        <button
          type="button"
          role="tab"
          data-view="agencies"
          aria-selected={view === 'agencies'}
          onClick={() => setView('agencies')}
        >
          {ct('agenciesTitle')}
        </button>
      </div>
      {view === 'zones' ? <ZonesCompare /> : <AgenciesAcrossPlans />}
    </div>
  );
}
