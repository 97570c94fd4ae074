// A GraphImage as the CSV files `neo4j-admin database import full` reads: one file per group (the
// labels of a node, the type of a relationship) whose typed header holds every column its rows have
// (`dueDate:string`, `leads:long`, `score:double`, `ledInTree:boolean`, `aliases:string[]`,
// `starts:long[]`; a row leaves the others empty, which is no property), so every property is stored
// with the type the transactional writer gives it (db/write.ts toNeo4j: a whole number is an integer,
// any other number a float, a list of whole numbers a list of integers); a row whose property has
// another type than its group's goes to a file of its own shape. Few files, because the importer
// reads a sample of each before it starts. The rows are gathered and written a megabyte at a time.
// Lists the CSV cannot hold (empty, or one empty string) are returned, to be set after the import.
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { FtzError } from '../../../../core/errors.ts';
import { EVIDENCE_LISTS } from '../write.ts';
import type { GraphImage, ImageNode, ImageRel, Value } from './graph-image.ts';

export class BulkCsvError extends FtzError {}

/** The array delimiter passed to the importer: a control character no document text holds. */
export const ARRAY_DELIMITER = '\u001f';

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

function cell(value: Value): string {
  if (Array.isArray(value)) {
    const parts = (value as unknown[]).map(String);
    if (parts.some((p) => p.includes(ARRAY_DELIMITER)))
      throw new BulkCsvError(`a list value holds the array delimiter U+001F: ${parts.join(' ').slice(0, 80)}`);
    return quoted(parts.join(ARRAY_DELIMITER));
  }
  return quoted(String(value));
}

const quoted = (text: string): string => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

/** characters of a shape's rows gathered before they are written at once */
const CHUNK_CHARS = 1 << 20;

interface ShapeFile {
  path: string;
  handle: Promise<FileHandle>;
  rows: string;
}

/** Rows grouped by file, each file written about a megabyte at a time (one write in flight: the
 *  rows go on being joined while it runs). */
class ShapeFiles {
  private readonly files = new Map<string, ShapeFile>();
  private pending: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
  ) {}

  /** Adds a row; returns a promise to await when a chunk went to disk (else null). */
  add(shape: string, header: string, row: string): Promise<unknown> | null {
    let file = this.files.get(shape);
    if (!file) {
      const path = join(this.dir, `${this.prefix}-${this.files.size + 1}.csv`);
      const handle = open(path, 'w');
      handle.catch(() => {}); // awaited by the first write or by close
      file = { path, handle, rows: `${header}\n` };
      this.files.set(shape, file);
    }
    file.rows += `${row}\n`;
    return file.rows.length >= CHUNK_CHARS ? this.flush(file) : null;
  }

  private flush(file: ShapeFile): Promise<unknown> {
    const text = file.rows;
    file.rows = '';
    const previous = this.pending;
    const write = (async () => {
      await previous;
      await (await file.handle).write(text);
    })();
    write.catch(() => {}); // awaited by the next flush or by close
    this.pending = write;
    return previous;
  }

  async close(): Promise<string[]> {
    try {
      for (const file of this.files.values()) if (file.rows.length > 0) void this.flush(file);
      await this.pending;
    } finally {
      await Promise.allSettled([...this.files.values()].map(async (f) => (await f.handle).close()));
    }
    return [...this.files.values()].map((f) => f.path);
  }
}

type Lists = NonNullable<ImageRel['lists']>;
const isList = new Set<string>(EVIDENCE_LISTS);

/** A row: its group (labels, or type), the columns it has (`key:type`, sorted) and their values. */
interface Row {
  group: string;
  cols: string[];
  values: Value[];
}

/** A row's typed columns: its keys sorted, each with its CSV type (untyped values left out); a key of
 *  `lists` (the evidence lists) is read there; `floats` as in typeOf. */
function typedRow(group: string, keys: string[], entity: Entity, floats: boolean): Row {
  keys.sort();
  const { props, lists } = entity;
  const row: Row = { group, cols: [], values: [] };
  for (const key of keys) {
    const value = (lists && isList.has(key) ? lists[key as keyof Lists] : props[key]) as Value;
    const type = typeOf(value, floats);
    if (!type) continue;
    row.cols.push(`${key}:${type}`);
    row.values.push(value);
  }
  return row;
}

interface Entity {
  props: Record<string, Value>;
  lists: Lists | null;
}

