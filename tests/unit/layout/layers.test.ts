// The layout of docs/architecture.md holds: no import circles anywhere, the ESLint boundary rule
// refuses an upward import in every room (and lets a downward one through), `ftz extract` loads no
// database code and `ftz start` never imports vite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { importCircles, importGraph, packagesOf, reachable } from './import-graph.ts';

const graph = importGraph();

describe('import graph', () => {
  it('reads the project (every room has files)', () => {
    for (const room of ['core/', 'database/', 'graph-loader/', 'query-service/', 'web/server/', 'web/src/', 'cli/'])
      expect([...graph.keys()].some((f) => f.startsWith(room))).toBe(true);
  });

  it('has no circles', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCircles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('ftz extract loads no database code and no driver', () => {
    const files = reachable(graph, 'cli/commands/extract.ts');
    expect(files.size).toBeGreaterThan(20);
    expect([...files].filter((f) => f.startsWith('database/') || f.startsWith('graph-loader/src/db/'))).toEqual([]);
    expect(packagesOf(files).has('neo4j-driver')).toBe(false);
  });

  it('ftz start never imports vite', () => {
    const files = reachable(graph, 'cli/commands/start.ts');
    expect(files.has('web/server/server.ts')).toBe(true);
    expect([...packagesOf(files)].filter((p) => p === 'vite' || p.startsWith('vite/'))).toEqual([]);
  });
});

// [file in a room, an import that points up (or sideways) from it]
const UPWARD: [string, string][] = [
  ['core/x.ts', '../graph-loader/src/parse-plan.ts'],
  ['core/x.ts', '../database/connection.ts'],
  ['database/x.ts', '../query-service/service.ts'],
  ['database/x.ts', '../graph-loader/src/db/write.ts'],
  ['graph-loader/src/read/x.ts', '../extract/index.ts'],
  ['graph-loader/src/segment/x.ts', '../extract/types.ts'],
  ['graph-loader/src/fragment/x.ts', '../extract/index.ts'],
  ['graph-loader/src/extract/x.ts', '../normalise/script.ts'],
  ['graph-loader/src/extract/x.ts', '../db/write.ts'],
  ['graph-loader/src/lang/x.ts', '../segment/numbering.ts'],
  ['graph-loader/src/parse-plan.ts', '../../database/connection.ts'],
  ['graph-loader/src/db/x.ts', '../../../query-service/service.ts'],
  ['query-service/x.ts', '../web/server/server.ts'],
  ['query-service/x.ts', '../graph-loader/src/normalise/script.ts'],
  ['web/server/x.ts', '../../cli/main.ts'],
  ['web/server/x.ts', '../../graph-loader/src/db/load.ts'],
  ['web/src/x.ts', '../../query-service/export/index.ts'],
  ['web/src/x.ts', '../server/server.ts'],
  ['web/src/x.ts', '../../database/paths.ts'],
];
const DOWNWARD: [string, string][] = [
  ['query-service/x.ts', '../core/model.ts'],
  ['graph-loader/src/extract/x.ts', '../segment/index.ts'],
  ['graph-loader/src/db/x.ts', '../../../database/connection.ts'],
  ['web/server/x.ts', '../../query-service/service.ts'],
  ['web/src/x.ts', '../../core/display.ts'],
  ['cli/x.ts', '../web/server/server.ts'],
];

const eslint = new ESLint({ cwd: PROJECT_ROOT });
async function boundaryErrors(file: string, spec: string): Promise<string[]> {
  const code = `import { thing } from '${spec}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the ESLint import boundaries', () => {
  it.each(UPWARD)(
    '%s may not import %s',
    async (file, spec) => {
      expect(await boundaryErrors(file, spec)).toHaveLength(1);
    },
    30_000,
  ); // the first lint loads the configuration
  it.each(DOWNWARD)('%s may import %s', async (file, spec) => {
    expect(await boundaryErrors(file, spec)).toEqual([]);
  });
});
