// The bulk path's CSV (graph-loader/src/db/bulk/csv-files.ts): each property typed as the transactional
// writer stores it, one file per shape, and the lists CSV cannot hold returned as fix-ups; and the
// in-memory graph's merge rules (graph-image.ts): `+=` of later writes, a cited Policy never
// overwriting a Document, one relationship per (type, start, end) with every span in its lists.
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fragment, GraphRelationship } from '../../../core/model.ts';
import { multilineArgs } from '../../../database/admin-tool.ts';
import { ARRAY_DELIMITER, writeCsvFiles } from '../../../graph-loader/src/db/bulk/csv-files.ts';
import { CsvSink } from '../../../graph-loader/src/db/bulk/csv-sink.ts';
import { GraphImage } from '../../../graph-loader/src/db/bulk/graph-image.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const rel = (type: string, start: string, end: string, docId: string, at: number): GraphRelationship =>
  ({
    type,
    start,
    end,
    properties: { docId, evidence: `e${at}`, start: at, end: at + 1, method: 'rule' },
  }) as unknown as GraphRelationship;

function doc(id: string, props: Record<string, unknown>, agency: Record<string, unknown>): Fragment {
  return {
    nodes: [
      { id, labels: ['Document', 'Policy'], properties: { title: id, ...props } },
      { id: 'agency:海关', labels: ['Agency'], properties: { name: '海关', ...agency } },
      { id: 'policy:cited', labels: ['Policy'], properties: { title: `cited by ${id}` } },
    ],
    relationships: [rel('ISSUED_BY', id, 'agency:海关', id, 1), rel('CITES', id, 'policy:cited', id, 2)],
  } as Fragment;
}

