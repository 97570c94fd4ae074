// The scorer on small hand-made fragments: name matching, the innermost-measure rule, precision only
// where a type is complete, recall over all gold facts.
import { describe, expect, it } from 'vitest';
import type { Fragment, GraphNode, GraphRelationship, Props, RelType } from '../../../core/model.ts';
import { score, scoreFile } from '../../gold/eval.ts';
import type { Completeness, GoldFact, GoldFile, TypeScore } from '../../gold/gold-types.ts';
import { parseGold } from '../../gold/load-gold.ts';
import { normName } from '../../gold/names.ts';

const DOC_ID = 'policy:test-plan';
const doc: GraphNode = {
  id: DOC_ID,
  labels: ['Document', 'Policy'],
  properties: { title: '测试方案', docNumber: null },
};
const agency = (name: string, props: Props = {}): GraphNode => ({
  id: `agency:${name}`,
  labels: ['Agency'],
  properties: { name, ...props },
});
const measure = (path: string, text: string, start: number): GraphNode => ({
  id: `measure:test-plan#${path}`,
  labels: ['Measure'],
  properties: { path, title: '', text, start, end: start + text.length },
});
const node = (label: 'Zone' | 'Industry' | 'Policy', id: string, props: Props): GraphNode => ({
  id,
  labels: [label],
  properties: props,
});
const rel = (type: RelType, start: string, end: string): GraphRelationship => ({
  type,
  start,
  end,
  properties: { evidence: 'e', docId: DOC_ID, start: 0, end: 1, method: 'label' },
});

// A task (一) with two sub-measures; the task text contains its children.
const sub1 = measure('1.1', '(1)向省市场监管局申请企业开办一网通办试点。', 20);
const sub2 = measure('1.2', '(2)优化法制化营商环境，提供司法服务。', 44);
const task = measure(
  '1',
  '(一)开展优化营商环境改革举措先行先试。' + sub1.properties['text'] + sub2.properties['text'],
  0,
);
const nodes: GraphNode[] = [
  doc,
  task,
  sub1,
  sub2,
  agency('岳阳市市场监督管理局', { shortName: '市市场监管局', aliases: ['市市场监管局'], jurisdiction: '岳阳市' }),
  agency('岳阳市司法局', { shortName: '市司法局', jurisdiction: '岳阳市' }),
  agency('岳阳海关', { shortName: '岳阳海关', jurisdiction: '岳阳市' }),
  node('Zone', 'zone:郑州片区', { name: '郑州片区', fullName: '中国（河南）自由贸易试验区郑州片区', aliases: [] }),
  node('Zone', 'zone:河南自贸区', { name: '河南自贸试验区', fullName: '中国（河南）自由贸易试验区', aliases: [] }),
  node('Industry', 'industry:跨境电子商务', { name: '跨境电子商务', aliases: ['跨境电商'] }),
  node('Policy', 'policy:国发〔2017〕17号', {
    title: '中国（河南）自由贸易试验区总体方案',
    docNumber: '国发〔2017〕17号',
  }),
];
const base: GraphRelationship[] = [rel('PART_OF', sub1.id, task.id), rel('PART_OF', sub2.id, task.id)];
const fragmentWith = (...rels: GraphRelationship[]): Fragment => ({ nodes, relationships: [...base, ...rels] });
const goldOf = (facts: GoldFact[], complete: Completeness[], names: Record<string, string[]> = {}): GoldFile => ({
  file: 'test.txt',
  complete,
  names,
  facts,
});
const row = (fragment: Fragment, gold: GoldFile, type: RelType): TypeScore => {
  const found = scoreFile(fragment, gold).types.find((t) => t.type === type);
  if (!found) throw new Error(`no row for ${type}`);
  return found;
};

const MKT = 'agency:岳阳市市场监督管理局';
const JUS = 'agency:岳阳市司法局';

