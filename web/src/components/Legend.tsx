// Legend of labels and relationship types with colours, counts on screen and in the database,
// and toggles that hide or show them.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metaQueries } from '../api/queries.ts';
import { LABEL_ORDER, labelColor, relColor } from '../../../core/display.ts';
import { sceneCounts } from '../graph/sync-graph.ts';
import { labelName, relName } from '../i18n/i18n.ts';
import { useExplorer } from '../state/explorer-context.ts';

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function Legend() {
  const { state, dispatch, t } = useExplorer();
  const stats = useQuery(metaQueries.stats());
  const counts = useMemo(() => sceneCounts(state.history.present), [state.history.present]);
  const { filters, lang } = state;
  const types = Object.keys({ ...(stats.data?.relationshipTypes ?? {}), ...counts.types }).sort();
  return (
    <section className="legend" data-testid="legend">
      <h3>{t('labels')}</h3>
      <ul>
        {LABEL_ORDER.map((label) => (
          <li key={label}>
            <label>
              <input
                type="checkbox"
                checked={!filters.hiddenLabels.includes(label)}
                onChange={() =>
                  dispatch({
                    type: 'filters',
                    filters: { ...filters, hiddenLabels: toggle(filters.hiddenLabels, label) },
                  })
                }
              />
              <span className="dot" style={{ background: labelColor(label) }} />
              {labelName(lang, label)}
              <span className="count" title={`${t('onScreen')} / ${t('inDatabase')}`}>
                {counts.labels[label] ?? 0}
                {stats.data ? ` / ${stats.data.labels[label] ?? 0}` : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <h3>{t('relTypes')}</h3>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <label>
              <input
                type="checkbox"
                checked={!filters.hiddenTypes.includes(type)}
                onChange={() =>
                  dispatch({ type: 'filters', filters: { ...filters, hiddenTypes: toggle(filters.hiddenTypes, type) } })
                }
              />
              <span className="line" style={{ background: relColor(type) }} />
              {relName(lang, type)}
              <span className="count" title={`${t('onScreen')} / ${t('inDatabase')}`}>
                {counts.types[type] ?? 0}
                {stats.data?.relationshipTypes[type] !== undefined ? ` / ${stats.data.relationshipTypes[type]}` : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
