// Renderless: keeps the address bar in step with the scene, selection, filters, language, sizing and camera,
// so the URL can be shared and reloaded.
import { useEffect } from 'react';
import { encodeUrlState, sceneDelta } from '../graph/url-state.ts';
import { useExplorer } from '../state/explorer-context.ts';

export function UrlSync() {
  const { state } = useExplorer();
  const scene = state.history.present;
  const { restored, selected, filters, lang, sizeBy, camera } = state;
  useEffect(() => {
    if (!restored) return;
    const { added, removed } = sceneDelta(scene);
    const query = encodeUrlState({
      origin: scene.origin,
      added,
      removed,
      pinned: [...scene.pinned],
      revealed: scene.revealed,
      selected,
      filters,
      lang,
      sizeBy,
      camera,
    });
    const next = `${window.location.pathname}?${query}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [restored, scene, selected, filters, lang, sizeBy, camera]);
  return null;
}
