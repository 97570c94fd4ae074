// Two to four zones, in order: the chosen ones as removable chips, a picker (filled by the saved
// query's lookup) to add another.
import { useQuery } from '@tanstack/react-query';
import { savedQueries } from '../../api/queries.ts';
import { useCompareText } from './use-compare-text.ts';

export const MAX_ZONES = 4;

interface Props {
  chosen: string[];
  onChange: (zones: string[]) => void;
}

export function ZonePicker({ chosen, onChange }: Props) {
  const ct = useCompareText();
  const lookup = useQuery(savedQueries.lookup('zones-compare', 'zones', {}));
  const options = lookup.data?.options ?? [];
  const label = (id: string) => options.find((o) => o.value === id)?.label ?? id.replace(/^zone:/, '');
  return (
    <div className="zone-picker">
      <ol className="zone-chips">
        {chosen.map((id) => (
          <li key={id} data-zone={id}>
            {label(id)}
            <button
              type="button"
              aria-label={`${ct('removeZone')} ${label(id)}`}
              onClick={() => onChange(chosen.filter((z) => z !== id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <select
        data-testid="zone-add"
        value=""
        disabled={chosen.length >= MAX_ZONES}
        onChange={(e) => e.target.value && onChange([...chosen, e.target.value])}
      >
        <option value="">{chosen.length >= MAX_ZONES ? ct('atMostFour') : `＋ ${ct('addZone')}`}</option>
        {options
          .filter((o) => !chosen.includes(String(o.value)))
          .map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
      </select>
    </div>
  );
}
