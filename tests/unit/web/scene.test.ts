import { describe, expect, it } from 'vitest';
import {
  dismissNodes,
  dismissUnconnected,
  emptyScene,
  mergeGraph,
  neighbourGroups,
  sceneFromGraph,
  sceneGraph,
  togglePin,
} from '../../../web/src/graph/scene.ts';
import { canRedo, canUndo, pushHistory, redo, startHistory, undo } from '../../../web/src/graph/history.ts';
import { CUSTOMS, M1, PROVINCE, fixtureGraph } from './fixture.ts';

describe('scene store', () => {
  it('builds a scene from a graph and remembers the origin ids', () => {
    const scene = sceneFromGraph(fixtureGraph, { kind: 'overview' });
    expect(scene.nodes.size).toBe(fixtureGraph.nodes.length);
    expect(scene.rels.size).toBe(fixtureGraph.relationships.length);
    expect([...scene.originIds].sort()).toEqual(fixtureGraph.nodes.map((n) => n.id).sort());
  });

  it('merging the same graph again returns the very same scene (no undo step)', () => {
    const scene = sceneFromGraph(fixtureGraph, { kind: 'overview' });
    expect(mergeGraph(scene, fixtureGraph)).toBe(scene);
  });

  it('drops relationships whose ends are not on screen', () => {
    const partial = { nodes: fixtureGraph.nodes.slice(0, 3), relationships: fixtureGraph.relationships };
    const scene = mergeGraph(emptyScene(), partial);
    for (const rel of scene.rels.values()) {
      expect(scene.nodes.has(rel.start) && scene.nodes.has(rel.end)).toBe(true);
    }
    expect(scene.rels.size).toBe(2); // the two PART_OF among the three zones
  });

  it('dismisses a node with its relationships and pin', () => {
    const pinned = togglePin(sceneFromGraph(fixtureGraph, { kind: 'overview' }), CUSTOMS);
    const scene = dismissNodes(pinned, [CUSTOMS]);
    expect(scene.nodes.has(CUSTOMS)).toBe(false);
    expect([...scene.rels.values()].some((r) => r.start === CUSTOMS || r.end === CUSTOMS)).toBe(false);
    expect(scene.pinned.has(CUSTOMS)).toBe(false);
  });

  it('dismisses unconnected nodes only', () => {
    const scene = dismissUnconnected(sceneFromGraph(fixtureGraph, { kind: 'overview' }));
    expect(scene.nodes.has(PROVINCE)).toBe(false); // 湖南省商务厅 has no relationship
    expect(scene.nodes.size).toBe(fixtureGraph.nodes.length - 1);
  });

  it('groups a node’s relationships by type', () => {
    const scene = sceneFromGraph(fixtureGraph, { kind: 'overview' });
    const groups = neighbourGroups(scene, M1);
    expect(groups.map((g) => g.type)).toEqual([
      'APPLIES_TO',
      'CONTAINS',
      'INVOLVED_IN',
      'LEADS',
      'SUPPORTS',
      'TARGETS',
    ]);
    expect(groups.find((g) => g.type === 'LEADS')?.items[0].other.id).toBe(CUSTOMS);
    expect(sceneGraph(scene).nodes).toHaveLength(fixtureGraph.nodes.length);
  });
});

describe('undo/redo history', () => {
  const cases: { steps: ('push' | 'undo' | 'redo')[]; present: number; undoable: boolean; redoable: boolean }[] = [
    { steps: ['push', 'push'], present: 2, undoable: true, redoable: false },
    { steps: ['push', 'push', 'undo'], present: 1, undoable: true, redoable: true },
    { steps: ['push', 'undo', 'undo', 'undo'], present: 0, undoable: false, redoable: true },
    { steps: ['push', 'push', 'undo', 'redo'], present: 2, undoable: true, redoable: false },
    { steps: ['push', 'undo', 'push'], present: 2, undoable: true, redoable: false },
  ];
  it.each(cases)('$steps → $present', ({ steps, present, undoable, redoable }) => {
    let h = startHistory(0);
    let counter = 0;
    for (const step of steps) {
      if (step === 'push') h = pushHistory(h, (counter += 1));
      else h = step === 'undo' ? undo(h) : redo(h);
    }
    expect(h.present).toBe(present);
    expect(canUndo(h)).toBe(undoable);
    expect(canRedo(h)).toBe(redoable);
  });

  it('keeps at most `limit` past steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i += 1) h = pushHistory(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });
});
