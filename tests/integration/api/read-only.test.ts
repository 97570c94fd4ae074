// Read-only by construction: every way to write through POST /api/cypher (and a user query that
// writes) is refused with WRITE_REFUSED and leaves the graph unchanged; Neo4j's own access-mode check
// and our EXPLAIN check are each shown to refuse a write on their own; a runaway query is stopped by
// the timeout; the row cap cuts and says so; values come back as plain JSON.
import type { FastifyInstance } from 'fastify';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WriteRefusedError } from '../../../core/errors.ts';
import type { ApiError, QueryResult } from '../../../core/api-types.ts';
import { assertPlannedReadOnly } from '../../../query-service/query/guard.ts';
import { buildServer } from '../../../web/server/server.ts';
import { seededDriver } from '../queries/seeded.ts';

let driver: Driver;
let app: FastifyInstance;

async function fingerprint(): Promise<string> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(
      'MATCH (n) WITH count(n) AS nodes, collect(DISTINCT labels(n)) AS labels OPTIONAL MATCH ()-[r]->() RETURN nodes, labels, count(r) AS rels',
    );
    const rec = res.records[0];
    return JSON.stringify([String(rec.get('nodes')), rec.get('labels'), String(rec.get('rels'))]);
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  driver = await seededDriver();
  app = await buildServer({ driver, queryTimeoutMs: 6000, rowCap: 25 });
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const WRITES: [string, string][] = [
  ['CREATE', "CREATE (n:Agency {id: 'agency:x', name: '写入'}) RETURN n"],
  ['MERGE', "MERGE (n:Agency {id: 'agency:岳阳海关'}) RETURN n"],
  ['SET', "MATCH (a:Agency {id: 'agency:岳阳海关'}) SET a.name = 'x' RETURN a"],
  ['DELETE', 'MATCH (m:Measure) DETACH DELETE m'],
  ['REMOVE', 'MATCH (a:Agency) REMOVE a.name RETURN count(a)'],
  ['write hidden after a comment', '// harmless\nMATCH (n) WITH n LIMIT 1 CREATE (m:X) RETURN m'],
  ['lower case', 'match (a:Agency) set a.x = 1 return a'],
  ['CALL IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS'],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['writing procedure', "CALL db.createLabel('Hacked')"],
  ['unknown procedure', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
  ['backticked procedure', "CALL `db`.`createLabel`('Hacked')"],
  ['schema command', 'CREATE INDEX hacked IF NOT EXISTS FOR (n:Agency) ON (n.x)'],
  ['DROP', 'DROP CONSTRAINT agency_id'],
  ['admin command', 'CREATE DATABASE hacked'],
  ['user admin', "CREATE USER eve SET PASSWORD 'secret123'"],
  ['USE another database', 'USE system SHOW USERS'],
  ['EXPLAIN prefix does not help', 'EXPLAIN CREATE (n:X) RETURN n'],
  ['write in a subquery', 'MATCH (a:Agency) CALL (a) { CREATE (x:X) RETURN x } RETURN count(*)'],
  ['FOREACH', 'MATCH (a:Agency) WITH collect(a) AS xs FOREACH (x IN xs | SET x.flag = true)'],
];

describe('writes are refused through POST /api/cypher', () => {
  it.each(WRITES)('%s', async (_label, cypher) => {
    const before = await fingerprint();
    const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { cypher } });
    expect(res.statusCode).toBe(403);
    const body = res.json() as ApiError;
    expect(body.error.code).toBe('WRITE_REFUSED');
    expect(body.error.message).toMatch(/writes are not allowed/);
    expect(await fingerprint()).toBe(before);
  });

  it('a read that mentions write words inside strings is allowed', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: { cypher: "RETURN 'CREATE (n) LOAD CSV DELETE' AS text, $p AS p", params: { p: 'CALL db.createLabel' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as QueryResult).rows).toEqual([
      { text: 'CREATE (n) LOAD CSV DELETE', p: 'CALL db.createLabel' },
    ]);
  });

  it('saving a user query that writes is refused and nothing is stored', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/queries',
      payload: { name: 'sneaky-write', title: { zh: '写', en: 'write' }, cypher: "CREATE (n:X {name: 'x'}) RETURN n" },
    });
    expect(res.statusCode).toBe(403);
    expect((res.json() as ApiError).error.code).toBe('WRITE_REFUSED');
    const list = await app.inject({ url: '/api/queries' });
    expect(list.body).not.toContain('sneaky-write');
  });
});

