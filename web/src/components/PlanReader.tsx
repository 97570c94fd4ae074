// The plan reader: the normalised text with its measures as an outline; agencies, industries,
// instruments and zones highlighted (click → select the node); opened from a relationship it
// scrolls to and marks the evidence. The understanding report sits beside the outline.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { documentQueries } from '../api/queries.ts';
import { readerSegments } from '../graph/reader-segments.ts';
import { labelColor } from '../../../core/display.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { noticeForError } from '../state/state-message.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import ReportPanel from './ReportPanel.tsx';

const unreadAnchor = (u: { start: number }): string => `unread:${u.start}`;

export default function PlanReader() {
  const { state, dispatch, t } = useExplorer();
  const actions = useSceneActions();
  const target = state.reader;
  const doc = useQuery({ ...documentQueries.text(target?.docId ?? ''), enabled: target !== null });
  const textRef = useRef<HTMLDivElement>(null);
  // the outline's measures and the report's not-understood spans are anchors the reader scrolls to
  const segments = useMemo(() => {
    if (!doc.data) return [];
    const unread = (doc.data.report?.notUnderstood ?? []).map((u) => ({ id: unreadAnchor(u), start: u.start }));
    return readerSegments(doc.data.text, doc.data.mentions, target?.mark ?? null, [...doc.data.measures, ...unread]);
  }, [doc.data, target]);

  useEffect(() => {
    const box = textRef.current;
    if (!box || segments.length === 0) return;
    // scroll only the text box (scrollIntoView would also move the panel around it)
    const mark = box.querySelector<HTMLElement>('mark.evidence');
    box.scrollTop = mark ? Math.max(0, mark.offsetTop - box.clientHeight / 3) : 0;
  }, [segments]);

  if (!target) return <p className="hint">{t('readerHint')}</p>;
  if (doc.isError) {
    const n = noticeForError(doc.error);
    return <p className="problem">{t(n.key, n.vars)}</p>;
  }
  if (!doc.data) return <p className="hint">{t('stateRunning')}</p>;

  const pick = (nodeId: string) => {
    if (state.history.present.nodes.has(nodeId)) dispatch({ type: 'select', id: nodeId, focus: true });
    else void actions.addNode(nodeId);
  };
  const goTo = (id: string) => {
    const box = textRef.current;
    const anchor = box?.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(id)}"]`);
    if (box && anchor) box.scrollTop = anchor.offsetTop;
  };

  return (
    <div className="reader" data-testid="plan-reader">
      <h2>{doc.data.title}</h2>
      <p className="sub">
        {doc.data.file} · {t('readerHint')}
      </p>
      <div className="reader-body">
        <div className="reader-nav">
          <nav className="outline" aria-label={t('outline')}>
            <h3>{t('outline')}</h3>
            <ul>
              {doc.data.measures
                .filter((m) => m.depth <= 2)
                .map((m) => (
                  <li key={m.id} style={{ paddingLeft: `${(m.depth - 1) * 0.8}em` }}>
                    <button type="button" className="link" onClick={() => goTo(m.id)}>
                      {m.number} {m.title}
                    </button>
                  </li>
                ))}
            </ul>
          </nav>
          {doc.data.report ? <ReportPanel report={doc.data.report} onSpan={(u) => goTo(unreadAnchor(u))} /> : null}
        </div>
        <div className="reader-text" ref={textRef}>
          {segments.map((s) => {
            const anchor = s.anchor ? { 'data-anchor': s.anchor } : {};
            if (s.mention) {
              const m = s.mention;
              const content = s.marked ? <mark className="evidence">{s.text}</mark> : s.text;
              return (
                <button
                  key={s.start}
                  type="button"
                  className="mention"
                  style={{ borderColor: labelColor(m.label) }}
                  onClick={() => pick(m.nodeId)}
                  {...anchor}
                >
                  {content}
                </button>
              );
            }
            if (s.marked)
              return (
                <mark key={s.start} className="evidence" {...anchor}>
                  {s.text}
                </mark>
              );
            return (
              <span key={s.start} {...anchor}>
                {s.text}
              </span>
            );
          })}
        </div>
      </div>
    </div>
  );
}