/** A relationship's keys: its properties, the evidence lists in place of those of the first span. */
function relKeys({ props, lists }: ImageRel): string[] {
  const keys: string[] = [];
  for (const key in props) if (!lists || !isList.has(key)) keys.push(key);
  if (lists) keys.push(...EVIDENCE_LISTS);
  return keys;
}

const nodeRow = (node: ImageNode): Row =>
  typedRow(
    [...node.labels].sort().join(ARRAY_DELIMITER),
    Object.keys(node.props).filter((k) => k !== 'id'),
    { props: node.props, lists: null },
    false,
  );
const relRow = (rel: ImageRel): Row => typedRow(rel.type, relKeys(rel), rel, rel.lists === null);

function fixupsOf(image: GraphImage): CsvFiles['fixups'] {
  const fixups: CsvFiles['fixups'] = [];
  for (const node of image.nodes.values())
    for (const [key, value] of Object.entries(node.props))
      if (unwritable(value)) fixups.push({ node: node.id, key, value });
  for (const rel of image.rels.values())
    for (const key of relKeys(rel)) {
      const value = (rel.lists && isList.has(key) ? rel.lists[key as keyof Lists] : rel.props[key]) as Value;
      if (unwritable(value)) fixups.push({ rel: { type: rel.type, start: rel.start, end: rel.end }, key, value });
    }
  return fixups;
}

const keyOf = (col: string): string => col.slice(0, col.lastIndexOf(':'));

/** One file per group (labels, or type) whose header holds every column its rows have (a row leaves
 *  the others empty: no property); a row whose key has another type than the group's goes to a file
 *  of its own shape. Fewer, larger files: the importer samples each file before it starts. */
class Layout {
  private readonly groups = new Map<string, Map<string, string>>();
  private readonly orders = new Map<string, Map<string, number>>();

  add(row: Row): void {
    let cols = this.groups.get(row.group);
    if (!cols) this.groups.set(row.group, (cols = new Map()));
    for (const col of row.cols) if (!cols.has(keyOf(col))) cols.set(keyOf(col), col);
  }

  /** The file a row goes to, its header columns and its cells. */
  place(row: Row): { file: string; cols: string[]; cells: string } {
    const cols = this.groups.get(row.group) as Map<string, string>;
    if (!row.cols.every((c) => cols.get(keyOf(c)) === c))
      return { file: `${row.group}|${row.cols.join(',')}`, cols: row.cols, cells: row.values.map(cell).join(',') };
    let order = this.orders.get(row.group);
    if (!order) {
      order = new Map([...cols.values()].sort().map((c, i) => [c, i]));
      this.orders.set(row.group, order);
    }
    const cells = new Array<string>(order.size).fill('');
    for (const [i, col] of row.cols.entries()) cells[order.get(col) as number] = cell(row.values[i] as Value);
    return { file: row.group, cols: [...order.keys()], cells: cells.join(',') };
  }
}

async function writeRows<T>(
  entities: () => Iterable<T>,
  rowOf: (entity: T) => Row,
  lead: (entity: T) => string,
  files: ShapeFiles,
  header: string,
): Promise<string[]> {
  const layout = new Layout();
  for (const entity of entities()) layout.add(rowOf(entity));
  for (const entity of entities()) {
    const { file, cols, cells } = layout.place(rowOf(entity));
    const more = cols.length > 0;
    await files.add(
      file,
      more ? `${header},${cols.join(',')}` : header,
      more ? `${lead(entity)},${cells}` : lead(entity),
    );
  }
  return files.close();
}

export async function writeCsvFiles(image: GraphImage, dir: string): Promise<CsvFiles> {
  const fixups = fixupsOf(image);
  const nodes = await writeRows(
    () => image.nodes.values(),
    nodeRow,
    (n) => `${cell(n.id)},${cell([...n.labels].sort().join(ARRAY_DELIMITER))}`,
    new ShapeFiles(dir, 'nodes'),
    'id:ID,:LABEL',
  );
  const relationships = await writeRows(
    () => image.rels.values(),
    relRow,
    (r) => `${cell(r.start)},${cell(r.end)},${cell(r.type)}`,
    new ShapeFiles(dir, 'relationships'),
    ':START_ID,:END_ID,:TYPE',
  );
  return { nodes, relationships, nodeCount: image.nodes.size, relationshipCount: image.rels.size, fixups };
}
