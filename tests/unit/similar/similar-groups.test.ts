// Copy groups (graph-loader/src/similar/groups.ts): measures stated word for word or nearly so in
// several plans join one group, linked as a star to its canonical member; other measures found groups
// of their own, SIMILAR_TO the groups they resemble. A document that leaves takes its members out, a
// group outlives its canonical member (the smallest id takes the role), and groups restored from the
// store link a new document as the ones built in memory do.
import { describe, expect, it } from 'vitest';
import {
  comparableMeasures,
  COPY_THRESHOLD,
  CopyGroups,
  type MeasureRecord,
  SIMILARITY_THRESHOLD,
  type SimilarLinks,
} from '../../../graph-loader/src/similar/index.ts';

// measures as the seed plans write them (data/plans), one reform each
const SHARED =
  '推行企业开办全程网上办理，实现营业执照、公章刻制、发票申领和社保登记在一个工作日内办结，压缩企业开办时间。';
const NEAR = (place: string): string =>
  `支持${place}片区建设知识产权运营服务平台，探索开展知识产权证券化，积极推进知识产权质押融资和知识产权保险试点工作。`;
const REFORM_A =
  '深化国际贸易“单一窗口”建设，推动“单一窗口”功能覆盖海关特殊监管区域和跨境电子商务综合试验区等相关区域。';
const REFORM_A2 =
  '推进国际贸易“单一窗口”建设，将“单一窗口”功能向海关特殊监管区域和跨境电商综试区拓展，实现一站式办理。';

const measure = (doc: string, path: string, text: string): MeasureRecord => ({
  id: `measure:${doc}#${path}`,
  docId: `policy:${doc}`,
  path,
  text,
  start: 0,
  end: text.length,
});

const link = (groups: CopyGroups, doc: string, texts: string[]): SimilarLinks =>
  groups.link(`policy:${doc}`, comparableMeasures(texts.map((t, i) => measure(doc, String(i + 1), t))));

describe('CopyGroups', () => {
  it('links five plans stating one measure as one founder and four copies of it', () => {
    const groups = new CopyGroups();
    const links = ['a', 'b', 'c', 'd', 'e'].map((doc) => link(groups, doc, [SHARED]));
    const members = links.flatMap((l) => l.members);
    expect(members.map((m) => m.founder)).toEqual([true, false, false, false, false]);
    expect(new Set(members.map((m) => m.group))).toEqual(new Set(['measure:a#1']));
    expect(members.map((m) => m.canonical)).toEqual(Array(5).fill('measure:a#1'));
    expect(members.map((m) => m.score)).toEqual([1, 1, 1, 1, 1]);
    expect(links.flatMap((l) => l.similar)).toEqual([]);
    expect(groups.size).toBe(1);
  });

  const near: [string, string, string, boolean][] = [
    ['a place name changed: a copy', NEAR('岳阳'), NEAR('郑州'), true],
    ['another wording of one reform: similar, not a copy', REFORM_A, REFORM_A2, false],
  ];
  it.each(near)('%s', (_what, first, second, copy) => {
    const groups = new CopyGroups();
    const one = link(groups, 'a', [first]);
    const two = link(groups, 'b', [second]);
    const [member] = two.members;
    if (copy) {
      expect(member?.group).toBe(one.members[0]?.group);
      expect(member?.score).toBeGreaterThanOrEqual(COPY_THRESHOLD);
      expect(member?.score).toBeLessThan(1);
      expect(two.similar).toEqual([]);
    } else {
      expect(member?.founder).toBe(true);
      expect(two.similar).toHaveLength(1);
      expect(two.similar[0]?.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
      expect(two.similar[0]?.score).toBeLessThan(COPY_THRESHOLD);
      expect([two.similar[0]?.from, two.similar[0]?.to]).toEqual(['measure:b#1', 'measure:a#1']);
    }
  });

  it('keeps a group whose canonical member leaves, the smallest id taking the role', () => {
    const groups = new CopyGroups();
    for (const doc of ['m', 'x', 'b', 'q']) link(groups, doc, [SHARED]);
    groups.removeDocument('policy:m');
    expect(groups.size).toBe(1);
    expect(groups.canonicalOf('measure:m#1')).toBe('measure:b#1');
    const again = link(groups, 'm', [SHARED]);
    expect(again.members[0]).toMatchObject({ group: 'measure:m#1', canonical: 'measure:b#1', founder: false });
    for (const doc of ['m', 'x', 'b', 'q']) groups.removeDocument(`policy:${doc}`);
    expect(groups.size).toBe(0);
  });

  it('links a reloaded document as it was linked before', () => {
    const groups = new CopyGroups();
    link(groups, 'a', [SHARED, REFORM_A]);
    const first = link(groups, 'b', [SHARED, REFORM_A2]);
    const again = link(groups, 'b', [SHARED, REFORM_A2]);
    expect(again.members.map(({ vector: _v, ...m }) => m)).toEqual(first.members.map(({ vector: _v, ...m }) => m));
    expect(again.similar).toEqual(first.similar);
  });

  it('restored from stored groups, links a new document as in memory', () => {
    const memory = new CopyGroups();
    link(memory, 'a', [SHARED, REFORM_A]);
    link(memory, 'b', [SHARED, NEAR('岳阳')]);
    link(memory, 'c', [SHARED]);
    memory.removeDocument('policy:a'); // the shared group's canonical member leaves
    const restored = new CopyGroups();
    restored.restore(memory.stored());
    expect(restored.stored()).toEqual(memory.stored());
    const strip = (l: SimilarLinks) => ({ ...l, members: l.members.map(({ vector: _v, ...m }) => m) });
    const texts = [SHARED, REFORM_A2, NEAR('郑州')];
    expect(strip(link(restored, 'd', texts))).toEqual(strip(link(memory, 'd', texts)));
  });
});
