// The project's own import graph, read with TypeScript's pre-processor (static and dynamic imports,
// type-only ones included): every .ts/.tsx file under the source rooms → the files it imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../../core/paths.ts';

export const SOURCE_ROOMS = ['core', 'database', 'graph-loader', 'query-service', 'web/server', 'web/src', 'cli'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

function specifiers(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(join(PROJECT_ROOT, file), 'utf8'), true, true)
    .importedFiles.map((i) => i.fileName);
}

/** file (relative to the project root) → the project files it imports. */
export function importGraph(rooms: readonly string[] = SOURCE_ROOMS): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of rooms.flatMap(sourceFiles)) {
    const targets = specifiers(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(PROJECT_ROOT, resolve(PROJECT_ROOT, dirname(file), spec)));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every project file `start` loads, itself included (static and dynamic imports). */
export function reachable(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...(graph.get(file) ?? []));
  }
  return seen;
}

/** The packages (bare specifiers: vite, neo4j-driver, node:fs …) the files import. */
export function packagesOf(files: Iterable<string>): Set<string> {
  return new Set([...files].flatMap((f) => specifiers(f).filter((spec) => !spec.startsWith('.'))));
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return circles;
}
