// `ftz start` (what `npm start` runs): Neo4j up (bundled unless NEO4J_URI is set), data/plans loaded
// when changed, the explorer built when its sources are newer than the build, the API + explorer served.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureNeo4j, stopBundledNeo4j } from '../../database/server.ts';
import { openDriver } from '../../database/connection.ts';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { defaultDataDir } from '../../database/paths.ts';
import { applySchema } from '../../graph-loader/src/db/schema.ts';
import { loadPlans } from '../../graph-loader/src/db/load.ts';
import { loadDictionaries } from '../../graph-loader/src/read/dictionaries.ts';
import { readManifest } from '../../graph-loader/src/read/manifest.ts';
import { UsageError } from '../../core/errors.ts';
import { summary as loadSummary } from './load.ts';

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

async function buildExplorerIfStale(log: (line: string) => void): Promise<string> {
  const dist = join(PROJECT_ROOT, 'web/dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(PROJECT_ROOT, 'web/src')),
    statSync(join(PROJECT_ROOT, 'web/index.html')).mtimeMs,
  );
  if (built < sources) {
    log('building the explorer (vite build)…');
    const { build } = await import('vite');
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'error' });
  }
  return dist;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'no-load': { type: 'boolean' }, 'data-dir': { type: 'string' } },
  });
  const log = (line: string): void => console.log(line);
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir();
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 4173);

  const settings = await ensureNeo4j({ dataDir, onProgress: log });
  log(`neo4j: ${settings.uri}${settings.reused ? ' (already running)' : ''}`);
  const driver = openDriver(settings);
  try {
    await applySchema(driver, settings.database);
    if (!values['no-load']) {
      const report = await loadPlans(driver, [join(PROJECT_ROOT, 'data/plans')], {
        dicts: await loadDictionaries(join(PROJECT_ROOT, 'data/dictionaries')),
        manifest: await readManifest(join(PROJECT_ROOT, 'data/plans')),
      });
      log(loadSummary(report, false));
      if (report.failed > 0) log('some plans failed to load (see above); serving the rest');
    }
    const staticDir = await buildExplorerIfStale(log);
    const { startServer } = await import('../../web/server/server.ts');
    const server = await startServer({
      driver,
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
