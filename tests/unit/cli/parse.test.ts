// The CLI's pure argv parsers: argv in, options (or an Answer, or a UsageError) out — no I/O.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../core/errors.ts';
import { Answer, parseDb, parseExport, parseExtract, parseLoad, parseQuery, parseStart } from '../../../cli/parse.ts';

describe('parsers: options', () => {
  it.each([
    [parseDb, ['status', '--json'], { action: 'status', json: true }],
    [parseDb, ['start', '--port', '7999', '--data-dir', 'x'], { action: 'start', port: 7999, dataDir: 'x' }],
    [parseLoad, ['a.txt', '--warnings'], { paths: ['a.txt'], warnings: true }],
    [parseLoad, [], { paths: [], warnings: false, bulk: 'auto' }],
    [parseLoad, ['a', '--bulk'], { paths: ['a'], bulk: 'always' }],
    [parseLoad, ['--no-bulk'], { paths: [], bulk: 'never' }],
    [parseExtract, ['a.txt', 'b.txt', '--json'], { paths: ['a.txt', 'b.txt'], json: true }],
    [parseQuery, ['--list'], { kind: 'list', format: 'table' }],
    [
      parseQuery,
      ['zone-measures', '--param', 'zone=岳阳片区'],
      { kind: 'saved', target: 'zone-measures', pairs: ['zone=岳阳片区'] },
    ],
    [
      parseQuery,
      ['--cypher', 'RETURN $n', '--param', 'n=5', '--param', 's=跨境', '--format', 'csv'],
      { kind: 'cypher', cypher: 'RETURN $n', params: { n: 5, s: '跨境' }, format: 'csv' },
    ],
    [
      parseExport,
      ['--nodes', 'agency:岳阳海关, zone:x', '--depth', '2', '--format', 'graphml', '-o', 'f.graphml'],
      { source: { kind: 'nodes', ids: ['agency:岳阳海关', 'zone:x'], depth: 2 }, format: 'graphml', lang: 'zh' },
    ],
    [
      parseExport,
      [
        'lead-bureaus-by-industry',
        '--param',
        'industry=跨境电子商务',
        '--format',
        'png',
        '-o',
        'f.png',
        '--scale',
        '3',
      ],
      { source: { kind: 'saved', name: 'lead-bureaus-by-industry', pairs: ['industry=跨境电子商务'] }, scale: 3 },
    ],
    [parseStart, ['--no-load'], { noLoad: true }],
  ] as const)('%o %j', (parse, argv, expected) => {
    expect((parse as (a: string[]) => unknown)([...argv])).toMatchObject(expected);
  });
});

describe('parsers: answers and usage errors', () => {
  it('answers --help and a missing db action without running anything', () => {
    expect(parseExtract(['--help'])).toEqual(new Answer(0, expect.stringContaining('ftz extract PATH'), 'out'));
    expect(parseDb(['restart'])).toMatchObject({ code: 2, stream: 'err' });
  });

  it.each([
    [parseExtract, []],
    [parseDb, ['start', '--port', '0']],
    [parseQuery, ['--format', 'xml', 'q']],
    [parseQuery, ['q', '--cypher', 'RETURN 1']],
    [parseQuery, ['--cypher', 'RETURN 1', '--param', 'novalue']],
    [parseExport, ['q', '--format', 'bmp', '-o', 'f']],
    [parseExport, ['q', '--format', 'svg']],
    [parseExport, ['q', '--nodes', 'a', '--format', 'svg', '-o', 'f']],
    [parseExport, ['--nodes', 'a', '--depth', 'x', '--format', 'svg', '-o', 'f']],
    [parseExport, ['q', '--format', 'svg', '-o', 'f', '--lang', 'fr']],
    [parseStart, ['--bogus']],
    [parseLoad, ['--bulk', '--no-bulk']],
  ] as const)('%o %j is a UsageError', (parse, argv) => {
    expect(() => (parse as (a: string[]) => unknown)([...argv])).toThrow(UsageError);
  });
});
