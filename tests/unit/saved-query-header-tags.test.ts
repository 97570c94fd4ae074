// The header tags for both languages and for queries on the selection.
import { describe, expect, it } from 'vitest';
import { SavedQueryFormatError } from '../../core/errors.ts';
import { parseSavedQuery } from '../../query-service/saved-queries/header.ts';

const header = (extra: string) =>
  [
    '// @name q',
    '// @title.zh 查询',
    '// @title.en Query',
    '// @description English words.',
    '// @param agency string default=x',
    '// @param.description agency An agency',
    extra,
    'MATCH (a:Agency) WHERE a.name = $agency RETURN a',
  ].join('\n');

describe('header tags', () => {
  it('reads Chinese descriptions and the selection', () => {
    const q = parseSavedQuery(
      header('// @description.zh 中文说明。\n// @param.description.zh agency 单位\n// @selection Agency agency'),
      'q.cypher',
    );
    expect(q.descriptionZh).toBe('中文说明。');
    expect(q.params[0].descriptionZh).toBe('单位');
    expect(q.selection).toEqual({ label: 'Agency', param: 'agency' });
  });
  it('leaves them out when absent', () => {
    const q = parseSavedQuery(header(''), 'q.cypher');
    expect(q.descriptionZh).toBeUndefined();
    expect(q.selection).toBeUndefined();
  });
  it.each([
    ['// @selection Measure|Policy agency', { label: 'Measure|Policy', param: 'agency' }],
    ['// @selection Agency agency', { label: 'Agency', param: 'agency' }],
  ])('reads a selection of one or several labels: %s', (line, selection) => {
    expect(parseSavedQuery(header(line), 'q.cypher').selection).toEqual(selection);
  });
  it.each(['// @selection Measure| agency', '// @selection measure|Policy agency', '// @view chart'])(
    'refuses %s',
    (line) => {
      expect(() => parseSavedQuery(header(line), 'q.cypher')).toThrow(SavedQueryFormatError);
    },
  );
  it.each(['graph', 'table', 'timeline'] as const)('reads @view %s', (view) => {
    expect(parseSavedQuery(header(`// @view ${view}`), 'q.cypher').view).toBe(view);
  });
  it('refuses a selection of an undeclared parameter', () => {
    expect(() => parseSavedQuery(header('// @selection Agency other'), 'q.cypher')).toThrow(SavedQueryFormatError);
  });
});
