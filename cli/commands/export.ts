// `ftz export (NAME|--cypher TEXT|--nodes id,id [--depth N]) [--param k=v]… --format F -o FILE`:
// writes a subgraph as GraphML, GEXF, JSON, CSV (zip), a Cypher script, SVG, PNG or an HTML briefing,
// through the same query service as the API.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ExportFormat, ExportSource } from '../../core/api-types.ts';
import { EXPORT_FORMATS } from '../../query-service/export/index.ts';
import { parseParamPairs } from '../../query-service/saved-queries/params.ts';
import { UsageError } from '../../core/errors.ts';
import { adHocPairs, withService } from './query.ts';

const USAGE =
  'usage: ftz export (NAME|--cypher TEXT|--nodes id,id [--depth N]) [--param k=v]… --format graphml|gexf|json|csv|cypher|svg|png|html -o FILE';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      cypher: { type: 'string' },
      nodes: { type: 'string' },
      depth: { type: 'string', default: '1' },
      param: { type: 'string', multiple: true, default: [] },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      background: { type: 'string' },
      scale: { type: 'string' },
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.output) throw new UsageError('-o FILE is required');
  const sources = [positionals.length > 0, values.cypher !== undefined, values.nodes !== undefined].filter(
    Boolean,
  ).length;
  if (sources !== 1 || positionals.length > 1) throw new UsageError(USAGE);
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError('--lang must be zh or en');
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && !(scale > 0)) throw new UsageError('--scale must be a positive number');
  const file = await withService(async (service) => {
    const source = await sourceOf(values, positionals[0], (name) => service.getQuery(name));
    return service.export({
      source,
      format,
      options: { title: values.title, lang: values.lang as 'zh' | 'en', background: values.background, scale },
    });
  });
  await writeFile(values.output, file.body);
  console.log(
    `wrote ${values.output}: ${format}, ${file.nodes} nodes, ${file.relationships} relationships${file.truncated ? ' (cut at the row cap)' : ''}`,
  );
  return 0;
}

async function sourceOf(
  values: { cypher?: string; nodes?: string; depth: string; param: string[] },
  name: string | undefined,
  getQuery: (name: string) => Promise<Parameters<typeof parseParamPairs>[0]>,
): Promise<ExportSource> {
  if (values.cypher !== undefined) return { kind: 'cypher', cypher: values.cypher, params: adHocPairs(values.param) };
  if (values.nodes !== undefined) {
    const depth = Number(values.depth);
    if (!Number.isInteger(depth)) throw new UsageError('--depth must be an integer (0–3)');
    const ids = values.nodes
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return { kind: 'nodes', ids, depth };
  }
  const query = await getQuery(name ?? '');
  return { kind: 'saved', name: query.name, params: parseParamPairs(query, values.param) };
}
