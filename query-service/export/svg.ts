// SVG picture of a subgraph, styled like the explorer: node colour by label, edge colour by type
// with arrowheads, Chinese labels in Noto Sans CJK, a legend, the title. All text is escaped.
import { labelNameIn, relNameIn } from '../../core/type-names.ts';
import type { ApiGraph } from '../../core/api-types.ts';
import type { Layout } from './layout.ts';
import { LABEL_ORDER, labelColor, mainLabel, canvasLabel, relColor } from '../../core/display.ts';
import { CSS_FONT_STACK } from './style.ts';
import { escapeXml } from './xml.ts';

export interface SvgOptions {
  title: string;
  background?: string;
  lang?: 'zh' | 'en';
  legend?: boolean;
  width?: number;
}

const MARGIN = 60;
const LABEL_ALL_UP_TO = 60;
const HEADER = 48;

type Projector = ReturnType<typeof projector>;

export function toSvg(graph: ApiGraph, layout: Layout, opts: SvgOptions): string {
  const width = opts.width ?? 1200;
  const project = projector(layout, width);
  const height = project.height;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CSS_FONT_STACK)}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    markers(graph),
  ];
  if (opts.background) {
    parts.push(`<rect width="100%" height="100%" fill="${escapeXml(safeColour(opts.background))}"/>`);
  }
  parts.push(
    `<text x="${MARGIN / 2}" y="32" font-size="20" font-weight="bold" fill="#0f172a">${escapeXml(opts.title)}</text>`,
    edgesSvg(graph, layout, project, opts.lang ?? 'zh'),
    nodesSvg(graph, layout, project),
    labelsSvg(graph, layout, project, opts.lang ?? 'zh'),
  );
  if (opts.legend !== false) parts.push(legendSvg(graph, width, opts.lang ?? 'zh'));
  parts.push('</svg>');
  return parts.join('\n');
}

function edgesSvg(graph: ApiGraph, layout: Layout, project: Projector, lang: 'zh' | 'en'): string {
  const lines: string[] = [];
  for (const r of graph.relationships) {
    const a = layout.get(r.start);
    const b = layout.get(r.end);
    if (!a || !b) continue;
    const [x1, y1] = project.at(a);
    const [x2, y2] = project.at(b);
    const [ex, ey] = shorten(x1, y1, x2, y2, b.size / 2 + 3);
    lines.push(
      `<line x1="${x1}" y1="${y1}" x2="${ex}" y2="${ey}" stroke="${relColor(r.type)}" marker-end="url(#arrow-${markerId(r.type)})"><title>${escapeXml(relNameIn(lang, r.type))}</title></line>`,
    );
  }
  return `<g class="edges" fill="none" stroke-width="1.2" stroke-opacity="0.75">${lines.join('\n')}</g>`;
}

function nodesSvg(graph: ApiGraph, layout: Layout, project: Projector): string {
  const circles: string[] = [];
  for (const n of graph.nodes) {
    const p = layout.get(n.id);
    if (!p) continue;
    const [x, y] = project.at(p);
    circles.push(
      `<circle cx="${x}" cy="${y}" r="${round(p.size / 2 + 2)}" fill="${labelColor(mainLabel(n))}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(n.id)}</title></circle>`,
    );
  }
  return `<g class="nodes">${circles.join('\n')}</g>`;
}

function labelsSvg(graph: ApiGraph, layout: Layout, project: Projector, lang: 'zh' | 'en'): string {
  const labelled = labelledNodes(graph);
  const texts: string[] = [];
  for (const n of graph.nodes) {
    const p = layout.get(n.id);
    if (!p || !labelled.has(n.id)) continue;
    const [x, y] = project.at(p);
    texts.push(`<text x="${round(x + p.size / 2 + 4)}" y="${round(y + 4)}">${escapeXml(canvasLabel(n, lang))}</text>`);
  }
  const style =
    'font-size="12" fill="#1e293b" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round"';
  return `<g class="labels" ${style}>${texts.join('\n')}</g>`;
}

/** Which nodes get a label: all in a small picture; in a large one every node that is not a measure
 *  and the best-connected measures, so that labels stay readable (like the explorer's label density). */
export function labelledNodes(graph: ApiGraph, max = LABEL_ALL_UP_TO): Set<string> {
  if (graph.nodes.length <= max) return new Set(graph.nodes.map((n) => n.id));
  const degree = new Map<string, number>();
  for (const r of graph.relationships) {
    degree.set(r.start, (degree.get(r.start) ?? 0) + 1);
    degree.set(r.end, (degree.get(r.end) ?? 0) + 1);
  }
  const measures = graph.nodes.filter((n) => mainLabel(n) === 'Measure');
  const others = graph.nodes.filter((n) => mainLabel(n) !== 'Measure');
  const top = [...measures].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0)).slice(0, max / 2);
  return new Set([...others, ...top].map((n) => n.id));
}

/** Maps layout coordinates into the picture, keeping the aspect ratio. */
function projector(
  layout: Layout,
  width: number,
): { at: (p: { x: number; y: number }) => [number, number]; height: number } {
  const xs = [...layout.values()].map((p) => p.x);
  const ys = [...layout.values()].map((p) => p.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 1);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 1);
  const inner = width - 2 * MARGIN - 160; // room on the right for labels
  const scale = inner / Math.max(maxX - minX, maxY - minY, 1);
  const height = Math.max(400, Math.round((maxY - minY) * scale + 2 * MARGIN + HEADER));
  return {
    at: (p) => [round(MARGIN + (p.x - minX) * scale), round(HEADER + MARGIN + (maxY - p.y) * scale)],
    height,
  };
}

function shorten(x1: number, y1: number, x2: number, y2: number, by: number): [number, number] {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy);
  if (len <= by) return [x2, y2];
  return [round(x2 - (dx / len) * by), round(y2 - (dy / len) * by)];
}

function markers(graph: ApiGraph): string {
  const types = [...new Set(graph.relationships.map((r) => r.type))];
  const defs = types.map(
    (t) =>
      `<marker id="arrow-${markerId(t)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${relColor(t)}"/></marker>`,
  );
  return `<defs>${defs.join('')}</defs>`;
}

/** A marker id safe for url(#…): letters, digits, dashes. */
function markerId(type: string): string {
  return Array.from(type, (c) => (/[A-Za-z0-9_-]/.test(c) ? c : `x${c.codePointAt(0)?.toString(16)}`)).join('');
}

function legendSvg(graph: ApiGraph, width: number, lang: 'zh' | 'en'): string {
  const counts = new Map<string, number>();
  for (const n of graph.nodes) counts.set(mainLabel(n), (counts.get(mainLabel(n)) ?? 0) + 1);
  const labels = [
    ...LABEL_ORDER.filter((l) => counts.has(l)),
    ...[...counts.keys()].filter((l) => !(LABEL_ORDER as readonly string[]).includes(l)),
  ];
  const rows = labels.map(
    (l, i) =>
      `<circle cx="${width - 170}" cy="${70 + i * 20}" r="6" fill="${labelColor(l)}"/><text x="${width - 158}" y="${74 + i * 20}" font-size="12" fill="#334155">${escapeXml(`${labelNameIn(lang, l)} (${counts.get(l) ?? 0})`)}</text>`,
  );
  return `<g class="legend">${rows.join('')}</g>`;
}

/** Only plain colour syntax is accepted for the background; anything else becomes white. */
export function safeColour(value: string): string {
  return /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([\d\s.,%]+\))$/.test(value.trim()) ? value.trim() : '#ffffff';
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