describe('score: matching gold facts to predicted edges', () => {
  const cases: {
    name: string;
    rels: GraphRelationship[];
    fact: GoldFact;
    names?: Record<string, string[]>;
    tp: number;
    precision?: number | null; // defaults to tp (one predicted edge)
  }[] = [
    {
      name: 'agency by full name, measure by snippet',
      rels: [rel('LEADS', MKT, sub1.id)],
      fact: { type: 'LEADS', from: '岳阳市市场监督管理局', to: '申请企业开办一网通办' },
      tp: 1,
    },
    {
      name: 'agency by short form composed with its jurisdiction',
      rels: [rel('LEADS', MKT, sub1.id)],
      fact: { type: 'LEADS', from: '岳阳市市场监管局', to: '申请企业开办一网通办' },
      tp: 1,
    },
    {
      name: 'agency by an alternative of the fact',
      rels: [rel('LEADS', JUS, sub2.id)],
      fact: { type: 'LEADS', from: ['岳阳市司法行政局', '岳阳市司法局'], to: '优化法制化营商环境' },
      tp: 1,
    },
    {
      name: 'agency by a file-level variant',
      rels: [rel('LEADS', JUS, sub2.id)],
      fact: { type: 'LEADS', from: '岳阳市司法行政局', to: '优化法制化营商环境' },
      names: { 岳阳市司法行政局: ['岳阳市司法局'] },
      tp: 1,
    },
    {
      name: 'the same agency of another city does not match',
      rels: [rel('LEADS', MKT, sub1.id)],
      fact: { type: 'LEADS', from: '郑州市市场监督管理局', to: '申请企业开办一网通办' },
      tp: 0,
    },
    {
      name: 'a snippet names the innermost measure, not the task that contains it',
      rels: [rel('LEADS', MKT, task.id)],
      fact: { type: 'LEADS', from: '岳阳市市场监督管理局', to: '申请企业开办一网通办' },
      tp: 0,
    },
    {
      name: 'a task snippet names the task',
      rels: [rel('LEADS', MKT, task.id)],
      fact: { type: 'LEADS', from: '岳阳市市场监督管理局', to: '开展优化营商环境改革' },
      tp: 1,
    },
    {
      name: 'full-width and half-width brackets compare equal in snippets',
      rels: [rel('LEADS', MKT, sub1.id)],
      fact: { type: 'LEADS', from: '岳阳市市场监督管理局', to: '（1）向省市场监管局申请' },
      tp: 1,
    },
    {
      name: 'industry by alias',
      rels: [rel('TARGETS', sub1.id, 'industry:跨境电子商务')],
      fact: { type: 'TARGETS', from: '向省市场监管局申请企业', to: '跨境电商' },
      tp: 1,
    },
    {
      name: 'policy by document number with other brackets, cited by the document',
      rels: [rel('CITES', DOC_ID, 'policy:国发〔2017〕17号')],
      fact: { type: 'CITES', from: '@doc', to: '国发[2017]17号' },
      tp: 1,
    },
    {
      name: 'policy by title without 《》 and with half-width brackets',
      rels: [rel('CITES', DOC_ID, 'policy:国发〔2017〕17号')],
      fact: { type: 'CITES', from: '@doc', to: '《中国(河南)自由贸易试验区总体方案》' },
      tp: 1,
    },
    {
      name: 'zone by short name and by full name',
      rels: [rel('PART_OF', 'zone:郑州片区', 'zone:河南自贸区')],
      fact: { type: 'PART_OF', from: '郑州片区', to: '中国（河南）自由贸易试验区' },
      tp: 1,
    },
    {
      name: 'the wrong relationship type does not match',
      rels: [rel('SUPPORTS', MKT, sub1.id)],
      fact: { type: 'LEADS', from: '岳阳市市场监督管理局', to: '申请企业开办一网通办' },
      tp: 0,
      precision: null, // no LEADS predicted at all
    },
  ];
  it.each(cases)('$name', ({ rels, fact, names, tp, precision }) => {
    const r = row(fragmentWith(...rels), goldOf([fact], [fact.type], names), fact.type);
    expect(r.truePositives).toBe(tp);
    expect(r.recall).toBe(tp);
    expect(r.precision).toBe(precision === undefined ? tp : precision);
  });
});

