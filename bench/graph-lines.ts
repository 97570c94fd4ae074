// A graph as sorted text lines, one per node (labels, properties with their types) and per
// relationship (type, endpoint ids, properties with their types): two loads wrote the same graph
// when their lines are equal. A property's type is part of its line (1 and 1.0, [] and [1] differ).
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/** A value with its Neo4j type: integers, floats, booleans, strings and lists of them. */
function typed(value: unknown): unknown {
  if (value && typeof value === 'object' && 'toNumber' in value)
    return `int:${(value as { toNumber(): number }).toNumber()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}

function props(p: Record<string, unknown>, skip: ReadonlySet<string>): string {
  const keys = Object.keys(p)
    .filter((k) => !skip.has(k))
    .sort();
  return JSON.stringify(keys.map((k) => [k, typed(p[k])]));
}

/** Every node and relationship of the database as a sorted line (properties in `skip` left out). */
export async function graphLines(driver: Driver, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  const session = driver.session();
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS p',
    );
    return [
      ...nodes.records.map(
        (r) => `N ${[...(r.get('labels') as string[])].sort().join(':')} ${props(r.get('p'), skip)}`,
      ),
      ...rels.records.map((r) => `R ${r.get('type')} ${r.get('a')} ${r.get('b')} ${props(r.get('p'), skip)}`),
    ].sort();
  } finally {
    await session.close();
  }
}

export const linesHash = (lines: readonly string[]): string =>
  createHash('sha256').update(lines.join('\n')).digest('hex');

/** The first lines that differ between two dumps (for a readable failure): each shown from a little
 *  before the first character where it differs from the nearest line of the other dump. */
export function firstDifferences(a: readonly string[], b: readonly string[], max = 5): string[] {
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyA = a.filter((l) => !inB.has(l)).slice(0, max);
  const onlyB = b.filter((l) => !inA.has(l)).slice(0, max);
  const from = (line: string, other: string | undefined): string => {
    let i = 0;
    while (other !== undefined && i < line.length && line[i] === other[i]) i++;
    return `${line.slice(0, 80)} … ${line.slice(Math.max(0, i - 60), i + 240)}`;
  };
  return [...onlyA.map((l, i) => `- ${from(l, onlyB[i])}`), ...onlyB.map((l, i) => `+ ${from(l, onlyA[i])}`)];
}
