// One relationship per (agency, measure, role) in a document, carrying every span in parallel arrays.
import { describe, expect, it } from 'vitest';
import { relationship } from '../../../graph-loader/src/fragment/build.ts';
import { mergeFragments } from '../../../graph-loader/src/fragment/merge.ts';
import type { GraphRelationship } from '../../../core/model.ts';

const span = (start: number, evidence: string) => ({ evidence, start, end: start + evidence.length });
const lead = (start: number, evidence: string, method: 'label' | 'pattern', doc = 'policy:甲'): GraphRelationship =>
  relationship('LEADS', 'agency:岳阳海关', 'measure:甲#1', doc, span(start, evidence), method);

describe('one role relationship per (agency, measure, role) with all its spans', () => {
  const CASES: { name: string; rels: GraphRelationship[]; count: number; starts: number[] }[] = [
    {
      name: 'two spans of one role merge',
      rels: [lead(10, '牵头单位:岳阳海关', 'label'), lead(40, '岳阳海关负责', 'pattern')],
      count: 1,
      starts: [10, 40],
    },
    {
      name: 'the same span twice counts once',
      rels: [lead(10, '牵头单位:岳阳海关', 'label'), lead(10, '牵头单位:岳阳海关', 'label')],
      count: 1,
      starts: [10],
    },
    {
      name: 'two documents keep two relationships',
      rels: [lead(10, 'a', 'label'), lead(10, 'a', 'label', 'policy:乙')],
      count: 2,
      starts: [10],
    },
  ];
  it.each(CASES)('$name', ({ rels, count, starts }) => {
    const merged = mergeFragments([{ nodes: [], relationships: rels }]).relationships;
    expect(merged).toHaveLength(count);
    const first = merged[0].properties;
    expect(first.starts).toEqual(starts);
    expect(first.start).toBe(starts[0]); // the first span stays the scalar
    expect([first.evidences?.length, first.ends?.length, first.methods?.length]).toEqual([
      starts.length,
      starts.length,
      starts.length,
    ]);
  });

  it('a role and another role of the same agency stay two relationships', () => {
    const support = relationship('SUPPORTS', 'agency:岳阳海关', 'measure:甲#1', 'policy:甲', span(50, 'x'), 'label');
    expect(
      mergeFragments([{ nodes: [], relationships: [lead(10, 'a', 'label'), support] }]).relationships,
    ).toHaveLength(2);
  });

  it('other relationship types keep one per evidence start', () => {
    const t = (s: number) =>
      relationship('TARGETS', 'measure:甲#1', 'industry:跨境电子商务', 'policy:甲', span(s, 'x'), 'dictionary');
    expect(mergeFragments([{ nodes: [], relationships: [t(1), t(5)] }]).relationships).toHaveLength(2);
  });
});
