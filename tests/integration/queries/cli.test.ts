// `ftz query` and `ftz export` as a user runs them (a child process of bin/ftz.js against the test
// Neo4j): results in three formats, and every error — unknown query, bad parameter type, a write
// through --cypher or a query file, a timeout — as one line on stderr with a non-zero exit code.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../../core/paths.ts';
import { seededDriver, snapshot } from './seeded.ts';
import type { Snapshot } from './seeded.ts';

const run = promisify(execFile);
let driver: Driver;
let snap: Snapshot;
let dir: string;

beforeAll(async () => {
  driver = await seededDriver();
  snap = await snapshot(driver);
  dir = await mkdtemp(path.join(tmpdir(), 'ftz-cli-'));
});
afterAll(async () => {
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function ftz(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  const { uri, username, password } = inject('neo4j');
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin/ftz.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        NO_COLOR: '1',
        ...env,
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function oneLineError(o: Outcome, pattern: RegExp): void {
  expect(o.code).not.toBe(0);
  const lines = o.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('ftz query', () => {
  it('--list shows the library', async () => {
    const o = await ftz(['query', '--list']);
    expect(o.code).toBe(0);
    expect(o.stdout).toContain('lead-bureaus-by-industry');
    expect(o.stdout).toContain('产业牵头单位');
  });

  it('runs a saved query with a parameter, as JSON', async () => {
    const o = await ftz(['query', 'agency-portfolio', '--param', 'agency=岳阳海关', '--format', 'json']);
    expect(o.code, o.stderr).toBe(0);
    const body = JSON.parse(o.stdout) as { rows: { measureId: string }[] };
    const id = 'agency:岳阳海关';
    expect(new Set(body.rows.map((r) => r.measureId))).toEqual(
      new Set([...snap.out('LEADS', id), ...snap.out('SUPPORTS', id)]),
    );
  });

  it('runs ad-hoc Cypher with parameters, as CSV with formula cells neutralised', async () => {
    const o = await ftz([
      'query',
      '--cypher',
      'RETURN $name AS name, $n AS n, $f AS f',
      '--param',
      'name=岳阳海关',
      '--param',
      'n=5',
      '--param',
      'f==1+1',
      '--format',
      'csv',
    ]);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stdout.trim().split('\n')).toEqual(['name,n,f', "岳阳海关,5,'=1+1"]);
  });

  it('runs a query file, as a table', async () => {
    const file = path.join(dir, 'count-plans.cypher');
    await writeFile(
      file,
      '// @name count-plans\n// @title.zh 方案数\n// @title.en Plans\nMATCH (d:Document) RETURN count(d) AS plans\n',
    );
    const o = await ftz(['query', file]);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stdout).toContain(String(snap.byLabel('Document').length));
  });

  it('unknown query: one line, exit 1', async () => {
    oneLineError(await ftz(['query', 'no-such-query']), /no saved query named "no-such-query"/);
  });

  it('bad parameter type: one line, exit 1', async () => {
    oneLineError(
      await ftz(['query', 'co-assigned-agencies', '--param', 'limit=lots']),
      /parameter limit must be integer/,
    );
  });

  it('a write through --cypher is refused', async () => {
    oneLineError(
      await ftz(['query', '--cypher', "CREATE (n:Agency {id: 'agency:cli'}) RETURN n"]),
      /writes are not allowed/,
    );
  });

  it('a saved query file containing CREATE is refused', async () => {
    const file = path.join(dir, 'sneaky.cypher');
    await writeFile(
      file,
      "// @name sneaky\n// @title.zh 写\n// @title.en Write\nMATCH (a:Agency) WITH a LIMIT 1\nCREATE (a)-[:LEADS]->(:Measure {id: 'measure:x'})\n",
    );
    oneLineError(await ftz(['query', file]), /writes are not allowed/);
  });

  it('a malformed query file names the file and line', async () => {
    const file = path.join(dir, 'broken.cypher');
    await writeFile(file, '// @name broken\n// @title.zh 坏\n// @title.en Broken\n// @param x wrongtype\nRETURN $x\n');
    oneLineError(await ftz(['query', file]), /broken\.cypher:4: parameter "x" has unknown type/);
  });

  // server-side errors (issue 11: "`ftz query` prints raw stack traces for server-side errors")
  it.each([
    ['a syntax error', ['--cypher', 'MATCH (n RETURN n'], {}, /^ftz query: .*(syntax|Invalid input)/i],
    ['an error while running', ['--cypher', 'UNWIND [1, 0] AS d RETURN 1 / d'], {}, /^ftz query: .*\/ by zero/],
  ])('%s: one line, no stack trace', async (_what, args, env, pattern) => {
    const o = await ftz(['query', ...args], env);
    oneLineError(o, pattern);
    expect(o.stderr).not.toMatch(/\n\s+at /);
  });

  it('a Neo4j that is not there: one line within seconds (the driver retried for 30 s)', async () => {
    const started = Date.now();
    const o = await ftz(['query', 'co-assigned-agencies'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    oneLineError(o, /^ftz query: Neo4j is not reachable/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('a runaway query is stopped by the timeout', async () => {
    const cypher = 'MATCH (a:Measure), (b:Measure), (c:Measure) WHERE a.start + b.start + c.start = -1 RETURN count(*)';
    oneLineError(await ftz(['query', '--cypher', cypher], { FTZ_QUERY_TIMEOUT_MS: '1500' }), /longer than 1500 ms/);
  });
});

describe('ftz export', () => {
  it('writes a file from a saved query and reports what it wrote', async () => {
    const out = path.join(dir, 'lead.json');
    const o = await ftz(['export', 'shortest-connection', '--format', 'json', '-o', out]);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stdout).toMatch(/wrote .*lead\.json: json, \d+ nodes, \d+ relationships/);
    const fragment = JSON.parse(await readFile(out, 'utf8')) as { nodes: { id: string }[] };
    expect(fragment.nodes.map((n) => n.id)).toContain('agency:岳阳海关');
  });

  it('a write through --cypher is refused and no file is written', async () => {
    const out = path.join(dir, 'never.graphml');
    oneLineError(
      await ftz(['export', '--cypher', 'MATCH (n) DETACH DELETE n', '--format', 'graphml', '-o', out]),
      /writes are not allowed/,
    );
    await expect(readFile(out)).rejects.toThrow();
  });

  it('usage errors are one line', async () => {
    oneLineError(
      await ftz(['export', '--nodes', 'agency:岳阳海关', '--format', 'pdf', '-o', path.join(dir, 'x')]),
      /--format must be one of/,
    );
  });
});
