// The saved-query header format (pure, no database): what a well-formed header yields, and for each
// kind of mistake a SavedQueryFormatError naming the file and line. Also: every built-in file parses
// and its name matches its file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParameterError, SavedQueryFormatError } from '../../../core/errors.ts';
import { parseSavedQuery } from '../../../query-service/saved-queries/header.ts';
import { BUILT_IN_DIR } from '../../../query-service/saved-queries/library.ts';
import { bindParams, luceneQuery, parseParamPairs } from '../../../query-service/saved-queries/params.ts';

const HEAD = '// @name q\n// @title.zh 标题\n// @title.en Title\n';

describe('saved-query headers', () => {
  it('reads every tag, joins descriptions, and keeps the Cypher', () => {
    const text = [
      '// @name lead-x',
      '// @title.zh 牵头',
      '// @title.en Leads',
      '// @description First line.',
      '// a plain comment',
      '// @description Second line.',
      '// @topic agencies',
      '// @view graph',
      '// @param industry string default=跨境电子商务 normalise=simplified lookup=MATCH (i:Industry) RETURN i.name AS value, i.name AS label',
      '// @param n integer default=5',
      '// @param kinds string[] default=task,measure allowed=task|measure|project',
      '// @param when date default=2021-08-31',
      '// @param label string default="two words"',
      '// @param.description n How many',
      '',
      'MATCH (i:Industry {name: $industry}) WHERE $n > 0 AND $kinds IS NOT NULL AND $when IS NOT NULL AND $label <> ""',
      'RETURN i',
    ].join('\n');
    const q = parseSavedQuery(text, 'lead-x.cypher', 'lead-x');
    expect(q).toMatchObject({
      name: 'lead-x',
      title: { zh: '牵头', en: 'Leads' },
      description: 'First line. Second line.',
      topic: 'agencies',
      view: 'graph',
      builtIn: true,
    });
    expect(q.params).toEqual([
      {
        name: 'industry',
        type: 'string',
        default: '跨境电子商务',
        normalise: 'simplified',
        lookup: 'MATCH (i:Industry) RETURN i.name AS value, i.name AS label',
      },
      { name: 'n', type: 'integer', default: 5, description: 'How many' },
      { name: 'kinds', type: 'string[]', default: ['task', 'measure'], allowed: ['task', 'measure', 'project'] },
      { name: 'when', type: 'date', default: '2021-08-31' },
      { name: 'label', type: 'string', default: 'two words' },
    ]);
    expect(q.cypher.startsWith('MATCH (i:Industry')).toBe(true);
  });

  it.each([
    ['unknown tag', `${HEAD}// @colour red\nRETURN 1`, 4, /unknown header tag @colour/],
    ['bad type', `${HEAD}// @param x text\nRETURN $x`, 4, /unknown type "text"/],
    ['bad integer default', `${HEAD}// @param x integer default=1.5\nRETURN $x`, 4, /not a integer/],
    ['bad date default', `${HEAD}// @param x date default=2021-8-1\nRETURN $x`, 4, /not a YYYY-MM-DD date/],
    ['twice declared', `${HEAD}// @param x string\n// @param x string\nRETURN $x`, 5, /declared twice/],
    ['bad view', `${HEAD}// @view chart\nRETURN 1`, 4, /@view must be graph, table or timeline/],
    ['bad option', `${HEAD}// @param x string colour=red\nRETURN $x`, 4, /unknown option "colour"/],
    ['description for nothing', `${HEAD}// @param.description y what\nRETURN 1`, 4, /undeclared parameter "y"/],
    ['bad name', '// @name Lead_X\nRETURN 1', 1, /kebab-case/],
  ])('%s → SavedQueryFormatError at the line', (_label, text, line, message) => {
    expect(() => parseSavedQuery(text, 'f.cypher')).toThrow(SavedQueryFormatError);
    expect(() => parseSavedQuery(text, 'f.cypher')).toThrow(new RegExp(`^f\\.cypher:${line}: .*${message.source}`));
  });

  it.each([
    ['missing name', '// @title.zh 标题\n// @title.en T\nRETURN 1', /missing @name/],
    ['missing title', '// @name q\n// @title.zh 标题\nRETURN 1', /missing @title/],
    ['no Cypher', HEAD, /no Cypher after the header/],
    ['unused parameter', `${HEAD}// @param x string\nRETURN 1`, /\$x is not used/],
  ])('%s → SavedQueryFormatError', (_label, text, message) => {
    expect(() => parseSavedQuery(text, 'f.cypher')).toThrow(message);
  });

  it('the name must match the file', () => {
    expect(() => parseSavedQuery(`${HEAD}RETURN 1`, 'other.cypher', 'other')).toThrow(
      /does not match the file name other/,
    );
  });

  it('every built-in file parses, at least 15 of them', async () => {
    const files = (await readdir(BUILT_IN_DIR)).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const f of files) {
      const q = parseSavedQuery(await readFile(path.join(BUILT_IN_DIR, f), 'utf8'), f, f.replace(/\.cypher$/, ''));
      expect(q.description.length, f).toBeGreaterThan(20);
    }
  });
});

describe('parameter binding', () => {
  const query = parseSavedQuery(
    `${HEAD}// @param n integer default=5\n// @param k string default=跨境电商 normalise=fulltext\n// @param d date default=null\nRETURN $n, $k, $d`,
    'q.cypher',
  );
  const simplify = (s: string): string => s.replace(/電/g, '电');

  it('defaults, integers as Neo4j integers, traditional → simplified and a safe Lucene query', () => {
    const bound = bindParams(query, { k: '跨境電商 "x" OR y' }, simplify);
    expect(String(bound['n'])).toBe('5');
    expect(bound['k']).toBe('"跨境电商" AND "\\"x\\"" AND "OR" AND "y"');
    expect(bound['d']).toBeNull();
  });

  it.each([
    [{ n: 1.5 }, /must be integer/],
    [{ n: '5' }, /must be integer/],
    [{ d: '2021-02-30x' }, /must be date/],
    [{ nope: 1 }, /has no parameter "nope"/],
  ])('refuses %j', (params, message) => {
    expect(() => bindParams(query, params, simplify)).toThrow(ParameterError);
    expect(() => bindParams(query, params, simplify)).toThrow(message);
  });

  it('reads CLI pairs by the declared types', () => {
    expect(parseParamPairs(query, ['n=7', 'k=a=b', 'd=2021-08-31'])).toEqual({ n: 7, k: 'a=b', d: '2021-08-31' });
    expect(() => parseParamPairs(query, ['n=seven'])).toThrow(/must be integer/);
    expect(() => parseParamPairs(query, ['novalue'])).toThrow(/key=value/);
  });

  it('quotes every word so that no Lucene operator survives', () => {
    expect(luceneQuery('a  b\\c')).toBe('"a" AND "b\\\\c"');
  });
});
