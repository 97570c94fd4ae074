// `ftz query NAME|FILE|--cypher TEXT [--param k=v]… [--format table|json|csv]` and `ftz query --list`:
// runs a saved query, a .cypher file or ad-hoc Cypher through the same read-only query service as the
// API (no HTTP), and prints the rows.
import { existsSync } from 'node:fs';
import Table from 'cli-table3';
import type { JsonValue, QueryResult, SavedQueryInfo } from '../../core/api-types.ts';
import type { QueryFormat, QueryOptions } from '../parse.ts';
import { cell } from '../../query-service/export/csv.ts';
import { loadQueryFile } from '../../query-service/saved-queries/library.ts';
import { parseParamPairs } from '../../query-service/saved-queries/params.ts';
import { createQueryService, limitsFromEnv } from '../../query-service/service.ts';
import type { QueryService } from '../../query-service/service.ts';
import { openDriver, resolveConnection } from '../../database/connection.ts';
import { UsageError } from '../../core/errors.ts';

const PLAIN = { head: [], border: [] };

/** Opens the driver from the environment (NEO4J_* or the bundled server) and runs `fn` with a service.
 *  Short retries: a Neo4j that is not there is said in seconds (the driver's default retries for 30 s). */
export async function withService<T>(fn: (service: QueryService) => Promise<T>): Promise<T> {
  const settings = await resolveConnection();
  const driver = openDriver(settings, { maxTransactionRetryTime: 3_000, connectionAcquisitionTimeout: 10_000 });
  try {
    return await fn(createQueryService({ driver, database: settings.database, ...limitsFromEnv() }));
  } finally {
    await driver.close();
  }
}

export async function queryAction(options: QueryOptions): Promise<number> {
  if (options.kind === 'list') return withService(async (service) => printList(await service.listQueries()));
  const result = await withService(async (service) => {
    if (options.kind === 'cypher') return service.runCypher(options.cypher, options.params);
    const query = await findQuery(service, options.target);
    return service.runQuery(query, parseParamPairs(query, options.pairs));
  });
  printResult(result, options.format);
  return 0;
}

async function findQuery(service: QueryService, target: string): Promise<SavedQueryInfo> {
  if (target.endsWith('.cypher') || target.includes('/')) {
    if (!existsSync(target)) throw new UsageError(`no such query file: ${target}`);
    return loadQueryFile(target);
  }
  return service.getQuery(target);
}

function printList(queries: SavedQueryInfo[]): number {
  const table = new Table({
    head: ['name', 'title', 'topic', 'view', 'parameters'],
    wordWrap: true,
    colWidths: [34, 44, 12, 7, 40],
    style: PLAIN,
  });
  for (const q of queries) {
    const params = q.params
      .map((p) => `${p.name}:${p.type}${p.default === null ? '' : `=${JSON.stringify(p.default)}`}`)
      .join(' ');
    table.push([q.builtIn ? q.name : `${q.name} (user)`, `${q.title.zh}\n${q.title.en}`, q.topic, q.view, params]);
  }
  console.log(table.toString());
  console.log(`${queries.length} queries`);
  return 0;
}

function printResult(result: QueryResult, format: QueryFormat): void {
  if (format === 'json') {
    console.log(
      JSON.stringify(
        { columns: result.columns, rows: result.rows, truncated: result.truncated, total: result.total },
        null,
        2,
      ),
    );
  } else if (format === 'csv') {
    const lines = [
      result.columns.map((c) => cell(c)).join(','),
      ...result.rows.map((r) => result.columns.map((c) => cell(plain(r[c] ?? null))).join(',')),
    ];
    console.log(lines.join('\n'));
  } else {
    const table = new Table({ head: result.columns, wordWrap: true, style: PLAIN });
    for (const row of result.rows) table.push(result.columns.map((c) => cut(text(row[c] ?? null))));
    console.log(table.toString());
    console.log(`${result.rows.length} rows in ${result.elapsedMs} ms`);
  }
  if (result.truncated)
    console.error(
      `note: ${result.rows.length} of ${result.total ?? 'more'} rows shown: the result was cut at the row cap of ${result.rowCap} rows (FTZ_ROW_CAP)`,
    );
}

/** Nodes and relationships print as their name / type; lists joined; the rest as JSON. */
function plain(value: JsonValue): JsonValue {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('labels' in value && 'properties' in value) {
      const p = value['properties'] as Record<string, JsonValue>;
      return (p['name'] ?? p['title'] ?? value['id']) as JsonValue;
    }
    if ('type' in value && 'start' in value && 'end' in value)
      return `${String(value['start'])} -[${String(value['type'])}]-> ${String(value['end'])}`;
  }
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Table cells stay readable: long text is cut (--format json or csv gives it whole). */
function cut(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function text(value: JsonValue): string {
  const v = plain(value);
  if (v === null) return '';
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('、');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