describe('the bulk CSV files', () => {
  it.each([
    ['a whole number', { n: 3 }, 'n:long', '"3"'],
    ['a fraction', { n: 0.5 }, 'n:double', '"0.5"'],
    ['a boolean', { b: true }, 'b:boolean', '"true"'],
    ['a string', { s: '跨境 "电商"' }, 's:string', '"跨境 ""电商"""'],
    ['strings', { a: ['甲', '乙'] }, 'a:string[]', `"甲${ARRAY_DELIMITER}乙"`],
    ['whole numbers', { a: [1, 2] }, 'a:long[]', `"1${ARRAY_DELIMITER}2"`],
    ['numbers', { a: [1, 2.5] }, 'a:double[]', `"1${ARRAY_DELIMITER}2.5"`],
  ])('types %s', async (_name, props, column, value) => {
    const image = new GraphImage();
    image.writeFragment({ nodes: [{ id: 'zone:x', labels: ['Zone'], properties: props as never }], relationships: [] });
    const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-csv-'));
    dirs.push(dir);
    const csv = await writeCsvFiles(image, dir);
    const [header, row] = (await readFile(csv.nodes[0] as string, 'utf8')).split('\n');
    expect(header).toBe(`:ID,id:string,:LABEL,${column}`);
    expect(row).toBe(`0,"zone:x","Zone",${value}`);
    expect(csv.fixups).toEqual([]);
  });

  it('names the files with a cell that spans lines, and only those', async () => {
    const image = new GraphImage();
    const nodes = [
      { id: 'zone:a', labels: ['Zone'], properties: { note: '第一条\n第二条' } },
      { id: 'zone:b', labels: ['Zone'], properties: { note: '一行\r' } },
      { id: 'agency:甲', labels: ['Agency'], properties: { name: '甲' } },
    ];
    image.writeFragment({
      nodes,
      relationships: [rel('LEADS', 'agency:甲', 'zone:a', 'doc', 1)],
    } as unknown as Fragment);
    const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-csv-'));
    dirs.push(dir);
    const csv = await writeCsvFiles(image, dir);
    const zones = [];
    for (const f of csv.nodes) if ((await readFile(f, 'utf8')).includes('"zone:a"')) zones.push(f);
    expect(zones).toHaveLength(1);
    expect(csv.multiline).toEqual(zones);
    expect(csv.relationships).toHaveLength(1);
  });

  it('asks the importer to read line-aware only the files that need it', () => {
    expect(multilineArgs([])).toEqual(['--multiline-fields=false']);
    expect(multilineArgs(['/s/nodes-1.csv', '/s/relationships-3.csv'])).toEqual([
      '--multiline-fields-format=v2',
      '--multiline-fields=/s/nodes-1.csv,/s/relationships-3.csv',
    ]);
    // a path with a comma cannot be listed: every file is read line-aware
    expect(multilineArgs(['/data,1/nodes-1.csv'])).toEqual(['--multiline-fields=true']);
  });

  it('returns the lists CSV cannot hold as fix-ups (an empty list is not stored at all), and writes one file per labels, empty cells for the rest', async () => {
    const image = new GraphImage();
    const nodes = [
      { id: 'zone:a', labels: ['Zone'], properties: { aliases: [] } },
      { id: 'zone:b', labels: ['Zone'], properties: { aliases: [''] } },
      { id: 'zone:c', labels: ['Zone'], properties: { aliases: ['c'] } },
      { id: 'zone:d', labels: ['Zone'], properties: { aliases: [1] } },
    ];
    image.writeFragment({ nodes, relationships: [] } as Fragment);
    const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-csv-'));
    dirs.push(dir);
    const csv = await writeCsvFiles(image, dir);
    expect(csv.fixups).toEqual([{ node: 'zone:b', key: 'aliases', value: [''] }]);
    const files = await Promise.all(csv.nodes.map((f) => readFile(f, 'utf8')));
    expect(files).toEqual([
      ':ID,id:string,:LABEL,aliases:string[]\n0,"zone:a","Zone",\n1,"zone:b","Zone",\n2,"zone:c","Zone","c"\n',
      ':ID,id:string,:LABEL,aliases:long[]\n3,"zone:d","Zone","1"\n',
    ]);
  });

  it('encodes values across buffer ends, and values longer than a buffer whole, quotes doubled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-csv-'));
    dirs.push(dir);
    const handle = await open(join(dir, 'sink.csv'), 'w');
    const sink = new CsvSink(handle, 16);
    const values = ['甲乙', '乙"丙'.repeat(5), 'x', ['a', '"b"'], 3, '丁'.repeat(20), ''];
    for (const value of values) {
      sink.value(value);
      sink.comma();
      await sink.drain();
    }
    await sink.end();
    await handle.close();
    const text = (v: unknown): string => (Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v));
    const cells = values.map((v) => `"${text(v).replaceAll('"', '""')}",`);
    expect(await readFile(join(dir, 'sink.csv'), 'utf8')).toBe(cells.join(''));
  });

  it('numbers the nodes in the order of their files and names the endpoints of relationships by number', async () => {
    const image = new GraphImage();
    image.writeFragment(doc('policy:one', {}, { level: 'city' }));
    const dir = await mkdtemp(join(tmpdir(), 'ftz-bulk-csv-'));
    dirs.push(dir);
    const csv = await writeCsvFiles(image, dir);
    const numbers = new Map<string, string>();
    for (const file of csv.nodes)
      for (const line of (await readFile(file, 'utf8')).trim().split('\n').slice(1)) {
        const [number, id] = line.split(',') as [string, string];
        numbers.set(JSON.parse(id) as string, number);
      }
    expect([...numbers.values()]).toEqual(['0', '1', '2']);
    const rels = (await Promise.all(csv.relationships.map((f) => readFile(f, 'utf8'))))
      .flatMap((text) => text.trim().split('\n').slice(1))
      .map((line) => line.split(',').slice(0, 3).join(','))
      .sort();
    expect(rels).toEqual(
      [
        `${numbers.get('policy:one')},${numbers.get('policy:cited')},"CITES"`,
        `${numbers.get('policy:one')},${numbers.get('agency:海关')},"ISSUED_BY"`,
      ].sort(),
    );
  });
});

describe('the graph in memory', () => {
  it('applies later writes with +=, never lets a cited Policy overwrite a Document, and merges spans', () => {
    const image = new GraphImage();
    image.writeFragment(doc('policy:one', {}, { jurisdiction: '上海', level: 'city' }));
    image.writeFragment(doc('policy:cited', { extra: 1 }, { jurisdiction: null }));
    image.writeFragment(doc('policy:two', {}, { level: 'province' }));
    expect(image.nodes.get('agency:海关')?.props).toEqual({ id: 'agency:海关', name: '海关', level: 'province' });
    const cited = image.nodes.get('policy:cited');
    expect(cited?.labels.sort()).toEqual(['Document', 'Policy']);
    expect(cited?.props['title']).toBe('policy:cited');
    const issued = [...image.rels.values()].filter((r) => r.type === 'ISSUED_BY' && r.end === 'agency:海关');
    expect(issued).toHaveLength(3);
    expect(issued[0]?.lists?.docIds).toEqual(['policy:one']);
  });
});
