// The rows of the bulk CSV (bulk/csv-files.ts): each node or relationship typed once as the
// transactional writer stores it (db/write.ts toNeo4j: a whole number is an integer, any other number
// a float, a list of whole numbers a list of integers), the lists the CSV cannot hold (empty, or one
// empty string) set aside as fix-ups, and the file each row goes to: one per group (the labels of a
// node, the type of a relationship) whose header holds every column its rows have (a row leaves the
// others empty, which is no property); a row whose property has another type than its group's goes to
// a file of its own shape.
import { FtzError } from '../../../../core/errors.ts';
import { EVIDENCE_LISTS } from '../write.ts';
import type { ImageNode, ImageRel, Value } from './graph-image.ts';

export class BulkCsvError extends FtzError {}

/** The array delimiter passed to the importer: a control character no document text holds. */
export const ARRAY_DELIMITER = '\u001f';

/** A list property the CSV cannot hold, set after the import. */
export interface Fixup {
  node?: string;
  rel?: { type: string; start: string; end: string };
  key: string;
  value: Value;
}

/** A list the importer cannot read back as it is: an empty cell is no property, so an empty list
 *  (the driver's LIST<NOTHING>) and a list of one empty string are set after the import. */
const unwritable = (value: Value): boolean =>
  Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === ''));

/** The CSV type of a value; `floats`: every number is a float (the SIMILAR_TO score, db/similar.ts). */
function typeOf(value: Value, floats: boolean): string | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) && !floats ? 'long' : 'double';
  if (!Array.isArray(value) || unwritable(value)) return null;
  const list = value as unknown[];
  if (list.every((v) => Number.isSafeInteger(v))) return 'long[]';
  if (list.every((v) => typeof v === 'number')) return 'double[]';
  return 'string[]';
}

type Lists = NonNullable<ImageRel['lists']>;
const isList = new Set<string>(EVIDENCE_LISTS);

/** A row: its group (labels, or type), its typed columns (`key:type`, keys sorted), their values and
 *  the columns joined (its shape). */
export interface Row {
  group: string;
  cols: string[];
  values: Value[];
  shape: string;
}

/** A row's typed columns: `keys` sorted, each with its CSV type; a key of `lists` (the evidence lists)
 *  is read there; an unwritable list goes to `fixup` instead; `floats` as in typeOf. */
function typedRow(group: string, keys: string[], entity: Entity, fixup: (key: string, value: Value) => void): Row {
  keys.sort();
  const { props, lists, floats } = entity;
  const row: Row = { group, cols: [], values: [], shape: '' };
  for (const key of keys) {
    const value = (lists && isList.has(key) ? lists[key as keyof Lists] : props[key]) as Value;
    const type = typeOf(value, floats);
    if (!type) {
      if (unwritable(value)) fixup(key, value);
      continue;
    }
    row.cols.push(`${key}:${type}`);
    row.values.push(value);
  }
  row.shape = row.cols.join(',');
  return row;
}

interface Entity {
  props: Record<string, Value>;
  lists: Lists | null;
  floats: boolean;
}

/** A relationship's keys: its properties, the evidence lists in place of those of the first span. */
function relKeys({ props, lists }: ImageRel): string[] {
  const keys: string[] = [];
  for (const key in props) if (!lists || !isList.has(key)) keys.push(key);
  if (lists) keys.push(...EVIDENCE_LISTS);
  return keys;
}

/** A node's row (its group: its labels sorted, joined as the :LABEL cell holds them). */
export function nodeRow(node: ImageNode, fixups: Fixup[]): Row {
  const keys: string[] = [];
  for (const key in node.props) if (key !== 'id') keys.push(key);
  const entity = { props: node.props, lists: null, floats: false };
  const group = [...node.labels].sort().join(ARRAY_DELIMITER);
  return typedRow(group, keys, entity, (key, value) => fixups.push({ node: node.id, key, value }));
}

export function relRow(rel: ImageRel, fixups: Fixup[]): Row {
  const { type, start, end } = rel;
  const entity = { props: rel.props, lists: rel.lists, floats: rel.lists === null };
  return typedRow(type, relKeys(rel), entity, (key, value) => fixups.push({ rel: { type, start, end }, key, value }));
}

const keyOf = (col: string): string => col.slice(0, col.lastIndexOf(':'));

/** Where a shape's rows go: their file, its header, and for each header column the index of the
 *  row's value for it (-1: none, an empty cell). */
export interface Placement {
  file: string;
  header: string[];
  from: number[];
}

/** One file per group whose header holds every column its rows have; a row whose key has another type
 *  than the group's goes to a file of its own shape. Fewer, larger files: the importer samples each
 *  file before it starts. `add` every row first, then `place` them. */
export class Layout {
  private readonly groups = new Map<string, Map<string, string>>();
  private readonly headers = new Map<string, string[]>();
  private readonly placements = new Map<string, Placement>();

  add(row: Row): void {
    let cols = this.groups.get(row.group);
    if (!cols) this.groups.set(row.group, (cols = new Map()));
    for (const col of row.cols) if (!cols.has(keyOf(col))) cols.set(keyOf(col), col);
  }

  place(row: Row): Placement {
    const id = `${row.group}|${row.shape}`;
    let placement = this.placements.get(id);
    if (!placement) this.placements.set(id, (placement = this.placeShape(row)));
    return placement;
  }

  private placeShape(row: Row): Placement {
    const cols = this.groups.get(row.group) as Map<string, string>;
    if (!row.cols.every((c) => cols.get(keyOf(c)) === c))
      return { file: `${row.group}|${row.shape}`, header: row.cols, from: row.cols.map((_, i) => i) };
    let header = this.headers.get(row.group);
    if (!header) this.headers.set(row.group, (header = [...cols.values()].sort()));
    return { file: row.group, header, from: header.map((c) => row.cols.indexOf(c)) };
  }
}
