// `ftz export (NAME|--cypher TEXT|--nodes id,id [--depth N]) [--param k=v]… --format F -o FILE`:
// writes a subgraph as GraphML, GEXF, JSON, CSV (zip), a Cypher script, SVG, PNG or an HTML briefing,
// through the same query service as the API.
import { writeFile } from 'node:fs/promises';
import type { ExportSource } from '../../core/api-types.ts';
import { parseParamPairs } from '../../query-service/saved-queries/params.ts';
import type { QueryService } from '../../query-service/service.ts';
import type { ExportOptions } from '../parse.ts';
import { withService } from './query.ts';

export async function exportAction(options: ExportOptions): Promise<number> {
  const { format, title, question, lang, background, scale } = options;
  const file = await withService(async (service) =>
    service.export({
      source: await sourceOf(options.source, service),
      format,
      options: { title, question, lang, background, scale },
    }),
  );
  await writeFile(options.output, file.body);
  console.log(
    `wrote ${options.output}: ${format}, ${file.nodes} nodes, ${file.relationships} relationships${file.truncated ? ' (cut at the row cap)' : ''}`,
  );
  return 0;
}

/** A saved query's `k=v` pairs are typed by its header, read through the service. */
async function sourceOf(source: ExportOptions['source'], service: QueryService): Promise<ExportSource> {
  if (source.kind !== 'saved') return source;
  const query = await service.getQuery(source.name);
  return { kind: 'saved', name: query.name, params: parseParamPairs(query, source.pairs) };
}
