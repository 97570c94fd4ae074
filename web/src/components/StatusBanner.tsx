// What went wrong (or what is happening), in words, with what to do; also the server's health.
import { useQuery } from '@tanstack/react-query';
import { metaQueries } from '../api/queries.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { noticeForError } from '../state/state-message.ts';

export function StatusBanner() {
  const { state, dispatch, t } = useExplorer();
  const health = useQuery(metaQueries.health());
  const notice = state.notice;
  let healthText: string | null = null;
  if (health.isError) {
    const n = noticeForError(health.error);
    healthText = t(n.key, n.vars);
  } else if (health.data && !health.data.neo4j.reachable) {
    healthText = t('stateUnavailable', { message: health.data.neo4j.address });
  }
  if (!notice && !healthText) return null;
  return (
    <div className="status-banner" role="alert" data-testid="status-banner">
      {healthText && <p>{healthText}</p>}
      {notice && (
        <p className={notice.tone}>
          {t(notice.key, notice.vars)}
          <button type="button" className="link" onClick={() => dispatch({ type: 'notice', notice: null })}>
            {t('close')}
          </button>
        </p>
      )}
    </div>
  );
}
