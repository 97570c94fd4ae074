// `ftz db start|stop|status|dump|restore`: the bundled Neo4j server (or, for status, the NEO4J_URI
// server) and consistent copies of its store (database/dump.ts).
import { relative, resolve } from 'node:path';
import Table from 'cli-table3';
import { openDriver, resolveConnection } from '../../database/connection.ts';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { dumpStore, restoreStore } from '../../database/dump.ts';
import { defaultDataDir, serverFiles } from '../../database/paths.ts';
import { portFromEnv, startBundledNeo4j, statusBundledNeo4j, stopBundledNeo4j } from '../../database/server.ts';
import type { DbOptions } from '../parse.ts';

function shown(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  return rel.startsWith('..') ? path : rel;
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

async function start(dataDir: string, option: number | undefined): Promise<number> {
  if (process.env.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): ftz uses that server and starts nothing`);
    return 0;
  }
  const port = option ?? portFromEnv();
  const result = await startBundledNeo4j({
    dataDir,
    ...(port ? { port } : {}),
    onProgress: (line) => console.log(line),
  });
  const how = result.reused ? 'is already running' : 'started';
  console.log(
    `Neo4j ${how} at ${result.uri} (user ${result.username}, password in ${shown(serverFiles(dataDir).password)})`,
  );
  return 0;
}

async function stop(dataDir: string): Promise<number> {
  const result = await stopBundledNeo4j(dataDir);
  console.log(result.message);
  return 0;
}

function printStatus(rows: [string, string][], json: boolean, value: object): void {
  if (json) {
    console.log(JSON.stringify(value, null, 2));
    return;
  }
  const table = new Table(process.stdout.isTTY ? {} : { style: { head: [], border: [] } });
  for (const row of rows) table.push(row);
  console.log(table.toString());
}

/** NEO4J_URI set: report that server (no store size: ftz does not manage its files). */
async function externalStatus(json: boolean): Promise<number> {
  const settings = await resolveConnection(process.env);
  const driver = openDriver(settings);
  try {
    const info = await driver.getServerInfo(settings.database ? { database: settings.database } : {});
    const session = driver.session(settings.database ? { database: settings.database } : {});
    const count = async (q: string): Promise<number> => Number((await session.run(q)).records[0]?.get('c') ?? 0);
    const nodes = await count('MATCH (n) RETURN count(n) AS c');
    const relationships = await count('MATCH ()-[r]->() RETURN count(r) AS c');
    await session.close();
    const value = {
      running: true,
      external: true,
      uri: settings.uri,
      version: info.agent ?? null,
      nodes,
      relationships,
    };
    printStatus(
      [
        ['server', `${settings.uri} (NEO4J_URI)`],
        ['version', info.agent ?? '?'],
        ['nodes', String(nodes)],
        ['relationships', String(relationships)],
      ],
      json,
      value,
    );
    return 0;
  } finally {
    await driver.close();
  }
}

async function status(dataDir: string, json: boolean): Promise<number> {
  if (process.env.NEO4J_URI) return externalStatus(json);
  const s = await statusBundledNeo4j(dataDir);
  const rows: [string, string][] = [
    [
      'state',
      s.running
        ? `running (pid ${s.pid})`
        : s.stale
          ? `not running (stale state of pid ${s.pid}; ftz db start cleans it)`
          : 'not running',
    ],
    ['address', s.uri ?? '-'],
    ['version', s.version ?? '-'],
    ['data', shown(s.dataDir)],
    ['store size', megabytes(s.storeBytes)],
    ['nodes', s.nodes === null ? '-' : String(s.nodes)],
    ['relationships', s.relationships === null ? '-' : String(s.relationships)],
  ];
  printStatus(rows, json, s);
  return s.running ? 0 : 3;
}

/** `ftz db status` exits 0 when the server runs and 3 when it does not (as LSB init scripts do). */
export async function dbAction(options: DbOptions): Promise<number> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  switch (options.action) {
    case 'start':
      return start(dataDir, options.port);
    case 'stop':
      return stop(dataDir);
    case 'status':
      return status(dataDir, options.json);
    case 'dump': {
      const dump = await dumpStore(dataDir, options.file ?? '');
      console.log(`dumped the store of ${shown(dataDir)} (${megabytes(dump.storeBytes)}) to ${dump.file}`);
      return 0;
    }
    case 'restore': {
      const restored = await restoreStore(dataDir, options.file ?? '');
      console.log(
        `restored the store of ${restored.createdAt} into ${shown(dataDir)}` +
          (restored.kept ? `; the previous store is kept in ${shown(restored.kept)} (delete it when done)` : '') +
          '; start it with `ftz db start`',
      );
      return 0;
    }
  }
}
