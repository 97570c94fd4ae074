import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from '../../../web/src/api/endpoints.ts';
import { exportFileName } from '../../../web/src/components/export-files.ts';
import { explorerReducer, initialState } from '../../../web/src/state/explorer-state.ts';
import type { ExplorerAction, ExplorerState } from '../../../web/src/state/explorer-state.ts';
import { errorLike, noticeForError } from '../../../web/src/state/state-message.ts';
import { CUSTOMS, ECOM, PROVINCE, fixtureGraph } from './fixture.ts';

const run = (actions: ExplorerAction[], from: ExplorerState = initialState({ lang: 'zh' })) =>
  actions.reduce(explorerReducer, from);
const loaded: ExplorerAction = { type: 'scene/replace', graph: fixtureGraph, origin: { kind: 'overview' } };

describe('the camera in the explorer state', () => {
  it("restores a shared URL's camera instead of fitting, and fits when the URL has none", () => {
    const scene = run([loaded]).history.present;
    const withCamera = run(
      [{ type: 'scene/restore', scene }],
      initialState({ lang: 'zh', camera: { x: 0.2, y: 0.8, ratio: 0.3 } }),
    );
    expect(withCamera.cameraNonce).toBe(1);
    expect(withCamera.fitNonce).toBe(0);
    const without = run([{ type: 'scene/restore', scene }]);
    expect(without.cameraNonce).toBe(0);
    expect(without.fitNonce).toBe(1);
  });
  it('asks the camera to follow an expand, and keeps a reported camera once', () => {
    const follow = { parent: CUSTOMS, ids: [ECOM] };
    const s = run([loaded, { type: 'scene/merge', graph: fixtureGraph, follow }]);
    expect(s.follow).toEqual({ ...follow, nonce: 1 });
    const view = { x: 0.1, y: 0.2, ratio: 0.5 };
    const once = explorerReducer(s, { type: 'camera', camera: view });
    expect(once.camera).toEqual(view);
    expect(explorerReducer(once, { type: 'camera', camera: { ...view } })).toBe(once);
  });
});

describe('explorer state', () => {
  const cases: { name: string; actions: ExplorerAction[]; nodes: number; undoable: boolean }[] = [
    { name: 'load the overview', actions: [loaded], nodes: 10, undoable: true },
    {
      name: 'dismiss one node',
      actions: [loaded, { type: 'scene/dismiss', ids: [CUSTOMS] }],
      nodes: 9,
      undoable: true,
    },
    {
      name: 'dismiss then undo',
      actions: [loaded, { type: 'scene/dismiss', ids: [CUSTOMS] }, { type: 'undo' }],
      nodes: 10,
      undoable: true,
    },
    { name: 'undo everything', actions: [loaded, { type: 'undo' }], nodes: 0, undoable: false },
    { name: 'undo then redo', actions: [loaded, { type: 'undo' }, { type: 'redo' }], nodes: 10, undoable: true },
    { name: 'dismiss unconnected', actions: [loaded, { type: 'scene/dismiss-unconnected' }], nodes: 9, undoable: true },
    { name: 'clear', actions: [loaded, { type: 'scene/clear' }], nodes: 0, undoable: true },
  ];
  it.each(cases)('$name', ({ actions, nodes, undoable }) => {
    const state = run(actions);
    expect(state.history.present.nodes.size).toBe(nodes);
    expect(state.history.past.length > 0).toBe(undoable);
  });

  it('drops the selection when its node leaves the scene', () => {
    const state = run([loaded, { type: 'select', id: PROVINCE }, { type: 'scene/dismiss-unconnected' }]);
    expect(state.selected).toBeNull();
  });

  it('selects and focuses a node merged in from a search', () => {
    const state = run([
      { type: 'scene/merge', graph: { nodes: fixtureGraph.nodes.slice(8, 9), relationships: [] }, focus: ECOM },
    ]);
    expect(state.selected).toBe(ECOM);
    expect(state.focus?.id).toBe(ECOM);
  });

  it('opens the plan reader at the evidence', () => {
    const state = run([{ type: 'reader', target: { docId: 'policy:x', mark: { start: 3, end: 9 } } }]);
    expect(state.panel).toBe('reader');
    expect(state.reader?.mark).toEqual({ start: 3, end: 9 });
  });

  it('keeps the expand cap within bounds', () => {
    expect(run([{ type: 'expand-cap', cap: 0 }]).expandCap).toBe(1);
    expect(run([{ type: 'expand-cap', cap: 5000 }]).expandCap).toBe(200);
  });
});

describe('errors and file names', () => {
  it('turns an API error into the sentence for its state', () => {
    const error = Object.assign(new Error('Writes are not allowed'), { code: 'WRITE_REFUSED' });
    expect(errorLike(error)).toEqual({ code: 'WRITE_REFUSED', message: 'Writes are not allowed' });
    expect(noticeForError(error).key).toBe('stateWriteRefused');
    expect(noticeForError(new Error('boom')).key).toBe('stateError');
  });

  const dispositions = [
    {
      header: `attachment; filename="scene.graphml"; filename*=UTF-8''%E5%B2%B3%E9%98%B3.graphml`,
      name: '岳阳.graphml',
    },
    { header: 'attachment; filename="scene.gexf"', name: 'scene.gexf' },
    { header: null, name: null },
  ];
  it.each(dispositions)('reads the file name from $header', ({ header, name }) =>
    expect(fileNameFromDisposition(header)).toBe(name),
  );

  it('names exports by what and when, safely', () => {
    expect(exportFileName('岳阳海关', 'csv', new Date('2026-11-21T10:00:00Z'))).toBe(
      'ftz-atlas-岳阳海关-2026-11-21.zip',
    );
    expect(exportFileName('a/b: c', 'graphml', new Date('2026-11-21T10:00:00Z'))).toBe(
      'ftz-atlas-a-b-c-2026-11-21.graphml',
    );
  });
});