describe('each guard refuses a write by itself', () => {
  it('Neo4j enforces the read access mode of a single instance (finding: it does)', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const attempt = session.executeRead((tx) => tx.run("CREATE (n:AccessModeProbe {at: 'test'}) RETURN n"));
      await expect(attempt).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    } finally {
      await session.close();
    }
    const check = driver.session();
    try {
      const res = await check.run('MATCH (n:AccessModeProbe) RETURN count(n) AS n');
      expect(res.records[0].get('n').toNumber()).toBe(0);
    } finally {
      await check.close();
    }
  });

  it('the EXPLAIN check refuses a write even inside a write transaction', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const cypher of [
        'CREATE (n:GuardProbe) RETURN n',
        "CALL db.createLabel('GuardProbe')",
        'MATCH (n:GuardProbe) DELETE n',
      ]) {
        await expect(session.executeWrite((tx) => assertPlannedReadOnly(tx, cypher, {}))).rejects.toBeInstanceOf(
          WriteRefusedError,
        );
      }
      await expect(
        session.executeWrite((tx) => assertPlannedReadOnly(tx, 'MATCH (n:Agency) RETURN n LIMIT 1', {})),
      ).resolves.toBeUndefined();
    } finally {
      await session.close();
    }
  });
});

describe('limits and values', () => {
  it('a runaway cartesian product is stopped by the timeout and reported', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: {
        cypher:
          'MATCH (a:Measure), (b:Measure), (c:Measure) WHERE a.start + b.start + c.start = -1 RETURN count(*) AS n',
      },
    });
    expect(res.statusCode).toBe(504);
    expect(res.json()).toEqual({
      error: { code: 'TIMEOUT', message: expect.stringContaining('6000 ms'), requestId: expect.any(String) },
    });
  });

  it('the row cap cuts a long result and says so', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: { cypher: 'MATCH (m:Measure) RETURN m.id AS id' },
    });
    const body = res.json() as QueryResult;
    expect(body.rows.length).toBe(25);
    expect(body.truncated).toBe(true);
    expect(body.truncatedReason).toBe('rows');
    expect(body.rowCap).toBe(25);
    const small = (
      await app.inject({
        method: 'POST',
        url: '/api/cypher',
        payload: { cypher: 'MATCH (d:Document) RETURN d.id AS id' },
      })
    ).json() as QueryResult;
    expect(small.truncated).toBe(false);
    expect(small.truncatedReason).toBeUndefined();
  });

  it('integers, temporals, nodes, relationships and paths come back as plain JSON and a de-duplicated graph', async () => {
    const cypher = `MATCH p = (a:Agency {id: 'agency:岳阳海关'})-[r:LEADS]->(m:Measure)
      WITH a, r, m, p LIMIT 2
      RETURN a, r, m, p, 9007199254740993 AS big, 42 AS small, date('2021-08-31') AS d,
        datetime('2021-01-19T19:28:00Z') AS dt, duration('P1M2D') AS dur, point({x: 1, y: 2}) AS pt, $n AS n`;
    const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { cypher, params: { n: 3 } } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as QueryResult;
    const row = body.rows[0];
    expect(row['small']).toBe(42);
    expect(row['big']).toBe('9007199254740993');
    expect(row['d']).toBe('2021-08-31');
    expect(row['dt']).toBe('2021-01-19T19:28:00Z');
    expect(row['dur']).toBe('P1M2DT0S');
    expect(row['pt']).toEqual({ srid: 7203, x: 1, y: 2 });
    expect(row['n']).toBe(3);
    expect(row['a']).toMatchObject({ id: 'agency:岳阳海关', labels: ['Agency'] });
    expect(row['r']).toMatchObject({ type: 'LEADS', start: 'agency:岳阳海关' });
    expect(row['p']).toMatchObject({ nodes: [{ id: 'agency:岳阳海关' }, {}], relationships: [{ type: 'LEADS' }] });
    expect(body.graph.nodes.filter((n) => n.id === 'agency:岳阳海关').length).toBe(1);
    expect(body.graph.relationships.length).toBe(2);
    expect(body.columns).toEqual(['a', 'r', 'm', 'p', 'big', 'small', 'd', 'dt', 'dur', 'pt', 'n']);
  });

  it('a Cypher syntax error is a 400 CYPHER_ERROR with Neo4j’s message', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { cypher: 'MATCH (n RETURN n' } });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ApiError).error.code).toBe('CYPHER_ERROR');
  });

  it('a relationship whose endpoints are not returned still gets its nodes in the graph', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: { cypher: "MATCH (:Agency {id: 'agency:岳阳海关'})-[r:LEADS]->() RETURN r LIMIT 3" },
    });
    const body = res.json() as QueryResult;
    expect(body.graph.relationships.length).toBe(3);
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    for (const r of body.graph.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    expect(body.graph.relationships[0].start).toBe('agency:岳阳海关');
  });
});
