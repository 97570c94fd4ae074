// The runs of this session and earlier ones (kept in localStorage); click one to run it again.
import type { JsonValue } from '../../../core/api-types.ts';
import { useExplorer } from '../state/explorer-context.ts';

export interface RunRecord {
  name: string;
  title: string;
  params: Record<string, JsonValue>;
  at: string; // ISO time
}

const KEY = 'ftz-run-history';

export function loadRunHistory(): RunRecord[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as RunRecord[]) : [];
  } catch {
    return [];
  }
}

export function saveRunHistory(records: RunRecord[]): void {
  window.localStorage.setItem(KEY, JSON.stringify(records.slice(0, 30)));
}

export function RunHistory({ records, onRun }: { records: RunRecord[]; onRun: (record: RunRecord) => void }) {
  const { t } = useExplorer();
  if (records.length === 0) return null;
  return (
    <section className="run-history">
      <h3>{t('queryHistory')}</h3>
      <ol>
        {records.map((r) => (
          <li key={`${r.at}-${r.name}`}>
            <button type="button" className="link" onClick={() => onRun(r)}>
              {r.title}
            </button>{' '}
            <span className="sub">
              {new Date(r.at).toLocaleTimeString()} {JSON.stringify(r.params)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
