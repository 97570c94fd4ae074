// Connection settings and prerequisites: NEO4J_URI wins and starts nothing (neo4j+s:// passes through
// to the driver), a missing bundled server is a named error, missing Java or Maven a one-paragraph one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDriver, resolveConnection } from '../../../database/connection.ts';
import { checkJava, checkMaven } from '../../../database/prerequisites.ts';
import { ensureNeo4j } from '../../../database/server.ts';
import { Neo4jUnavailableError, PrerequisiteError } from '../../../core/errors.ts';

describe('connection settings', () => {
  let emptyDir: string;
  beforeAll(async () => {
    emptyDir = await mkdtemp(join(tmpdir(), 'ftz-connection-test-'));
  });
  afterAll(() => rm(emptyDir, { recursive: true, force: true }));

  it.each([
    ['neo4j+s://abcd1234.databases.neo4j.io', 'analyst', 'secret', 'plans'],
    ['bolt://db.example.org:7687', 'neo4j', 'pw', undefined],
  ])(
    'takes %s from NEO4J_URI with the user, password and database as given',
    async (uri, username, password, database) => {
      const env = {
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        ...(database ? { NEO4J_DATABASE: database } : {}),
      };
      const settings = await resolveConnection(env, { dataDir: emptyDir });
      expect(settings).toEqual({ uri, username, password, ...(database ? { database } : {}) });
      const driver = openDriver(settings); // the driver accepts the scheme (it connects lazily)
      await driver.close();
    },
  );

  it('uses the NEO4J_URI server and starts nothing', async () => {
    const { uri, username, password } = inject('neo4j');
    const settings = await ensureNeo4j({
      env: { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      dataDir: emptyDir,
    });
    expect(settings).toMatchObject({ uri, started: false });
    const driver = openDriver(settings);
    const { records } = await driver.executeQuery('RETURN 1 + 1 AS two');
    await driver.close();
    expect(Number(records[0]?.get('two'))).toBe(2);
  });

  it('says how to start the bundled server when none runs', async () => {
    const resolving = resolveConnection({}, { dataDir: emptyDir });
    await expect(resolving).rejects.toBeInstanceOf(Neo4jUnavailableError);
    await expect(resolving).rejects.toThrow(/ftz db start.*NEO4J_URI/);
  });
});

describe('prerequisites', () => {
  it.each([
    ['Java', () => checkJava({ JAVA_HOME: join(tmpdir(), 'no-such-jdk'), PATH: '' }), /Java 17/],
    ['Maven', () => checkMaven({ PATH: join(tmpdir(), 'no-such-bin') }), /Maven 3\.8/],
  ])('missing %s: names the version, how to install it and NEO4J_URI', async (_name, check, version) => {
    const checking = check();
    await expect(checking).rejects.toBeInstanceOf(PrerequisiteError);
    await expect(checking).rejects.toThrow(version);
    await expect(checking).rejects.toThrow(/apt-get install openjdk-17-jre-headless maven.*NEO4J_URI/s);
  });

  it('accepts the Java and Maven of this machine', async () => {
    await expect(checkJava()).resolves.toBeUndefined();
    await expect(checkMaven()).resolves.toBeUndefined();
  });
});
