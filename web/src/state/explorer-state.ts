// The explorer's UI state and its reducer: scene history (undo/redo), selection, filters, sizing,
// language, the open panel and requests to the camera. Pure, so it is unit-tested without React.
import type { ApiGraph } from '../../../core/api-types.ts';
import { DEFAULT_FILTERS } from '../graph/filters.ts';
import type { Filters } from '../graph/filters.ts';
import { pushHistory, redo, startHistory, undo } from '../graph/history.ts';
import type { History } from '../graph/history.ts';
import { dismissNodes, dismissUnconnected, emptyScene, mergeGraph, sceneFromGraph, togglePin } from '../graph/scene.ts';
import { sameView } from '../graph/camera-view.ts';
import type { CameraView } from '../graph/camera-view.ts';
import type { Scene, SceneOrigin, SizeBy } from '../graph/types.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';

export type Panel = 'details' | 'reader' | 'queries' | 'console' | 'compare';

export interface ReaderTarget {
  docId: string;
  mark: { start: number; end: number } | null;
}

export interface Notice {
  tone: 'info' | 'problem';
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export interface Follow {
  parent: string;
  ids: string[];
  nonce: number;
}

export interface ExplorerState {
  history: History<Scene>;
  selected: string | null;
  filters: Filters;
  sizeBy: SizeBy;
  lang: Lang;
  panel: Panel;
  reader: ReaderTarget | null;
  focus: { id: string; nonce: number } | null;
  fitNonce: number;
  /** after an expand: the camera eases to include the parent and the nodes it brought */
  follow: Follow | null;
  /** the camera to restore (from the URL), or the last one the analyst left (debounced) */
  camera: CameraView | null;
  /** a request to put the camera at `camera` (restoring a shared URL) */
  cameraNonce: number;
  busy: boolean;
  notice: Notice | null;
  expandCap: number;
  restored: boolean; // the URL's scene has been loaded (URL sync starts after)
}

export type ExplorerAction =
  | { type: 'scene/replace'; graph: ApiGraph; origin: SceneOrigin }
  | { type: 'scene/restore'; scene: Scene }
  | {
      type: 'scene/merge';
      graph: ApiGraph;
      focus?: string;
      reveal?: boolean;
      follow?: { parent: string; ids: string[] };
    }
  | { type: 'scene/dismiss'; ids: string[] }
  | { type: 'scene/dismiss-unconnected' }
  | { type: 'scene/pin'; id: string }
  | { type: 'scene/clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; id: string | null; focus?: boolean }
  | { type: 'filters'; filters: Filters }
  | { type: 'size-by'; sizeBy: SizeBy }
  | { type: 'lang'; lang: Lang }
  | { type: 'panel'; panel: Panel }
  | { type: 'reader'; target: ReaderTarget }
  | { type: 'fit' }
  | { type: 'camera'; camera: CameraView }
  | { type: 'busy'; busy: boolean }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'expand-cap'; cap: number };

export function initialState(init: {
  lang: Lang;
  filters?: Filters;
  sizeBy?: SizeBy;
  selected?: string | null;
  camera?: CameraView | null;
}): ExplorerState {
  return {
    history: startHistory(emptyScene()),
    selected: init.selected ?? null,
    filters: init.filters ?? DEFAULT_FILTERS,
    sizeBy: init.sizeBy ?? 'degree',
    lang: init.lang,
    panel: 'details',
    reader: null,
    focus: null,
    fitNonce: 0,
    follow: null,
    camera: init.camera ?? null,
    cameraNonce: 0,
    busy: false,
    notice: null,
    expandCap: 10,
    restored: false,
  };
}

function withScene(state: ExplorerState, scene: Scene): ExplorerState {
  const history = pushHistory(state.history, scene);
  const selected = state.selected && scene.nodes.has(state.selected) ? state.selected : null;
  return { ...state, history, selected };
}

function focusOn(state: ExplorerState, id: string): ExplorerState['focus'] {
  return { id, nonce: (state.focus?.nonce ?? 0) + 1 };
}

function sceneReducer(state: ExplorerState, action: ExplorerAction): ExplorerState | null {
  const scene = state.history.present;
  switch (action.type) {
    case 'scene/replace':
      return { ...withScene(state, sceneFromGraph(action.graph, action.origin)), fitNonce: state.fitNonce + 1 };
    case 'scene/restore': {
      // a shared URL's camera is put back; without one, the scene is fitted
      const restored = { ...state, history: startHistory(action.scene), restored: true };
      return state.camera
        ? { ...restored, cameraNonce: state.cameraNonce + 1 }
        : { ...restored, fitNonce: state.fitNonce + 1 };
    }
    case 'scene/merge': {
      const merged = mergeGraph(scene, action.graph);
      const next = withScene(state, action.reveal && !merged.revealed ? { ...merged, revealed: true } : merged);
      const follow = action.follow ? { ...action.follow, nonce: (state.follow?.nonce ?? 0) + 1 } : state.follow;
      return action.focus
        ? { ...next, selected: action.focus, focus: focusOn(state, action.focus), follow }
        : { ...next, follow };
    }
    case 'scene/dismiss':
      return withScene(state, dismissNodes(scene, action.ids));
    case 'scene/dismiss-unconnected':
      return withScene(state, dismissUnconnected(scene));
    case 'scene/pin':
      return withScene(state, togglePin(scene, action.id));
    case 'scene/clear':
      return withScene(state, emptyScene());
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    default:
      return null;
  }
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  const scened = sceneReducer(state, action);
  if (scened) return scened;
  switch (action.type) {
    case 'select':
      return {
        ...state,
        selected: action.id,
        panel: action.id ? 'details' : state.panel,
        focus: action.id && action.focus ? focusOn(state, action.id) : state.focus,
      };
    case 'filters':
      return { ...state, filters: action.filters };
    case 'size-by':
      return { ...state, sizeBy: action.sizeBy };
    case 'lang':
      return { ...state, lang: action.lang };
    case 'panel':
      return { ...state, panel: action.panel };
    case 'reader':
      return { ...state, panel: 'reader', reader: action.target };
    case 'fit':
      return { ...state, fitNonce: state.fitNonce + 1 };
    case 'camera':
      return sameView(state.camera, action.camera) ? state : { ...state, camera: action.camera };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'expand-cap':
      return { ...state, expandCap: Math.max(1, Math.min(200, Math.round(action.cap))) };
    default:
      return state;
  }
}
