import { describe, expect, it } from 'vitest';
import { parallelCurvatures } from '../../../web/src/graph/parallel-edges.ts';
import { dismissNodes, mergeGraph, sceneFromGraph, togglePin } from '../../../web/src/graph/scene.ts';
import { canvasLabel, displayName, labelColor, mainLabel } from '../../../core/display.ts';
import { nodeSize } from '../../../web/src/graph/node-size.ts';
import { createSceneGraph, hashUnit, sceneCounts, syncGraph } from '../../../web/src/graph/sync-graph.ts';
import { COMMERCE, CUSTOMS, DOC, ECOM, M1, fixtureGraph } from './fixture.ts';

const scene = sceneFromGraph(fixtureGraph, { kind: 'overview' });

describe('scene → graphology graph', () => {
  it('adds every node and relationship with styles', () => {
    const graph = createSceneGraph();
    expect(syncGraph(graph, scene, { sizeBy: 'degree', lang: 'zh' })).toBe(true);
    expect(graph.order).toBe(scene.nodes.size);
    expect(graph.size).toBe(scene.rels.size);
    expect(graph.getNodeAttribute(CUSTOMS, 'color')).toBe(labelColor('Agency'));
    expect(graph.getNodeAttribute(DOC, 'kind')).toBe('Document');
    expect(graph.getNodeAttribute(CUSTOMS, 'label')).toBe('岳阳海关');
  });

  it('keeps positions of nodes already on screen and reports no change when nothing changed', () => {
    const graph = createSceneGraph();
    syncGraph(graph, scene, { sizeBy: 'degree', lang: 'zh' });
    graph.setNodeAttribute(CUSTOMS, 'x', 123);
    expect(syncGraph(graph, scene, { sizeBy: 'leads', lang: 'en' })).toBe(false);
    expect(graph.getNodeAttribute(CUSTOMS, 'x')).toBe(123);
    expect(graph.getNodeAttribute(CUSTOMS, 'label')).toBe('岳阳海关 · Yueyang Customs');
  });

  it('removes dismissed nodes and places new ones near their neighbours', () => {
    const graph = createSceneGraph();
    const without = dismissNodes(scene, [ECOM]);
    syncGraph(graph, without, { sizeBy: 'degree', lang: 'zh' });
    expect(graph.hasNode(ECOM)).toBe(false);
    graph.setNodeAttribute(M1, 'x', 1000);
    graph.setNodeAttribute(M1, 'y', 1000);
    syncGraph(graph, mergeGraph(without, fixtureGraph), { sizeBy: 'degree', lang: 'zh' });
    const x = graph.getNodeAttribute(ECOM, 'x');
    expect(Math.abs(x - 1000)).toBeLessThan(25);
  });

  it('draws a node the server placed (the overview) where it says, marked preset', () => {
    const graph = createSceneGraph();
    const placed = {
      ...fixtureGraph,
      nodes: fixtureGraph.nodes.map((n, i) => ({ ...n, position: { x: 10 * i, y: -5 * i } })),
    };
    syncGraph(graph, sceneFromGraph(placed, { kind: 'overview' }), { sizeBy: 'degree', lang: 'zh' });
    placed.nodes.forEach((n, i) => {
      expect(graph.getNodeAttributes(n.id)).toMatchObject({ x: 10 * i, y: -5 * i, preset: true });
    });
    const plain = createSceneGraph();
    syncGraph(plain, scene, { sizeBy: 'degree', lang: 'zh' });
    expect(plain.everyNode((_, a) => a.preset === false)).toBe(true);
  });

  it('marks pinned nodes fixed for ForceAtlas2', () => {
    const graph = createSceneGraph();
    syncGraph(graph, togglePin(scene, COMMERCE), { sizeBy: 'degree', lang: 'zh' });
    expect(graph.getNodeAttribute(COMMERCE, 'fixed')).toBe(true);
    expect(graph.getNodeAttribute(CUSTOMS, 'fixed')).toBe(false);
  });

  it('counts labels and relationship types for the legend', () => {
    const counts = sceneCounts(scene);
    expect(counts.labels).toMatchObject({ Zone: 3, Agency: 3, Measure: 2, Industry: 1, Document: 1 });
    expect(counts.types.LEADS).toBe(2);
  });
});

