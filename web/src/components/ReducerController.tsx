// Renderless: hover, selection and filters through sigma's node and edge reducers (the graph's
// attributes are never rewritten for them).
import { useEffect } from 'react';
import type { EdgeAttrs, NodeAttrs } from '../graph/types.ts';
import { useSigma } from './sigma-context.ts';

const DIM_NODE = '#e2e8f0';
const DIM_EDGE = '#f1f5f9';

export interface ReducerInput {
  hovered: string | null;
  selected: string | null;
  visibleNodes: ReadonlySet<string>;
  hiddenTypes: readonly string[];
}

export function ReducerController({ hovered, selected, visibleNodes, hiddenTypes }: ReducerInput) {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    const focus = hovered ?? null;
    const near = new Set<string>();
    if (focus && graph.hasNode(focus)) {
      near.add(focus);
      for (const n of graph.neighbors(focus)) near.add(n);
    }
    sigma.setSetting(
      'nodeReducer',
      (
        node,
        data,
      ): Partial<NodeAttrs> & { highlighted?: boolean; forceLabel?: boolean; hidden?: boolean; zIndex?: number } => {
        const res: Partial<NodeAttrs> & {
          highlighted?: boolean;
          forceLabel?: boolean;
          hidden?: boolean;
          zIndex?: number;
        } = { ...data };
        if (!visibleNodes.has(node)) res.hidden = true;
        if (data.fixed) res.label = `◆ ${data.label}`;
        if (focus && !near.has(node)) {
          res.color = DIM_NODE;
          res.label = '';
          res.zIndex = 0;
        } else if (focus) {
          res.forceLabel = true;
          res.zIndex = 1;
        }
        if (node === selected) {
          res.highlighted = true;
          res.forceLabel = true;
          res.zIndex = 2;
        }
        return res;
      },
    );
    sigma.setSetting('edgeReducer', (edge, data): Partial<EdgeAttrs> & { hidden?: boolean } => {
      const res: Partial<EdgeAttrs> & { hidden?: boolean } = { ...data };
      const [source, target] = graph.extremities(edge);
      if (hiddenTypes.includes(data.relType) || !visibleNodes.has(source) || !visibleNodes.has(target))
        res.hidden = true;
      if (focus && source !== focus && target !== focus) res.color = DIM_EDGE;
      if (selected && (source === selected || target === selected)) res.size = (data.size ?? 1) * 2;
      return res;
    });
  }, [sigma, hovered, selected, visibleNodes, hiddenTypes]);
  return null;
}
