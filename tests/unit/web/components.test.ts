// Components rendered to HTML on the server side (no DOM, no canvas): each test gets a fresh
// QueryClient whose cache holds what the server would have answered.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../core/api-types.ts';
import { graphKeys } from '../../../web/src/api/queries.ts';
import { DetailsPanel } from '../../../web/src/components/DetailsPanel.tsx';
import { ResultView } from '../../../web/src/components/ResultView.tsx';
import type { ResultViewProps } from '../../../web/src/components/ResultView.tsx';
import { translator } from '../../../web/src/i18n/i18n.ts';
import type { Lang } from '../../../web/src/i18n/i18n.ts';
import { ExplorerContext } from '../../../web/src/state/explorer-context.ts';
import { explorerReducer, initialState } from '../../../web/src/state/explorer-state.ts';
import type { ExplorerState } from '../../../web/src/state/explorer-state.ts';
import { CUSTOMS, fixtureGraph } from './fixture.ts';

function render(node: ReactNode, state: ExplorerState, client = new QueryClient()): string {
  const context = { state, dispatch: () => undefined, t: translator(state.lang) };
  return renderToString(
    createElement(QueryClientProvider, { client }, createElement(ExplorerContext.Provider, { value: context }, node)),
  );
}

const result = (over: Partial<QueryResult> = {}): QueryResult => ({
  columns: ['agency', 'measures'],
  rows: [{ agency: '岳阳海关', measures: 3 }],
  graph: { nodes: [], relationships: [] },
  truncated: false,
  rowCap: 5000,
  elapsedMs: 4,
  ...over,
});

describe('ResultView says what happened', () => {
  const base: ResultViewProps = {
    status: 'success',
    fetching: false,
    data: result(),
    error: null,
    preferred: 'table',
    onAdd: () => {},
    onReplace: () => {},
  };
  const cases: { name: string; props: Partial<ResultViewProps>; lang: Lang; state: string; text: RegExp }[] = [
    { name: 'a table of rows', props: {}, lang: 'zh', state: 'ok', text: /岳阳海关/ },
    {
      name: 'running',
      props: { status: 'pending', fetching: true, data: undefined },
      lang: 'en',
      state: 'running',
      text: /Running/,
    },
    {
      name: 'truncated',
      props: { data: result({ truncated: true, rowCap: 1 }) },
      lang: 'en',
      state: 'truncated',
      text: /More than 1 rows/,
    },
    {
      name: 'a paged answer says N of M',
      props: { data: result({ truncated: true, truncatedReason: 'rows', total: 40, rowCap: 5000 }) },
      lang: 'en',
      state: 'truncated',
      text: /1 of 40 rows shown/,
    },
    {
      name: 'write refused',
      props: {
        status: 'error',
        data: undefined,
        error: Object.assign(new Error('writes are not allowed'), { code: 'WRITE_REFUSED' }),
      },
      lang: 'zh',
      state: 'write-refused',
      text: /写入被拒绝：writes are not allowed/,
    },
    {
      name: 'timed out',
      props: { status: 'error', data: undefined, error: Object.assign(new Error('10 s'), { code: 'TIMEOUT' }) },
      lang: 'en',
      state: 'timeout',
      text: /timed out: 10 s/,
    },
    {
      name: 'nothing to draw',
      props: { preferred: 'graph' },
      lang: 'en',
      state: 'nothing-drawable',
      text: /switch to the table view/,
    },
  ];
  it.each(cases)('$name', ({ props, lang, state, text }) => {
    const html = render(createElement(ResultView, { ...base, ...props }), initialState({ lang }));
    expect(html).toContain(`data-state="${state}"`);
    expect(html).toMatch(text);
  });
});

describe('DetailsPanel', () => {
  it('shows readable properties, English name, database degree and the evidence of relationships on screen', () => {
    const client = new QueryClient();
    const customs = fixtureGraph.nodes.find((n) => n.id === CUSTOMS);
    if (!customs) throw new Error('fixture');
    client.setQueryData(graphKeys.node(CUSTOMS), { node: customs, degree: { LEADS: 26, SUPPORTS: 59 } });
    let state = explorerReducer(initialState({ lang: 'en' }), {
      type: 'scene/replace',
      graph: fixtureGraph,
      origin: { kind: 'overview' },
    });
    state = explorerReducer(state, { type: 'select', id: CUSTOMS });
    const html = render(createElement(DetailsPanel), state, client);
    expect(html).toContain('岳阳海关 · Yueyang Customs');
    expect(html).toContain('municipal');
    expect(html).toMatch(/leads.*26/);
    expect(html).toContain('data-rel-type="LEADS"');
    expect(html).toContain(`${CUSTOMS} LEADS`); // the fixture's evidence sentence
    expect(html).toContain('Open in plan');
  });

  it('asks for a click when nothing is selected', () => {
    expect(render(createElement(DetailsPanel), initialState({ lang: 'zh' }))).toContain('点击节点查看详情');
  });
});
