// Export dispatch: resolve the source to a subgraph, then hand it to the writer of the format (one
// file per format in this folder). Used by POST /api/export and `ftz export`.
import { ParameterError } from '../../core/errors.ts';
import { EXPORT_FORMATS } from '../../core/api-types.ts';
import type { ExportFormat, ExportRequest } from '../../core/api-types.ts';
import { briefingContext } from './briefing-data.ts';
import { toCsvZip } from './csv.ts';
import { toCypherScript } from './cypher-script.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toHtmlBriefing } from './html.ts';
import { toFragmentJson } from './json.ts';
import { layoutGraph } from './layout.ts';
import { toPng } from './png.ts';
import { resolveSubgraph } from './subgraph.ts';
import type { ExportReads, Subgraph } from './subgraph.ts';
import { displayName } from '../../core/display.ts';
import { toSvg } from './svg.ts';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array | string;
  nodes: number;
  relationships: number;
  truncated: boolean;
}

const TYPES: Record<ExportFormat, { ext: string; type: string }> = {
  graphml: { ext: 'graphml', type: 'application/graphml+xml; charset=utf-8' },
  gexf: { ext: 'gexf', type: 'application/gexf+xml; charset=utf-8' },
  json: { ext: 'json', type: 'application/json; charset=utf-8' },
  csv: { ext: 'zip', type: 'application/zip' },
  cypher: { ext: 'cypher', type: 'text/plain; charset=utf-8' },
  svg: { ext: 'svg', type: 'image/svg+xml; charset=utf-8' },
  png: { ext: 'png', type: 'image/png' },
  html: { ext: 'html', type: 'text/html; charset=utf-8' },
};

export async function exportGraph(service: ExportReads, req: ExportRequest): Promise<ExportFile> {
  if (!EXPORT_FORMATS.includes(req.format)) {
    throw new ParameterError(`unknown export format "${String(req.format)}" (use ${EXPORT_FORMATS.join(', ')})`);
  }
  const graph = await resolveSubgraph(service, req.source);
  const title = req.options?.title ?? (await defaultTitle(service, req, graph));
  const body = await render(service, graph, { ...req, options: { ...req.options, title } });
  const { ext, type } = TYPES[req.format];
  return {
    fileName: `${baseName(req)}.${ext}`,
    contentType: type,
    body,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    truncated: graph.truncated,
  };
}

async function render(service: ExportReads, graph: Subgraph, req: ExportRequest): Promise<Uint8Array | string> {
  const options = req.options ?? {};
  const title = options.title ?? baseName(req);
  switch (req.format) {
    case 'graphml':
      return toGraphml(graph);
    case 'gexf':
      return toGexf(graph, layoutGraph(graph));
    case 'json':
      return toFragmentJson(graph);
    case 'csv':
      return toCsvZip(graph);
    case 'cypher':
      return toCypherScript(graph, { title });
    case 'svg':
      return toSvg(graph, layoutGraph(graph), { title, background: options.background, lang: options.lang });
    case 'png': {
      const svg = toSvg(graph, layoutGraph(graph), {
        title,
        background: options.background ?? '#ffffff',
        lang: options.lang,
      });
      return toPng(svg, { scale: options.scale ?? 2 });
    }
    case 'html': {
      const svg = toSvg(graph, layoutGraph(graph), { title, background: '#ffffff', lang: options.lang, legend: false });
      return toHtmlBriefing(graph, svg, await briefingContext(service.ctx, graph), {
        title,
        lang: options.lang ?? 'zh',
        question: options.question,
        asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
      });
    }
  }
}

/** The picture's title: the saved query's title, the names of the chosen nodes, or "Cypher". */
async function defaultTitle(service: ExportReads, req: ExportRequest, graph: Subgraph): Promise<string> {
  const zh = (req.options?.lang ?? 'zh') === 'zh';
  const source = req.source;
  if (source.kind === 'saved') {
    const query = await service.getQuery(source.name);
    return zh ? query.title.zh : query.title.en;
  }
  if (source.kind === 'cypher') return zh ? 'Cypher 查询结果' : 'Cypher result';
  const names = source.ids
    .map((id) => graph.nodes.find((n) => n.id === id))
    .filter((n) => n !== undefined)
    .map((n) => displayName(n));
  const depth = source.depth ?? 1;
  const shown = names.slice(0, 3).join('、') + (names.length > 3 ? ' …' : '');
  return zh ? `${shown}（${depth} 步以内）` : `${shown} (within ${depth} steps)`;
}

/** "ftz-lead-bureaus-by-industry", "ftz-cypher", "ftz-nodes": names the downloaded file. */
export function baseName(req: ExportRequest): string {
  const source = req.source;
  if (source.kind === 'saved') return `ftz-${source.name}`;
  if (source.kind === 'cypher') return 'ftz-cypher';
  return 'ftz-nodes';
}