describe('score: precision and recall', () => {
  const facts: GoldFact[] = [
    { type: 'LEADS', from: '岳阳市市场监督管理局', to: '申请企业开办一网通办' },
    { type: 'LEADS', from: '岳阳市司法局', to: '优化法制化营商环境' },
  ];
  const predicted = [rel('LEADS', MKT, sub1.id), rel('LEADS', MKT, sub2.id), rel('LEADS', MKT, sub2.id)];

  it('counts distinct edges, computes precision where the type is complete', () => {
    const r = row(fragmentWith(...predicted), goldOf(facts, ['LEADS']), 'LEADS');
    expect(r).toMatchObject({ gold: 2, predicted: 2, scoredPredicted: 2, truePositives: 1, matchedPredicted: 1 });
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
  });

  it('leaves precision out where the type is not complete', () => {
    const r = row(fragmentWith(...predicted), goldOf(facts, []), 'LEADS');
    expect(r.precision).toBeNull();
    expect(r.recall).toBe(0.5);
  });

  it('reports misses with the unresolved end and extras with reader names', () => {
    const gold = goldOf([...facts, { type: 'LEADS', from: '岳阳市统计局', to: '优化法制化营商环境' }], ['LEADS']);
    const result = scoreFile(fragmentWith(...predicted), gold);
    expect(result.misses.map((m) => [m.from, m.unresolved])).toEqual([
      ['岳阳市司法局', []],
      ['岳阳市统计局', ['from']],
    ]);
    expect(result.extras.map((e) => [e.from, e.to])).toEqual([
      ['岳阳市市场监督管理局', '1.2 (2)优化法制化营商环境，提供司法服务。'],
    ]);
  });

  it('sums over files and ignores fragments without gold', () => {
    const report = score(
      [
        { file: 'test.txt', fragment: fragmentWith(...predicted) },
        { file: 'other.txt', fragment: fragmentWith(...predicted) },
      ],
      [goldOf(facts, ['LEADS'])],
    );
    expect(report.files).toHaveLength(1);
    const leads = report.overall.find((t) => t.type === 'LEADS');
    expect(leads).toMatchObject({ gold: 2, truePositives: 1, precision: 0.5, recall: 0.5 });
    const targets = report.overall.find((t) => t.type === 'TARGETS');
    expect(targets).toMatchObject({ gold: 0, precision: null, recall: null });
  });
});

describe('score: scoped completeness and alternative starts', () => {
  const zone2 = node('Zone', 'zone:翠湖片区', { name: '翠湖片区', fullName: '翠湖片区', aliases: [] });
  const withZone = (...rels: GraphRelationship[]): Fragment => ({
    nodes: [...nodes, zone2],
    relationships: [...base, ...rels],
  });
  const focus = [
    rel('FOCUSES_ON', 'zone:翠湖片区', 'industry:跨境电子商务'),
    rel('FOCUSES_ON', 'zone:郑州片区', 'industry:跨境电子商务'),
  ];
  const fact: GoldFact = { type: 'FOCUSES_ON', from: '翠湖片区', to: '跨境电商' };

  it('a type complete only from some zones counts precision on edges from those zones', () => {
    const r = row(withZone(...focus), goldOf([fact], [{ type: 'FOCUSES_ON', from: '翠湖片区' }]), 'FOCUSES_ON');
    expect(r).toMatchObject({ predicted: 2, scoredPredicted: 1, matchedPredicted: 1, precision: 1, recall: 1 });
  });

  it('the same type complete everywhere counts the other zone as a false positive', () => {
    const r = row(withZone(...focus), goldOf([fact], ['FOCUSES_ON']), 'FOCUSES_ON');
    expect(r).toMatchObject({ scoredPredicted: 2, matchedPredicted: 1, precision: 0.5 });
  });

  it.each([
    ['the measure', rel('ADOPTS', sub1.id, 'policy:一网通办')],
    ['the zone (alsoFrom)', rel('ADOPTS', 'zone:郑州片区', 'policy:一网通办')],
  ])('an ADOPTS fact accepts %s', (_name, edge) => {
    const instrument = node('Policy', 'policy:一网通办', { title: '一网通办', kind: 'instrument', aliases: [] });
    const fragment: Fragment = { nodes: [...nodes, instrument], relationships: [...base, edge] };
    const adopts: GoldFact = {
      type: 'ADOPTS',
      from: '企业开办一网通办试点',
      to: '一网通办',
      alsoFrom: { kind: 'zone', name: '郑州片区' },
    };
    expect(row(fragment, goldOf([adopts], ['ADOPTS']), 'ADOPTS')).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('gold helpers', () => {
  it.each([
    ['《中国（河南）自由贸易试验区总体方案》', '中国(河南)自由贸易试验区总体方案'],
    ['国发〔2017〕17号', '国发(2017)17号'],
    ['中共岳阳市委组织部', '岳阳市委组织部'],
    [' 市 发改委 ', '市发改委'],
  ])('normName(%s) = %s', (input, expected) => {
    expect(normName(input)).toBe(expected);
  });

  it.each([
    [{ file: 'x', complete: ['LEADS'], facts: [{ type: 'LEADZ', from: 'a', to: 'b' }] }, /unknown type/],
    [{ file: 'x', complete: ['LEADS'], facts: [{ type: 'LEADS', from: '', to: 'b' }] }, /from\/to/],
    [{ file: 'x', complete: ['NOPE'], facts: [] }, /complete/],
    [{ complete: [], facts: [] }, /file/],
  ])('parseGold rejects malformed gold %#', (raw, message) => {
    expect(() => parseGold(raw, 'bad.json')).toThrow(message);
  });
});
