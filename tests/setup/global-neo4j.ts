// Vitest globalSetup of the integration and e2e projects: starts a bundled Neo4j in a fresh temp
// directory on a free port, provides its connection as inject('neo4j'), stops it and removes the
// directory at teardown. With FTZ_TEST_NEO4J_URI (+ FTZ_TEST_NEO4J_USERNAME/PASSWORD) set, that server
// is used instead and nothing starts — the tests then reset its database, so never point it at real data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startBundledNeo4j, stopBundledNeo4j } from '../../database/server.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.FTZ_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4j', {
      uri: external,
      username: process.env.FTZ_TEST_NEO4J_USERNAME ?? 'neo4j',
      password: process.env.FTZ_TEST_NEO4J_PASSWORD ?? '',
    });
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'ftz-test-neo4j-'));
  const log = (line: string): void => console.error(`[neo4j] ${line}`);
  try {
    const server = await startBundledNeo4j({ dataDir, port: await freePort(), onProgress: log });
    project.provide('neo4j', { uri: server.uri, username: server.username, password: server.password });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await stopBundledNeo4j(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  };
}
