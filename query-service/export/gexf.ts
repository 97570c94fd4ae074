// GEXF export (Gephi) through graphology-gexf's writer: node attributes are the properties (lists
// as JSON text), `labels`, and viz colour (r/g/b and hex)/position/size from the picture layout.
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { ApiGraph, JsonValue } from '../../core/api-types.ts';
import type { Layout } from './layout.ts';
import { displayName, labelColor, mainLabel, relColor } from '../../core/display.ts';

type Flat = Record<string, string | number | boolean>;

export function toGexf(api: ApiGraph, layout: Layout): string {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (const n of api.nodes) {
    const p = layout.get(n.id);
    graph.mergeNode(n.id, {
      label: displayName(n),
      color: labelColor(mainLabel(n)),
      x: p?.x ?? 0,
      y: p?.y ?? 0,
      size: p?.size ?? 4,
      attrs: { labels: n.labels.join(','), ...flatten(n.properties) },
    });
  }
  for (const r of api.relationships) {
    if (!graph.hasNode(r.start) || !graph.hasNode(r.end)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.start, r.end, {
      label: r.type,
      color: relColor(r.type),
      attrs: { type: r.type, ...flatten(r.properties) },
    });
  }
  return withRgb(
    write(graph, {
      version: '1.3',
      formatNode: (_key, a) => ({
        label: String(a['label']),
        viz: { color: String(a['color']), x: Number(a['x']), y: Number(a['y']), size: Number(a['size']) },
        attributes: a['attrs'] as Flat,
      }),
      formatEdge: (_key, a) => ({
        label: String(a['label']),
        viz: { color: String(a['color']) },
        attributes: a['attrs'] as Flat,
      }),
    }),
  );
}

/** Adds r/g/b (and a) beside every `hex` colour: GEXF 1.3 readers such as networkx read only r/g/b. */
export function withRgb(xml: string): string {
  return xml.replace(/<viz:color hex="#([0-9a-fA-F]{3,8})"/g, (whole, hex: string) => {
    const rgba = hexToRgba(hex);
    if (!rgba) return whole;
    const [r, g, b, a] = rgba;
    return `<viz:color r="${r}" g="${g}" b="${b}"${a === undefined ? '' : ` a="${a}"`} hex="#${hex}"`;
  });
}

function hexToRgba(hex: string): [number, number, number, number | undefined] | null {
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (full.length !== 6 && full.length !== 8) return null;
  const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
  const alpha = full.length === 8 ? Math.round((byte(6) / 255) * 100) / 100 : undefined;
  return [byte(0), byte(2), byte(4), alpha];
}

function flatten(props: Record<string, JsonValue>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null) continue;
    out[k] = typeof v === 'object' ? JSON.stringify(v) : v;
  }
  return out;
}
