// Renderless: sigma's pointer events → hover, select, expand (double-click), deselect on the stage,
// and dragging a node moves and pins it.
import { useEffect } from 'react';
import { useSigma } from './sigma-context.ts';

export interface InteractionHandlers {
  onHover: (id: string | null) => void;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onPin: (id: string) => void;
}

export function InteractionController({ onHover, onSelect, onExpand, onPin }: InteractionHandlers) {
  const sigma = useSigma();
  useEffect(() => {
    let dragged: string | null = null;
    let moved = false;
    const graph = sigma.getGraph();
    sigma.on('enterNode', ({ node }) => onHover(node));
    sigma.on('leaveNode', () => onHover(null));
    sigma.on('clickNode', ({ node }) => {
      if (!moved) onSelect(node);
    });
    sigma.on('clickStage', () => onSelect(null));
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      onExpand(event.node);
    });
    sigma.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
    });
    sigma.getMouseCaptor().on('mousemovebody', (event) => {
      if (!dragged) return;
      const pos = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const release = () => {
      if (dragged && moved && !graph.getNodeAttribute(dragged, 'fixed')) onPin(dragged);
      dragged = null;
    };
    sigma.getMouseCaptor().on('mouseup', release);
    return () => {
      sigma.removeAllListeners('enterNode');
      sigma.removeAllListeners('leaveNode');
      sigma.removeAllListeners('clickNode');
      sigma.removeAllListeners('clickStage');
      sigma.removeAllListeners('doubleClickNode');
      sigma.removeAllListeners('downNode');
      sigma.getMouseCaptor().removeListener('mouseup', release);
      sigma.getMouseCaptor().removeAllListeners('mousemovebody');
    };
  }, [sigma, onHover, onSelect, onExpand, onPin]);
  return null;
}