describe('parallel edges', () => {
  const cases = [
    { name: 'a lone edge is straight', edges: [['a', 'b']], straight: 1 },
    {
      name: 'two edges both curve, apart',
      edges: [
        ['a', 'b'],
        ['a', 'b'],
      ],
      straight: 0,
    },
    {
      name: 'three edges: one straight, two curved',
      edges: [
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'b'],
      ],
      straight: 1,
    },
  ];
  it.each(cases)('$name', ({ edges, straight }) => {
    const c = parallelCurvatures(edges.map(([s, t], i) => ({ key: `e${i}`, source: s, target: t })));
    const values = [...c.values()];
    expect(values.filter((v) => v === 0)).toHaveLength(straight);
    // in the a→b frame every curve is different, so none overlap
    const frame = edges.map(([s], i) => (s === 'a' ? 1 : -1) * (c.get(`e${i}`) ?? 0));
    expect(new Set(frame).size).toBe(edges.length);
  });
});

describe('styles', () => {
  const customs = fixtureGraph.nodes.find((n) => n.id === CUSTOMS);
  const measure = fixtureGraph.nodes.find((n) => n.id === M1);
  const doc = fixtureGraph.nodes.find((n) => n.id === DOC);
  if (!customs || !measure || !doc) throw new Error('fixture nodes');
  it('names nodes in Chinese with English beside when asked', () => {
    expect(displayName(customs, 'zh')).toBe('岳阳海关');
    expect(displayName(customs, 'en')).toBe('岳阳海关 · Yueyang Customs');
    expect(displayName(measure, 'zh')).toBe('（一）发展跨境电商');
    expect(canvasLabel(measure, 'zh', 5)).toBe('（一）发…');
  });
  it('draws Document+Policy as Document', () => expect(mainLabel(doc)).toBe('Document'));
  it('grows with degree and with measures led', () => {
    expect(nodeSize('degree', 9, 0)).toBeGreaterThan(nodeSize('degree', 1, 0));
    expect(nodeSize('leads', 9, 4)).toBeGreaterThan(nodeSize('leads', 9, 0));
  });
  it('hashes ids to stable numbers in [0,1)', () => {
    expect(hashUnit('岳阳海关')).toBe(hashUnit('岳阳海关'));
    expect(hashUnit('a')).not.toBe(hashUnit('b'));
    expect(hashUnit('x')).toBeGreaterThanOrEqual(0);
    expect(hashUnit('x')).toBeLessThan(1);
  });

  it("places an expand's new nodes on a ring beside the parent, not at the centre of all their neighbours", () => {
    const graph = createSceneGraph();
    const without = dismissNodes(scene, [M1, ECOM]);
    syncGraph(graph, without, { sizeBy: 'degree', lang: 'zh' });
    graph.mergeNodeAttributes(CUSTOMS, { x: 500, y: 500 });
    graph.forEachNode((id) => {
      if (id !== CUSTOMS) graph.mergeNodeAttributes(id, { x: -500, y: -500 });
    });
    const anchor = { parent: CUSTOMS, ids: [M1] };
    syncGraph(graph, mergeGraph(without, fixtureGraph), { sizeBy: 'degree', lang: 'zh', anchor });
    const m1 = graph.getNodeAttributes(M1);
    const fromParent = Math.hypot(m1.x - 500, m1.y - 500);
    expect(fromParent).toBeGreaterThan(0);
    expect(fromParent).toBeLessThan(Math.hypot(m1.x + 500, m1.y + 500));
  });
});
