// Connection settings: Neo4j's own conventions (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
// NEO4J_DATABASE) when NEO4J_URI is set — bolt://, neo4j://, neo4j+s:// (Aura, clusters) all go straight
// to the driver — otherwise the bundled server's address (server.json) and its password file.
import { readFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { Neo4jUnavailableError } from '../core/errors.ts';
import { defaultDataDir, serverFiles } from './paths.ts';
import { readState } from './server-state.ts';

export interface ConnectionSettings {
  uri: string;
  username: string;
  password: string;
  /** undefined: the server's default database */
  database?: string;
  /** the bundled server's data directory, when the settings point at it */
  dataDir?: string;
}

export const BUNDLED_USERNAME = 'neo4j';

export async function readPassword(dataDir: string): Promise<string> {
  const file = serverFiles(dataDir).password;
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (cause) {
    throw new Neo4jUnavailableError(`cannot read the bundled Neo4j password file ${file}; run \`ftz db start\` first`, {
      cause,
    });
  }
}

export async function resolveConnection(
  env: NodeJS.ProcessEnv = process.env,
  opts: { dataDir?: string } = {},
): Promise<ConnectionSettings> {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    };
  }
  const dataDir = opts.dataDir ?? defaultDataDir(env);
  const check = await readState(dataDir);
  if (check.kind !== 'running') {
    throw new Neo4jUnavailableError(
      `no bundled Neo4j is running for ${dataDir}: run \`ftz db start\` (or \`npm start\`), or set NEO4J_URI to use an existing Neo4j`,
    );
  }
  return {
    uri: check.state.uri,
    username: BUNDLED_USERNAME,
    password: await readPassword(dataDir),
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    dataDir,
  };
}

/** `timeouts` overrides the driver's (the API uses short ones, reconnecting-driver.ts). */
export function openDriver(
  settings: ConnectionSettings,
  timeouts: {
    connectionTimeout?: number;
    connectionAcquisitionTimeout?: number;
    maxTransactionRetryTime?: number;
  } = {},
): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    userAgent: 'ftz-atlas/0.1',
    connectionTimeout: 10_000,
    ...timeouts,
  });
}

/** Resolves when a Bolt server answers with these credentials (throws the driver's error otherwise). */
export async function verifyBolt(settings: ConnectionSettings): Promise<void> {
  const driver = openDriver(settings);
  try {
    await driver.getServerInfo(settings.database ? { database: settings.database } : {});
  } finally {
    await driver.close();
  }
}
