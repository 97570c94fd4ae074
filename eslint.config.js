// Lint configuration: typescript-eslint's recommended rules plus the import boundaries of
// docs/architecture.md. Every room lists the rooms ABOVE it (and its side neighbours) as forbidden,
// so an upward import fails `npm run lint`. The arrows, lowest first:
//   core ← database ← graph-loader (lang/types ← read, normalise, segment, fragment ← extract ← parse-plan ← db)
//   core ← database ← query-service ← web/server ← cli;   core ← web/src;   cli may import every room.
// `no-restricted-imports` patterns per files-glob are enough for this (no plugin): the patterns match
// the import specifier, and every room's folder name is unique in the tree.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const room = {
  cli: { group: ['**/cli/**'], message: 'cli/ is the top room: nothing imports it' },
  web: { group: ['**/web/server/**', '**/web/src/**'], message: 'the web app is above this room' },
  queryService: { group: ['**/query-service/**'], message: 'query-service/ is above this room (or beside it)' },
  loader: { group: ['**/graph-loader/**'], message: 'graph-loader/ is above this room (or beside it)' },
  database: { group: ['**/database/**'], message: 'database/ is above this room' },
};

/** graph-loader/src's own floors: a folder may import only the folders below it. */
const loader = {
  db: { group: ['**/db/*'], message: 'graph-loader/src/db (the writer) is the loader’s top floor' },
  parsePlan: { group: ['**/parse-plan.ts'], message: 'parse-plan.ts composes the pipeline; the stages do not call it' },
  extract: { group: ['**/extract/*'], message: 'extract/ is above read, normalise, segment and fragment' },
  normalise: { group: ['**/normalise/*'], message: 'the pipeline (parse-plan.ts) runs normalise, not the stages' },
  segment: { group: ['**/segment/*'], message: 'segment/ is above this folder' },
  fragment: { group: ['**/fragment/*'], message: 'fragment/ is above this folder' },
  read: { group: ['**/read/*'], message: 'read/ does I/O; pure stages never import it' },
  register: { group: ['**/register/*'], message: 'register/ (bodies of the state) is above this folder' },
  header: { group: ['**/header/*'], message: 'header/ (GB/T 9704 header) is above this folder' },
};

/** above register/ only: lang/ and the shared types */
const groundAbove = [
  { group: ['**/lang/*'], message: 'lang/ and the shared types are above register/' },
  { group: ['**/src/types.ts', '../types.ts'], message: 'the shared types are above register/' },
];

const pure = [
  { name: 'neo4j-driver', message: 'extraction is pure: only graph-loader/src/db and database/ talk to Neo4j' },
  { name: 'node:fs', message: 'extraction is pure: read files in graph-loader/src/read or cli' },
  { name: 'fs', message: 'extraction is pure: read files in graph-loader/src/read or cli' },
  { name: 'node:fs/promises', message: 'extraction is pure' },
];
const browser = [{ name: 'neo4j-driver', message: 'the browser talks to the API through web/src/api only' }];

/** One `no-restricted-imports` setting per files-glob (flat config keeps the last one that matches a
 *  file, so the globs below do not overlap). */
function layer(files, patterns, paths = []) {
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns: [...new Set(patterns)] }] } };
}

const pipelineAbove = [room.cli, room.web, room.queryService, room.database, loader.db, loader.parsePlan];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'web/dist/**', 'neo4j/target/**', 'data/**', 'bench/results/**', 'tests/artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // the rooms, lowest first
  layer(['core/**'], [room.cli, room.web, room.queryService, room.loader, room.database]),
  layer(['database/**'], [room.cli, room.web, room.queryService, room.loader]),
  // register/ (the bodies of the state, data only) is the loader's ground floor, below the shared types
  layer(
    ['graph-loader/src/types.ts', 'graph-loader/src/lang/**'],
    [...pipelineAbove, ...Object.values(loader).filter((f) => f !== loader.register)],
    pure,
  ),
  layer(
    ['graph-loader/src/similar/**'],
    [...pipelineAbove, loader.extract, loader.read, loader.normalise, loader.segment, loader.fragment],
    pure,
  ),
  layer(
    ['graph-loader/src/grammar/**'],
    [...pipelineAbove, loader.extract, loader.read, loader.normalise, loader.segment, loader.fragment],
    pure,
  ),
  layer(
    ['graph-loader/src/header/**'],
    [...pipelineAbove, loader.extract, loader.read, loader.normalise, loader.segment, loader.fragment],
    pure,
  ),
  layer(['graph-loader/src/register/**'], [...pipelineAbove, ...Object.values(loader), ...groundAbove], pure),
  layer(
    ['graph-loader/src/read/**'],
    [...pipelineAbove, loader.extract, loader.normalise, loader.segment, loader.fragment],
  ),
  layer(
    ['graph-loader/src/normalise/**', 'graph-loader/src/segment/**', 'graph-loader/src/fragment/**'],
    [...pipelineAbove, loader.extract, loader.read, loader.normalise, loader.segment, loader.fragment],
    pure,
  ),
  layer(['graph-loader/src/extract/**'], [...pipelineAbove, loader.normalise, loader.read], pure),
  layer(['graph-loader/src/parse-plan.ts'], [room.cli, room.web, room.queryService, room.database, loader.db]),
  layer(['graph-loader/src/db/**'], [room.cli, room.web, room.queryService]),
  layer(['query-service/**'], [room.cli, room.web, room.loader]),
  layer(['web/server/**'], [room.cli, room.loader]),
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: browser,
          patterns: [
            room.cli,
            room.queryService,
            room.loader,
            room.database,
            { group: ['**/server/**'], message: 'the browser talks to the server through web/src/api (HTTP) only' },
            { group: ['**/core/paths.ts', '**/core/chinese-script.ts'], message: 'Node-side core modules' },
          ],
        },
      ],
    },
  },
);
