// The Cypher-script export recreates its subgraph: export from the seeds, empty the database, run the
// script statement by statement, and compare every node (id, labels, properties) and relationship
// (type, endpoints, properties) with the JSON export taken before. The seeds are reloaded afterwards.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../core/api-types.ts';
import type { FragmentJson } from '../../../query-service/export/json.ts';
import { createQueryService } from '../../../query-service/service.ts';
import { resetDatabase } from '../../setup/neo4j.ts';
import { ensureSeeds, seededDriver } from '../queries/seeded.ts';

let driver: Driver;

beforeAll(async () => {
  driver = await seededDriver();
});
afterAll(async () => {
  await ensureSeeds(driver);
  await driver.close();
});

const SOURCES: [string, ExportRequest['source']][] = [
  [
    'an agency and a plan with their neighbours',
    { kind: 'nodes', ids: ['agency:岳阳海关', 'policy:郑政办〔2018〕94号'], depth: 1 },
  ],
  ['the citation network (plans with full text, policies, issuers)', { kind: 'saved', name: 'citation-network' }],
];

/** Everything in the database, in the fragment shape, sorted for comparison. */
async function dump(): Promise<FragmentJson> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const plain = (v: unknown): unknown => (neo4j.isInt(v) ? v.toNumber() : Array.isArray(v) ? v.map(plain) : v);
  const props = (p: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, plain(v)]));
  try {
    const nodes = await session.run('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id');
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS s, b.id AS e, properties(r) AS p',
    );
    return normalise({
      nodes: nodes.records.map((r) => ({
        id: r.get('id') as string,
        labels: r.get('labels') as string[],
        properties: props(r.get('p')) as never,
      })),
      relationships: rels.records.map((r) => ({
        type: r.get('type') as string,
        start: r.get('s') as string,
        end: r.get('e') as string,
        properties: props(r.get('p')) as never,
      })),
    });
  } finally {
    await session.close();
  }
}

function normalise(f: FragmentJson): FragmentJson {
  const key = (x: unknown): string => JSON.stringify(x);
  return {
    nodes: f.nodes
      .map((n) => ({
        ...n,
        labels: [...n.labels].sort(),
        properties: sortKeys({ ...n.properties, id: n.id }) as never,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    relationships: f.relationships
      .map((r) => ({ ...r, properties: sortKeys(r.properties) as never }))
      .sort((a, b) => (key(a) < key(b) ? -1 : 1)),
  };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Exports `source` as a script and as JSON, empties the database, runs the script, reads it all back. */
async function roundTrip(source: ExportRequest['source']): Promise<{ expected: FragmentJson; actual: FragmentJson }> {
  const service = createQueryService({ driver });
  const script = (await service.export({ source, format: 'cypher' })).body as string;
  const expected = normalise(
    JSON.parse((await service.export({ source, format: 'json' })).body as string) as FragmentJson,
  );
  await resetDatabase(driver);
  const statements = script
    .split(/;\n/)
    .map((s) => s.replace(/^(\s*\/\/[^\n]*\n)+/, '').trim())
    .filter((s) => s !== '');
  const session = driver.session();
  try {
    for (const statement of statements) await session.run(statement);
  } finally {
    await session.close();
  }
  const actual = await dump();
  await resetDatabase(driver); // the next ensureSeeds reloads the seeds
  return { expected, actual };
}

describe('the Cypher script recreates the subgraph in an empty database', () => {
  it.each(SOURCES)('%s', async (_label, source) => {
    await ensureSeeds(driver);
    const { expected, actual } = await roundTrip(source);
    expect(expected.nodes.length).toBeGreaterThan(10);
    expect(
      expected.nodes.some((n) => n.labels.includes('Document') && String(n.properties['text']).includes('\n')),
    ).toBe(true);
    expect(actual.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id));
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships.length).toBe(expected.relationships.length);
    expect(actual.relationships).toEqual(expected.relationships);
  });

  it('quotes, backslashes, line separators, backticks in names and labels survive', async () => {
    await ensureSeeds(driver);
    const hostile = {
      id: "agency:it's \\ a `test`",
      name: 'line\nbreak \u2028 sep \' quote " dq \\u0041 not an escape \t tab',
      tricky: "'); MATCH (n) DETACH DELETE n; //",
    };
    const session = driver.session();
    try {
      await session.run(
        'MATCH (a:Agency {id: $lead}) CREATE (h:Agency:`Odd Label`) SET h = $props, h.`weird key` = [1, 2.5] CREATE (h)-[:`CO OPERATES` {note: $props.tricky}]->(a)',
        { lead: 'agency:岳阳海关', props: hostile },
      );
    } finally {
      await session.close();
    }
    const { expected, actual } = await roundTrip({ kind: 'nodes', ids: [hostile.id], depth: 1 });
    expect(expected.nodes.find((n) => n.id === hostile.id)?.properties['name']).toBe(hostile.name);
    expect(actual).toEqual(expected);
  });
});
