// Lint configuration: typescript-eslint's recommended rules plus the layer boundaries of STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureLayer = {
  paths: [
    { name: 'neo4j-driver', message: 'extraction is pure: only graph-loader/src/db talks to Neo4j' },
    { name: 'node:fs', message: 'extraction is pure: read files in graph-loader/src/read or cli' },
    { name: 'fs', message: 'extraction is pure: read files in graph-loader/src/read or cli' },
    { name: 'node:fs/promises', message: 'extraction is pure' },
  ],
  patterns: [{ group: ['**/cli/*', '**/db/*'], message: 'extraction never imports the CLI or the database layer' }],
};

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
  {
    files: [
      'graph-loader/src/extract/**',
      'graph-loader/src/segment/**',
      'graph-loader/src/normalise/**',
      'graph-loader/src/fragment/**',
      'graph-loader/src/register/**',
    ],
    rules: { 'no-restricted-imports': ['error', pureLayer] },
  },
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'the browser talks to the API through web/src/api only' }] },
      ],
    },
  },
);
