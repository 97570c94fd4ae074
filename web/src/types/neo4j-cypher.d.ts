// @neo4j-cypher/react-codemirror ships its types but its package "exports" map has no "types"
// condition, so TypeScript's bundler resolution cannot find them: point it at them.
declare module '@neo4j-cypher/react-codemirror' {
  export { CypherEditor } from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
  export type { CypherEditorProps } from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
