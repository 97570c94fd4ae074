// The explorer as the analyst gets it: `vite build` once into web/dist, then the API server (H4's
// startServer) serving it on a free loopback port against the given Neo4j.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../core/paths.ts';
import { startServer } from '../../web/server/server.ts';

export const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

let built: Promise<void> | null = null;

/** Runs the production build once per process (vite.config.ts at the project root). */
export function buildExplorer(): Promise<void> {
  built ??= (async () => {
    const { build } = await import('vite');
    await build({
      configFile: join(PROJECT_ROOT, 'vite.config.ts'),
      root: join(PROJECT_ROOT, 'web'),
      logLevel: 'warn',
    });
  })();
  return built;
}

export async function startExplorer(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  await buildExplorer();
  return startServer({ driver, staticDir: WEB_DIST, host: '127.0.0.1', port: 0 });
}
