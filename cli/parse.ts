// Pure argv parsers, one per command: argv in, the command's typed options out (or an Answer to print,
// such as --help), a UsageError for anything malformed. No I/O, no environment: the runner hands the
// result to the command's action (cli/actions/*), which does the work.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, type JsonValue } from '../core/api-types.ts';
import { UsageError } from '../core/errors.ts';

/** What a parser answers instead of options: text to print and the exit code (help, usage). */
export class Answer {
  constructor(
    readonly code: number,
    readonly text: string,
    readonly stream: 'out' | 'err',
  ) {}
}

export const USAGE = {
  db: 'usage: ftz db start|stop|status [--data-dir DIR] [--port N] [--json] | ftz db dump|restore FILE [--data-dir DIR]',
  extract: 'usage: ftz extract PATH… [--json] [--dictionaries DIR]',
  query: 'usage: ftz query NAME|FILE|--cypher TEXT [--param k=v]… [--format table|json|csv] | ftz query --list',
  export:
    'usage: ftz export (NAME|--cypher TEXT|--nodes id,id [--depth N]) [--param k=v]… --format graphml|gexf|json|csv|cypher|svg|png|html -o FILE',
};

/** node:util's parseArgs, its errors (unknown option, missing value) as UsageError. */
function args<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, positionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export interface DbOptions {
  action: 'start' | 'stop' | 'status' | 'dump' | 'restore';
  /** the archive of dump and restore */
  file?: string;
  dataDir?: string;
  port?: number;
  json: boolean;
}

export function parseDb(argv: string[]): DbOptions | Answer {
  const { values, positionals } = args(argv, {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    json: { type: 'boolean' },
  });
  const port = values.port === undefined ? undefined : Number.parseInt(values.port, 10);
  if (port !== undefined && !(port > 0 && port < 65536))
    throw new UsageError(`--port must be a TCP port, not '${values.port}'`);
  const action = positionals[0];
  const base = { dataDir: values['data-dir'], port, json: values.json ?? false };
  if (action === 'dump' || action === 'restore') {
    if (positionals.length !== 2) return new Answer(2, USAGE.db, 'err');
    return { action, file: positionals[1], ...base };
  }
  if (action !== 'start' && action !== 'stop' && action !== 'status') return new Answer(2, USAGE.db, 'err');
  return { action, ...base };
}

export interface LoadOptions {
  paths: string[]; // empty: data/plans
  dataDir?: string;
  warnings: boolean;
  /** a file claiming a document another file holds replaces it instead of being reported as a conflict */
  replace: boolean;
  /** the bulk importer for a first load into the empty bundled store: by the number of files (auto),
   *  whatever the number (--bulk), or never (--no-bulk) */
  bulk: 'auto' | 'always' | 'never';
}

export function parseLoad(argv: string[]): LoadOptions {
  const { values, positionals } = args(argv, {
    'data-dir': { type: 'string' },
    warnings: { type: 'boolean' },
    replace: { type: 'boolean' },
    bulk: { type: 'boolean' },
    'no-bulk': { type: 'boolean' },
  });
  if (values.bulk && values['no-bulk']) throw new UsageError('ftz load: --bulk and --no-bulk exclude each other');
  return {
    bulk: values.bulk ? 'always' : values['no-bulk'] ? 'never' : 'auto',
    paths: positionals,
    dataDir: values['data-dir'],
    warnings: values.warnings ?? false,
    replace: values.replace ?? false,
  };
}

export interface ExtractOptions {
  paths: string[];
  json: boolean;
  dictionaries?: string;
}

export function parseExtract(argv: string[]): ExtractOptions | Answer {
  const { values, positionals } = args(argv, {
    json: { type: 'boolean', default: false },
    dictionaries: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return new Answer(0, USAGE.extract, 'out');
  if (positionals.length === 0) throw new UsageError(USAGE.extract);
  return { paths: positionals, json: values.json, dictionaries: values.dictionaries };
}

export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export type QueryOptions =
  | { kind: 'list'; format: QueryFormat }
  | { kind: 'cypher'; cypher: string; params: Record<string, JsonValue>; format: QueryFormat }
  | { kind: 'saved'; target: string; pairs: string[]; format: QueryFormat };

export function parseQuery(argv: string[]): QueryOptions {
  const { values, positionals } = args(argv, {
    cypher: { type: 'string' },
    param: { type: 'string', multiple: true, default: [] },
    format: { type: 'string', default: 'table' },
    list: { type: 'boolean', default: false },
  });
  const format = values.format as QueryFormat;
  if (!QUERY_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${QUERY_FORMATS.join(', ')}`);
  if (values.list) return { kind: 'list', format };
  const target = positionals[0];
  if ((target === undefined) === (values.cypher === undefined) || positionals.length > 1)
    throw new UsageError(USAGE.query);
  if (values.cypher !== undefined)
    return { kind: 'cypher', cypher: values.cypher, params: adHocPairs(values.param), format };
  return { kind: 'saved', target: target ?? '', pairs: values.param, format };
}

/** `k=v` for ad-hoc Cypher: JSON when the value reads as JSON (5, true, ["a"]), else text. */
export function adHocPairs(pairs: string[]): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param needs key=value, got "${pair}"`);
    const raw = pair.slice(eq + 1);
    try {
      out[pair.slice(0, eq)] = JSON.parse(raw) as JsonValue;
    } catch {
      out[pair.slice(0, eq)] = raw;
    }
  }
  return out;
}

/** A saved query's `k=v` pairs are typed by its header, which only the action can read. */
export type ExportSourceOption =
  | { kind: 'saved'; name: string; pairs: string[] }
  | { kind: 'cypher'; cypher: string; params: Record<string, JsonValue> }
  | { kind: 'nodes'; ids: string[]; depth: number };

export interface ExportOptions {
  source: ExportSourceOption;
  format: ExportFormat;
  output: string;
  title?: string;
  /** the question an HTML briefing answers */
  question?: string;
  lang: 'zh' | 'en';
  background?: string;
  scale?: number;
}

export function parseExport(argv: string[]): ExportOptions {
  const { values, positionals } = args(argv, {
    cypher: { type: 'string' },
    nodes: { type: 'string' },
    depth: { type: 'string', default: '1' },
    param: { type: 'string', multiple: true, default: [] },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    title: { type: 'string' },
    question: { type: 'string' },
    lang: { type: 'string', default: 'zh' },
    background: { type: 'string' },
    scale: { type: 'string' },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!values.output) throw new UsageError('-o FILE is required');
  const sources = [positionals.length > 0, values.cypher !== undefined, values.nodes !== undefined].filter(Boolean);
  if (sources.length !== 1 || positionals.length > 1) throw new UsageError(USAGE.export);
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError('--lang must be zh or en');
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && !(scale > 0)) throw new UsageError('--scale must be a positive number');
  return {
    source: exportSource(values, positionals[0]),
    format,
    output: values.output,
    title: values.title,
    question: values.question,
    lang: values.lang,
    background: values.background,
    scale,
  };
}

function exportSource(
  values: { cypher?: string; nodes?: string; depth: string; param: string[] },
  name: string | undefined,
): ExportSourceOption {
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
  return { kind: 'saved', name: name ?? '', pairs: values.param };
}

export interface StartOptions {
  noLoad: boolean;
  dataDir?: string;
}

export function parseStart(argv: string[]): StartOptions {
  const { values } = args(argv, { 'no-load': { type: 'boolean' }, 'data-dir': { type: 'string' } }, false);
  return { noLoad: values['no-load'] ?? false, dataDir: values['data-dir'] };
}
