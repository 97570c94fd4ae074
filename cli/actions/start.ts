// `ftz start` (what `npm start` runs): Neo4j up (bundled unless NEO4J_URI is set), data/plans loaded
// when changed, the prebuilt explorer (web/dist) served with the API. Vite is a devDependency and is
// never imported here: explorer.ts rebuilds web/dist in a child process when vite is installed and
// the sources are newer, and says how to build it when it is missing and vite is not installed.
import { join, resolve } from 'node:path';
import { ensureNeo4j, stopBundledNeo4j } from '../../database/server.ts';
import { openDriver } from '../../database/connection.ts';
import { reconnectingDriver } from '../../database/reconnecting-driver.ts';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { defaultDataDir } from '../../database/paths.ts';
import { applySchema } from '../../graph-loader/src/db/schema.ts';
import { loadPlans } from '../../graph-loader/src/db/load.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../graph-loader/src/read/manifest.ts';
import { UsageError } from '../../core/errors.ts';
import type { StartOptions } from '../parse.ts';
import { prebuiltExplorer } from './explorer.ts';
import { summary as loadSummary } from './load.ts';

export async function startAction(options: StartOptions): Promise<number> {
  const log = (line: string): void => console.log(line);
  const dataDir = options.dataDir ? resolve(options.dataDir) : defaultDataDir();
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 4173);

  const settings = await ensureNeo4j({ dataDir, onProgress: log });
  log(`neo4j: ${settings.uri}${settings.reused ? ' (already running)' : ''}`);
  const driver = openDriver(settings);
  try {
    await applySchema(driver, settings.database);
    if (!options.noLoad) {
      const report = await loadPlans(driver, [join(PROJECT_ROOT, 'data/plans')], {
        dicts: await loadDictionaries(join(PROJECT_ROOT, 'data/dictionaries')),
        manifest: await readManifest(join(PROJECT_ROOT, 'data/plans')),
      });
      log(loadSummary(report, false));
      if (report.failed > 0) log('some plans failed to load (see above); serving the rest');
    }
    const staticDir = await prebuiltExplorer(log);
    const { startServer } = await import('../../web/server/server.ts');
    // the API follows the bundled server across restarts (a new port in server.json, a refused connection)
    const api = reconnectingDriver(settings);
    const server = await startServer({
      driver: api.driver,
      database: settings.database,
      staticDir,
      host,
      port,
      token: process.env.FTZ_TOKEN,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      throw new UsageError(
        `${host}:${port} is already in use: stop the other server or choose another port with PORT=…`,
      );
    });
    log(`FTZ Atlas is serving ${server.url} — press Ctrl+C to stop`);
    await waitForSignal();
    await server.close();
    await api.close();
  } finally {
    await driver.close();
    if (settings.started) await stopBundledNeo4j(dataDir);
  }
  return 0;
}

function waitForSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
