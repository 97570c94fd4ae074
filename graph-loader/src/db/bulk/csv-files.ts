// A GraphImage as the CSV files `neo4j-admin database import full` reads: one file per shape (labels or
// type, and the typed properties its rows carry), each with its own typed header (`dueDate:string`,
// `leads:long`, `score:double`, `ledInTree:boolean`, `aliases:string[]`, `starts:long[]`), so every
// property is stored with the type the transactional writer gives it (db/write.ts toNeo4j: a whole
// number is an integer, any other number a float, a list of whole numbers a list of integers). Lists
// the CSV cannot hold (empty, or one empty string) are returned, to be set after the import.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { FtzError } from '../../../../core/errors.ts';
import type { GraphImage, ImageRel, Value } from './graph-image.ts';

export class BulkCsvError extends FtzError {}

/** The array delimiter passed to the importer: a control character no document text holds. */
export const ARRAY_DELIMITER = '\u001f';
const EVIDENCE_LISTS = ['evidences', 'docIds', 'starts', 'ends', 'methods'] as const;

export interface CsvFiles {
  nodes: string[];
  relationships: string[];
  nodeCount: number;
  relationshipCount: number;
  /** list properties the CSV cannot hold (empty, or one empty string), set after the import */
  fixups: { node?: string; rel?: { type: string; start: string; end: string }; key: string; value: Value }[];
}

/** A list the importer cannot read back as it is: an empty cell is no property, so an empty list
 *  (the driver's LIST<NOTHING>) and a list of one empty string are set after the import. */
const unwritable = (value: Value): boolean =>
  Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === ''));

/** The CSV type of a value; `floats`: every number is a float (the SIMILAR_TO score, db/similar.ts). */
function typeOf(value: Value, floats = false): string | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) && !floats ? 'long' : 'double';
  if (!Array.isArray(value) || unwritable(value)) return null;
  const list = value as unknown[];
  if (list.every((v) => Number.isSafeInteger(v))) return 'long[]';
  if (list.every((v) => typeof v === 'number')) return 'double[]';
  return 'string[]';
}

function cell(value: Value | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const parts = (value as unknown[]).map(String);
    if (parts.some((p) => p.includes(ARRAY_DELIMITER)))
      throw new BulkCsvError(`a list value holds the array delimiter U+001F: ${parts.join(' ').slice(0, 80)}`);
    return `"${parts.join(ARRAY_DELIMITER).replaceAll('"', '""')}"`;
  }
  return `"${String(value).replaceAll('"', '""')}"`;
}

/** rows of a shape joined and written at once */
const FLUSH_ROWS = 2000;

/** Rows grouped by shape, written to one file each, FLUSH_ROWS at a time. */
class ShapeFiles {
  private readonly files = new Map<
    string,
    { path: string; stream: ReturnType<typeof createWriteStream>; rows: string[] }
  >();
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
  ) {}

  async write(shape: string, header: () => string, row: string): Promise<void> {
    let file = this.files.get(shape);
    if (!file) {
      const path = join(this.dir, `${this.prefix}-${this.files.size + 1}.csv`);
      file = { path, stream: createWriteStream(path), rows: [header()] };
      this.files.set(shape, file);
    }
    file.rows.push(row);
    if (file.rows.length >= FLUSH_ROWS) await this.flush(file);
  }

  private async flush(file: { stream: ReturnType<typeof createWriteStream>; rows: string[] }): Promise<void> {
    const text = `${file.rows.join('\n')}\n`;
    file.rows = [];
    if (!file.stream.write(text)) await once(file.stream, 'drain');
  }

  async close(): Promise<string[]> {
    for (const file of this.files.values()) if (file.rows.length > 0) await this.flush(file);
    await Promise.all([...this.files.values()].map(({ stream }) => new Promise((r) => stream.end(r))));
    return [...this.files.values()].map((f) => f.path);
  }
}

function typed(props: Record<string, Value>, skip: ReadonlySet<string>, floats = false): [string, string, Value][] {
  return Object.keys(props)
    .filter((k) => !skip.has(k))
    .sort()
    .flatMap((k) => {
      const v = props[k] as Value;
      const t = typeOf(v, floats);
      return t ? [[k, t, v] as [string, string, Value]] : [];
    });
}

function relProps(rel: ImageRel): Record<string, Value> {
  if (!rel.lists) return rel.props;
  const scalar = Object.fromEntries(
    Object.entries(rel.props).filter(([k]) => !(EVIDENCE_LISTS as readonly string[]).includes(k)),
  );
  return { ...scalar, ...rel.lists };
}

const NO_ID = new Set(['id']);
const NONE = new Set<string>();

export async function writeCsvFiles(image: GraphImage, dir: string): Promise<CsvFiles> {
  const fixups: CsvFiles['fixups'] = [];
  const nodeFiles = new ShapeFiles(dir, 'nodes');
  for (const node of image.nodes.values()) {
    const cols = typed(node.props, NO_ID);
    for (const [key, value] of Object.entries(node.props))
      if (unwritable(value)) fixups.push({ node: node.id, key, value });
    const labels = [...node.labels].sort().join(ARRAY_DELIMITER);
    const shape = `${labels}|${cols.map(([k, t]) => `${k}:${t}`).join(',')}`;
    const header = () => ['id:ID', ':LABEL', ...cols.map(([k, t]) => `${k}:${t}`)].join(',');
    await nodeFiles.write(shape, header, [cell(node.id), cell(labels), ...cols.map(([, , v]) => cell(v))].join(','));
  }
  const relFiles = new ShapeFiles(dir, 'relationships');
  for (const rel of image.rels.values()) {
    const props = relProps(rel);
    const cols = typed(props, NONE, rel.lists === null);
    for (const [key, value] of Object.entries(props))
      if (unwritable(value)) fixups.push({ rel: { type: rel.type, start: rel.start, end: rel.end }, key, value });
    const shape = `${rel.type}|${cols.map(([k, t]) => `${k}:${t}`).join(',')}`;
    const header = () => [':START_ID', ':END_ID', ':TYPE', ...cols.map(([k, t]) => `${k}:${t}`)].join(',');
    const row = [cell(rel.start), cell(rel.end), cell(rel.type), ...cols.map(([, , v]) => cell(v))].join(',');
    await relFiles.write(shape, header, row);
  }
  return {
    nodes: await nodeFiles.close(),
    relationships: await relFiles.close(),
    nodeCount: image.nodes.size,
    relationshipCount: image.rels.size,
    fixups,
  };
}
