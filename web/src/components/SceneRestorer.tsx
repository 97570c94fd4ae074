// Renderless: on first load, rebuild the scene the URL describes (the overview when it says nothing).
// The selection comes back without moving the camera: the URL's camera (or a fit) decides the view.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { emptyScene } from '../graph/scene.ts';
import type { UrlState } from '../graph/url-state.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { noticeForError } from '../state/state-message.ts';
import { restoreScene } from '../state/use-scene-actions.ts';

export function SceneRestorer({ url }: { url: UrlState }) {
  const client = useQueryClient();
  const { dispatch } = useExplorer();
  useEffect(() => {
    let cancelled = false;
    restoreScene(client, url)
      .then((scene) => {
        if (cancelled) return;
        dispatch({ type: 'scene/restore', scene });
        if (url.selected && scene.nodes.has(url.selected)) dispatch({ type: 'select', id: url.selected });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        dispatch({ type: 'scene/restore', scene: emptyScene() });
        dispatch({ type: 'notice', notice: noticeForError(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [client, dispatch, url]);
  return null;
}
