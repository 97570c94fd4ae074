// A GraphImage as the CSV files `neo4j-admin database import full` reads: one file per group (the
// labels of a node, the type of a relationship) whose typed header holds every column its rows have
// (`dueDate:string`, `leads:long`, `score:double`, `ledInTree:boolean`, `aliases:string[]`,
// `starts:long[]`; a row leaves the others empty, which is no property; bulk/csv-rows.ts types them).
// Few files, because the importer reads a sample of each before it starts. Each row is typed once;
// the files are written one after another, encoded straight into buffers (bulk/csv-sink.ts). Nodes
// are numbered in the order they are written (`--id-type=actual`: the importer uses the numbers as the
// store's node ids and needs no id map); each node's `id` is an ordinary string column, and the
// relationships name their endpoints by number, so the relationship files hold no node ids. Lists the
// CSV cannot hold (empty, or one empty string) are returned, to be set after the import.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphImage, ImageNode, ImageRel, Value } from './graph-image.ts';
import { BulkCsvError, Layout, nodeRow, relRow } from './csv-rows.ts';
import type { Fixup, Placement, Row } from './csv-rows.ts';
import { CsvSink } from './csv-sink.ts';

export { ARRAY_DELIMITER, BulkCsvError } from './csv-rows.ts';

/** The importer's --id-type for these files: the :ID column holds the store's node ids. */
export const ID_TYPE = 'actual';

export interface CsvFiles {
  nodes: string[];
  relationships: string[];
  nodeCount: number;
  relationshipCount: number;
  /** the files (of nodes and relationships) with a cell that spans lines: only these are read
   *  line-aware by the importer, the others in parallel chunks */
  multiline: string[];
  /** list properties the CSV cannot hold (empty, or one empty string), set after the import */
  fixups: Fixup[];
}

interface FileRows<T> {
  header: string[];
  rows: { entity: T; row: Row; placement: Placement }[];
}

/** Each entity's row, grouped by the file it goes to (files in the order they are first met). */
function planFiles<T>(entities: Iterable<T>, rowOf: (entity: T) => Row): FileRows<T>[] {
  const typed: { entity: T; row: Row; placement: Placement | null }[] = [];
  const layout = new Layout();
  for (const entity of entities) {
    const row = rowOf(entity);
    layout.add(row);
    typed.push({ entity, row, placement: null });
  }
  const files = new Map<string, FileRows<T>>();
  for (const item of typed) {
    const placement = layout.place(item.row);
    item.placement = placement;
    let file = files.get(placement.file);
    if (!file) files.set(placement.file, (file = { header: placement.header, rows: [] }));
    file.rows.push(item as FileRows<T>['rows'][number]);
  }
  return [...files.values()];
}

/** Writes `files` as `<prefix>-<n>.csv`, each a header line (`lead` columns, then its own) and a line
 *  per row: its lead cells (`leadOf`), then its values in the header's order (empty: no property).
 *  Returns the paths, and those of the files with a cell that spans lines. */
async function writeFiles<T>(
  dir: string,
  prefix: string,
  files: FileRows<T>[],
  lead: string,
  leadOf: (sink: CsvSink, entity: T, row: Row) => void,
): Promise<{ paths: string[]; multiline: string[] }> {
  const paths: string[] = [];
  const multiline: string[] = [];
  for (const [i, file] of files.entries()) {
    const path = join(dir, `${prefix}-${i + 1}.csv`);
    paths.push(path);
    const handle = await open(path, 'w');
    const sink = new CsvSink(handle);
    try {
      sink.text([lead, ...file.header].join(','));
      sink.newline();
      for (const { entity, row, placement } of file.rows) {
        leadOf(sink, entity, row);
        for (const index of placement.from) {
          sink.comma();
          if (index >= 0) sink.value(row.values[index] as Value);
        }
        sink.newline();
        if (sink.full) await sink.drain();
      }
      await sink.end();
      if (sink.multiline) multiline.push(path);
    } finally {
      await sink.settle();
      await handle.close();
    }
  }
  return { paths, multiline };
}

export async function writeCsvFiles(image: GraphImage, dir: string): Promise<CsvFiles> {
  const fixups: Fixup[] = [];
  const numbers = new Map<string, number>();
  const nodeFiles = planFiles(image.nodes.values(), (n: ImageNode) => nodeRow(n, fixups));
  const nodes = await writeFiles(dir, 'nodes', nodeFiles, ':ID,id:string,:LABEL', (sink, node, row) => {
    const number = numbers.size;
    numbers.set(node.id, number);
    sink.text(`${number},`);
    sink.quoted(node.id);
    sink.comma();
    sink.quoted(row.group);
  });
  const numberOf = (id: string): number => {
    const number = numbers.get(id);
    if (number === undefined) throw new BulkCsvError(`a relationship names a node the image does not hold: ${id}`);
    return number;
  };
  const relFiles = planFiles(image.rels.values(), (r: ImageRel) => relRow(r, fixups));
  const relationships = await writeFiles(
    dir,
    'relationships',
    relFiles,
    ':START_ID,:END_ID,:TYPE',
    (sink, rel, row) => {
      sink.text(`${numberOf(rel.start)},${numberOf(rel.end)},`);
      sink.quoted(row.group);
    },
  );
  return {
    nodes: nodes.paths,
    relationships: relationships.paths,
    nodeCount: image.nodes.size,
    relationshipCount: image.rels.size,
    multiline: [...nodes.multiline, ...relationships.multiline],
    fixups,
  };
}
