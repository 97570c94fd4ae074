// Renderless: centres the camera on a node when asked (search result, restored selection) and fits
// the whole scene to the view.
import { useEffect } from 'react';
import { useSigma } from './sigma-context.ts';

export function CameraController({
  focus,
  fitNonce,
}: {
  focus: { id: string; nonce: number } | null;
  fitNonce: number;
}) {
  const sigma = useSigma();
  useEffect(() => {
    if (!focus) return undefined;
    // wait a frame so a node added by the same action has display data
    const frame = window.requestAnimationFrame(() => {
      const data = sigma.getNodeDisplayData(focus.id);
      if (data) void sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.6 }, { duration: 450 });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [sigma, focus]);
  useEffect(() => {
    void sigma.getCamera().animatedReset({ duration: 300 });
  }, [sigma, fitNonce]);
  return null;
}
