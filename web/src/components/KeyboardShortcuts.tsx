// Renderless: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, Delete dismisses the selection,
// F fits — but never while typing in a field.
import { useEffect } from 'react';
import { useExplorer } from '../state/explorer-context.ts';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function KeyboardShortcuts() {
  const { state, dispatch } = useExplorer();
  const selected = state.selected;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') dispatch({ type: event.shiftKey ? 'redo' : 'undo' });
      else if (mod && key === 'y') dispatch({ type: 'redo' });
      else if (!mod && (key === 'delete' || key === 'backspace') && selected)
        dispatch({ type: 'scene/dismiss', ids: [selected] });
      else if (!mod && key === 'f') dispatch({ type: 'fit' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, selected]);
  return null;
}
