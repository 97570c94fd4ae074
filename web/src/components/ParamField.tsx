// One generated form field for a saved query's parameter: lookup pickers (dependent on other
// parameters when the query says so), fixed choices, multi-select, dates, numbers, switches.
import { useQuery } from '@tanstack/react-query';
import type { JsonValue, SavedQueryParam } from '../../../core/api-types.ts';
import { savedQueries } from '../api/queries.ts';

export interface ParamFieldProps {
  queryName: string;
  param: SavedQueryParam;
  value: JsonValue;
  values: Record<string, JsonValue>;
  onChange: (value: JsonValue) => void;
}

function Choices({
  param,
  value,
  options,
  onChange,
}: {
  param: SavedQueryParam;
  value: JsonValue;
  options: { value: JsonValue; label: string }[];
  onChange: (v: JsonValue) => void;
}) {
  const multi = param.type === 'string[]';
  const current = multi ? (Array.isArray(value) ? value.map(String) : []) : [String(value ?? '')];
  return (
    <select
      multiple={multi}
      value={multi ? current : current[0]}
      data-param={param.name}
      onChange={(e) => {
        const picked = [...e.target.selectedOptions].map((o) => o.value);
        const pickedValues = picked.map((p) => options.find((o) => String(o.value) === p)?.value ?? p);
        onChange(multi ? pickedValues : (pickedValues[0] ?? null));
      }}
    >
      {!multi && <option value="">—</option>}
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function LookupPicker({ queryName, param, value, values, onChange }: ParamFieldProps) {
  const other: Record<string, JsonValue> = {};
  for (const dep of param.dependsOn ?? []) other[dep] = values[dep] ?? null;
  const lookup = useQuery(savedQueries.lookup(queryName, param.name, other));
  const options = [...(lookup.data?.options ?? [])];
  if (typeof value === 'string' && value !== '' && !options.some((o) => o.value === value))
    options.unshift({ value, label: value });
  return <Choices param={param} value={value} options={options} onChange={onChange} />;
}

export function ParamField(props: ParamFieldProps) {
  const { param, value, onChange } = props;
  if (param.lookup) return <LookupPicker {...props} />;
  if (param.allowed)
    return (
      <Choices
        param={param}
        value={value}
        options={param.allowed.map((v) => ({ value: v, label: String(v) }))}
        onChange={onChange}
      />
    );
  switch (param.type) {
    case 'boolean':
      return (
        <input
          type="checkbox"
          data-param={param.name}
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'integer':
    case 'float':
      return (
        <input
          type="number"
          data-param={param.name}
          step={param.type === 'integer' ? 1 : 'any'}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
      );
    case 'date':
      return (
        <input
          type="date"
          data-param={param.name}
          value={typeof value === 'string' ? value.slice(0, 10) : ''}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
    case 'string[]':
      return (
        <input
          type="text"
          data-param={param.name}
          value={Array.isArray(value) ? value.join('，') : ''}
          onChange={(e) =>
            onChange(
              e.target.value
                .split(/[,，、]/)
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      );
    default:
      return (
        <input
          type="text"
          data-param={param.name}
          value={typeof value === 'string' ? value : value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
