// A wide pane over the graph for a cross-plan answer: a title, the answer's state in words, the
// content, and a close button (the graph behind keeps what the analyst added to it).
import type { ReactNode } from 'react';
import { useCompareText } from './use-compare-text.ts';

interface Props {
  title: string;
  testId: string;
  state: 'running' | 'ok' | 'empty' | 'error';
  message?: string;
  tools?: ReactNode;
  children?: ReactNode;
  onClose: () => void;
}

export function CrossPlanOverlay({ title, testId, state, message, tools, children, onClose }: Props) {
  const ct = useCompareText();
  return (
    <section className="cross-plan-overlay" data-testid={testId} data-state={state} aria-label={title}>
      <header className="cross-plan-head">
        <h3>{title}</h3>
        <div className="cross-plan-tools">{tools}</div>
        <button type="button" className="close" data-testid="cross-plan-close" onClick={onClose}>
          ✕ {ct('close')}
        </button>
      </header>
      {state === 'running' && <p className="hint">{ct('running')}</p>}
      {state === 'empty' && <p className="hint">{ct('nothing')}</p>}
      {state === 'error' && <p className="problem">{ct('failed', { message: message ?? '' })}</p>}
      {state === 'ok' && children}
    </section>
  );
}
