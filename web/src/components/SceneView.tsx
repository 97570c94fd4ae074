// The graph area: one persistent graphology graph, the canvas that owns sigma, and its controllers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CameraView } from '../graph/camera-view.ts';
import { visibleNodeIds } from '../graph/filters.ts';
import { createSceneGraph } from '../graph/sync-graph.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useSceneActions } from '../state/use-scene-actions.ts';
import { CameraController } from './CameraController.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { GraphSyncController } from './GraphSyncController.tsx';
import { InteractionController } from './InteractionController.tsx';
import { LayoutController } from './LayoutController.tsx';
import { ReducerController } from './ReducerController.tsx';

export function SceneView() {
  const { state, dispatch, t } = useExplorer();
  const actions = useSceneActions();
  const [graph] = useState(createSceneGraph);
  const [hovered, setHovered] = useState<string | null>(null);
  const scene = state.history.present;
  const visible = useMemo(() => visibleNodeIds(scene, state.filters), [scene, state.filters]);
  // the latest expand action behind a stable callback, so sigma's listeners are not re-registered
  // on every render (that would drop a drag in progress)
  const expandRef = useRef(actions.expand);
  useEffect(() => {
    expandRef.current = actions.expand;
  });

  const onSelect = useCallback((id: string | null) => dispatch({ type: 'select', id }), [dispatch]);
  const onPin = useCallback((id: string) => dispatch({ type: 'scene/pin', id }), [dispatch]);
  const onExpand = useCallback((id: string) => void expandRef.current(id), []);
  const [settled, setSettled] = useState(0);
  const onSettled = useCallback(() => setSettled((n) => n + 1), []);
  const onCamera = useCallback((camera: CameraView) => dispatch({ type: 'camera', camera }), [dispatch]);

  return (
    <div className="scene-view">
      <GraphCanvas graph={graph}>
        <GraphSyncController
          graph={graph}
          scene={scene}
          sizeBy={state.sizeBy}
          lang={state.lang}
          anchor={state.follow}
        />
        <LayoutController graph={graph} onSettled={onSettled} />
        <ReducerController
          hovered={hovered}
          selected={state.selected}
          visibleNodes={visible}
          hiddenTypes={state.filters.hiddenTypes}
        />
        <InteractionController onHover={setHovered} onSelect={onSelect} onExpand={onExpand} onPin={onPin} />
        <CameraController
          focus={state.focus}
          fitNonce={state.fitNonce}
          follow={state.follow}
          visible={visible}
          settled={settled}
          camera={state.camera}
          cameraNonce={state.cameraNonce}
          onCamera={state.restored ? onCamera : null}
        />
      </GraphCanvas>
      {scene.nodes.size === 0 && !state.busy && state.restored && <p className="scene-empty">{t('emptyScene')}</p>}
      {state.busy && (
        <div className="scene-busy" role="status">
          {t('stateRunning')}
        </div>
      )}
      <div className="scene-counts" data-testid="scene-counts">
        {t('nodesEdges', { n: scene.nodes.size, m: scene.rels.size })}
      </div>
    </div>
  );
}
