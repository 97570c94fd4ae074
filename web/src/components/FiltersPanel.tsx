// Filters on the scene: zone (with its sub-zones), industry, agency level, deadline range.
import { useMemo } from 'react';
import { DEFAULT_FILTERS, filterChoices, isDefaultFilters } from '../graph/filters.ts';
import { displayName } from '../../../core/display.ts';
import { levelName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';

export function FiltersPanel() {
  const { state, dispatch, t } = useExplorer();
  const { filters, lang } = state;
  const choices = useMemo(() => filterChoices(state.history.present), [state.history.present]);
  const set = (patch: Partial<typeof filters>) => dispatch({ type: 'filters', filters: { ...filters, ...patch } });
  return (
    <section className="filters" data-testid="filters">
      <h3>{t('filters')}</h3>
      <label>
        {t('filterZone')}
        <select value={filters.zone ?? ''} onChange={(e) => set({ zone: e.target.value || null })}>
          <option value="">{t('filterAll')}</option>
          {choices.zones.map((z) => (
            <option key={z.id} value={z.id}>
              {displayName(z, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterIndustry')}
        <select value={filters.industry ?? ''} onChange={(e) => set({ industry: e.target.value || null })}>
          <option value="">{t('filterAll')}</option>
          {choices.industries.map((z) => (
            <option key={z.id} value={z.id}>
              {displayName(z, lang)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('filterAgencyLevel')}</legend>
        {choices.levels.map((level) => (
          <label key={level} className="inline">
            <input
              type="checkbox"
              checked={filters.agencyLevels.includes(level)}
              onChange={() =>
                set({
                  agencyLevels: filters.agencyLevels.includes(level)
                    ? filters.agencyLevels.filter((l) => l !== level)
                    : [...filters.agencyLevels, level],
                })
              }
            />
            {levelName(lang, level)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterDeadline')}</legend>
        <label className="inline">
          {t('filterFrom')}{' '}
          <input type="date" value={filters.dueFrom ?? ''} onChange={(e) => set({ dueFrom: e.target.value || null })} />
        </label>
        <label className="inline">
          {t('filterTo')}{' '}
          <input type="date" value={filters.dueTo ?? ''} onChange={(e) => set({ dueTo: e.target.value || null })} />
        </label>
      </fieldset>
      {!isDefaultFilters(filters) && (
        <button type="button" onClick={() => dispatch({ type: 'filters', filters: DEFAULT_FILTERS })}>
          {t('filterReset')}
        </button>
      )}
    </section>
  );
}
