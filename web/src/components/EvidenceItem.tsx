// One relationship in the details panel: the node at the other end, the evidence sentence, and a
// link that opens the plan at that sentence.
import type { ApiNode, ApiRelationship } from '../../../core/api-types.ts';
import { displayName, labelColor, mainLabel } from '../../../core/display.ts';
import { useExplorer } from '../state/explorer-context.ts';

export function EvidenceItem({ rel, other, outgoing }: { rel: ApiRelationship; other: ApiNode; outgoing: boolean }) {
  const { state, dispatch, t } = useExplorer();
  const p = rel.properties;
  const evidence = typeof p.evidence === 'string' ? p.evidence : null;
  const docId = typeof p.docId === 'string' ? p.docId : null;
  const start = typeof p.start === 'number' ? p.start : null;
  const end = typeof p.end === 'number' ? p.end : null;
  return (
    <li className="evidence-item" data-rel-type={rel.type}>
      <button type="button" className="link" onClick={() => dispatch({ type: 'select', id: other.id, focus: true })}>
        <span className="dot" style={{ background: labelColor(mainLabel(other)) }} />
        {outgoing ? '→ ' : '← '}
        {displayName(other, state.lang)}
      </button>
      {typeof p.measures === 'number' ? (
        <p className="sub">{t('leadsMeasures', { n: p.measures })}</p>
      ) : (
        <blockquote>{evidence ?? t('noEvidence')}</blockquote>
      )}
      {docId && (
        <button
          type="button"
          className="link open-plan"
          data-testid="open-in-plan"
          onClick={() =>
            dispatch({
              type: 'reader',
              target: { docId, mark: start !== null && end !== null ? { start, end } : null },
            })
          }
        >
          ↗ {t('openInPlan')}
          {typeof p.method === 'string' && <span className="method"> · {p.method}</span>}
        </button>
      )}
    </li>
  );
}
