// Table headers read through the grammar of responsibility: the same words as labelled fields name
// a column's agencies or its deadline (one vocabulary for the segmenter, the table reader and the tags).
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../../graph-loader/src/extract/deadlines.ts';
import { columnRole, type ColumnRole } from '../../../graph-loader/src/grammar/vocabulary.ts';
import { columnKind, type ColumnKind, isHeaderRow } from '../../../graph-loader/src/segment/columns.ts';

const LOOSE: [string, ColumnRole | null][] = [
  ['牵头单位', 'lead'],
  ['主责部门', 'lead'],
  ['牵头责任单位', 'lead'],
  ['责任单位', 'responsible'],
  ['行使  主体', 'responsible'],
  ['责任主体', 'responsible'],
  ['责任单位及责任人', 'responsible'],
  ['配合单位', 'support'],
  ['协作单位', 'support'],
  ['完成时限', 'deadline'],
  ['时间要求', 'deadline'],
  ['时间安排', 'deadline'],
  ['任务', null],
  ['序号', null],
  ['负责人', null],
];

const KINDS: [string, ColumnKind | null][] = [
  ['序号', 'serial'],
  ['改革举措', 'task'],
  ['行使层级', 'scope'],
  ['行使  主体', 'responsible'],
  ['牵头单位', 'lead'],
  ['完成时限', 'deadline'],
  // a header cell is one name: a longer cell that holds a label is data, not a header
  ['责任单位及责任人', null],
  ['各责任单位', null],
];

describe('grammar: table columns', () => {
  it.each(LOOSE)('columnRole(%s) → %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it.each(KINDS)('columnKind(%s) → %s', (cell, kind) => {
    expect(columnKind(cell)).toBe(kind);
  });

  it('a header row needs the work or an agency column; a deadline column alone is not one', () => {
    expect(isHeaderRow(['序号', '任务', '牵头单位', '完成时限'])).toBe(true);
    expect(isHeaderRow(['序号', '协作单位', '时间安排'])).toBe(false);
    expect(isHeaderRow(['序号', '行使主体', '行使层级'])).toBe(true);
  });

  it('a column-only deadline word (进度安排) opens no deadline in running text', () => {
    expect(findDeadlines('进度安排：2022年底前完成试点', 0, 16)).toEqual([]);
  });
});
