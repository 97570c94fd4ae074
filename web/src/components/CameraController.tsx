// Renderless: the camera follows the analyst. It centres on a node when asked (a search hit); fits
// the visible nodes with room for their labels (Fit, a new scene); after an expand eases to include
// the parent and the nodes it brought; fits again once the layout has settled unless the analyst has
// moved the camera since; puts back the camera a shared URL holds; and reports where the analyst
// leaves it (debounced) so the URL can hold it.
import { useEffect, useRef } from 'react';
import { fitPoints, roundView } from '../graph/camera-view.ts';
import type { CameraView, FitPoint } from '../graph/camera-view.ts';
import type { Follow } from '../state/explorer-state.ts';
import { useSigma } from './sigma-context.ts';
import type { SceneSigma } from './sigma-context.ts';

const REFERENCE = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
const PADDING = 24;
const LABEL_GAP = 4;
const REPORT_AFTER_MS = 400;

/** What the camera was last asked to show, so it can show it again when the layout has settled. */
type Intent = { kind: 'all' } | { kind: 'nodes'; ids: string[] } | null;

function labelMeasure(sigma: SceneSigma): (label: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const { labelWeight, labelSize, labelFont } = sigma.getSettings();
  if (context) context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
  return (label) => (context ? context.measureText(label).width : label.length * labelSize);
}

/** The nodes as fit points: reference-camera pixels, screen radius, label width. */
function fitPointsOf(sigma: SceneSigma, ids: Iterable<string>): FitPoint[] {
  const measure = labelMeasure(sigma);
  const ratio = sigma.getCamera().getState().ratio;
  const points: FitPoint[] = [];
  for (const id of ids) {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) continue;
    const p = sigma.framedGraphToViewport(data, { cameraState: REFERENCE });
    points.push({
      x: p.x,
      y: p.y,
      size: sigma.scaleSize(data.size, ratio),
      labelWidth: data.label ? measure(data.label) : 0,
    });
  }
  return points;
}

/** The camera that shows `ids` (visible ones only) with their labels; null when none is drawn. */
export function cameraToFit(sigma: SceneSigma, ids: Iterable<string>): CameraView | null {
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const fit = fitPoints(fitPointsOf(sigma, ids), {
    width,
    height,
    padding: PADDING,
    labelHeight: settings.labelSize,
    labelGap: LABEL_GAP,
    minRatio: settings.minCameraRatio ?? 0.03,
    maxRatio: settings.maxCameraRatio ?? 8,
  });
  if (!fit) return null;
  const centre = sigma.viewportToFramedGraph({ x: fit.x, y: fit.y }, { cameraState: REFERENCE });
  return { x: centre.x, y: centre.y, ratio: fit.ratio };
}

/** The drawn nodes now inside the viewport. */
function nodesInView(sigma: SceneSigma, visible: ReadonlySet<string>): string[] {
  const { width, height } = sigma.getDimensions();
  return [...visible].filter((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return false;
    const p = sigma.framedGraphToViewport(data);
    return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
  });
}

export interface CameraControllerProps {
  focus: { id: string; nonce: number } | null;
  fitNonce: number;
  follow: Follow | null;
  /** the nodes the filters leave visible */
  visible: ReadonlySet<string>;
  /** bumped each time the layout stops */
  settled: number;
  /** the camera to put back when cameraNonce changes (a shared URL) */
  camera: CameraView | null;
  cameraNonce: number;
  /** where the analyst left the camera (debounced); only after the scene was restored */
  onCamera: ((view: CameraView) => void) | null;
}

export function CameraController(props: CameraControllerProps) {
  const { focus, fitNonce, follow, visible, settled, camera, cameraNonce, onCamera } = props;
  const sigma = useSigma();
  const intent = useRef<Intent>(null);
  const visibleRef = useRef(visible);
  useEffect(() => {
    visibleRef.current = visible;
  }, [visible]);

  const show = (target: Intent, duration: number) => {
    intent.current = target;
    if (!target) return;
    const ids = target.kind === 'all' ? visibleRef.current : target.ids.filter((id) => visibleRef.current.has(id));
    const view = cameraToFit(sigma, ids);
    if (view) void sigma.getCamera().animate(view, { duration });
  };
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });

  // the analyst takes the camera: no refit behind their back
  useEffect(() => {
    const captor = sigma.getMouseCaptor();
    const release = () => {
      intent.current = null;
    };
    captor.on('wheel', release);
    captor.on('mousedown', release);
    return () => {
      captor.off('wheel', release);
      captor.off('mousedown', release);
    };
  }, [sigma]);

  useEffect(() => {
    if (!focus) return undefined;
    // wait a frame so a node added by the same action has display data
    const frame = window.requestAnimationFrame(() => {
      intent.current = null;
      const data = sigma.getNodeDisplayData(focus.id);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 450 });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [sigma, focus]);

  useEffect(() => {
    if (fitNonce === 0) return undefined;
    // a frame later, so a new scene's nodes have display data; then in a task of its own, so that
    // measuring every label does not lengthen the frame that draws the scene
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => showRef.current({ kind: 'all' }, 300), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [sigma, fitNonce]);

  useEffect(() => {
    if (!follow) return undefined;
    const frame = window.requestAnimationFrame(() => {
      const inView = nodesInView(sigma, visibleRef.current);
      showRef.current({ kind: 'nodes', ids: [...new Set([follow.parent, ...follow.ids, ...inView])] }, 500);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [sigma, follow]);

  useEffect(() => {
    if (settled > 0) showRef.current(intent.current, 400);
  }, [settled]);

  useEffect(() => {
    if (cameraNonce === 0 || !camera) return;
    intent.current = null;
    // an animation (a fit still running) is cancelled, then the camera jumps to the state asked for
    void sigma.getCamera().animate(camera, { duration: 0 });
  }, [sigma, cameraNonce]); // eslint-disable-line react-hooks/exhaustive-deps -- only on request

  useEffect(() => {
    if (!onCamera) return undefined;
    let timer = 0;
    const cam = sigma.getCamera();
    const report = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => onCamera(roundView(cam.getState())), REPORT_AFTER_MS);
    };
    cam.on('updated', report);
    return () => {
      window.clearTimeout(timer);
      cam.off('updated', report);
    };
  }, [sigma, onCamera]);
  return null;
}
