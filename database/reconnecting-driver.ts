// A driver for long-running processes (the API server) that follows the bundled Neo4j across restarts:
// when the server's address changes (server.json names a new port) or a connection is refused, the
// next use gets a driver for the current address. Everything else is the driver's own behaviour; the
// acquisition and retry timeouts are short so that requests fail in seconds during an outage.
import type { Driver } from 'neo4j-driver';
import { openDriver, resolveConnection } from './connection.ts';
import type { ConnectionSettings } from './connection.ts';

/** Seconds, not the driver's minute: a request during an outage answers 503 quickly. */
export const OUTAGE_TIMEOUTS = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 3_000,
};

export interface ReconnectingDriver {
  /** the driver to pass on: a stable object whose calls go to the current connection */
  driver: Driver;
  /** re-reads the settings now; true when the driver was replaced */
  refresh(): Promise<boolean>;
  close(): Promise<void>;
}

function sameServer(a: ConnectionSettings, b: ConnectionSettings): boolean {
  return a.uri === b.uri && a.username === b.username && a.password === b.password;
}

/** `settings` is re-read every `intervalMs` (default 2 s: server.json is a small local file) and when
 *  a call fails with ServiceUnavailable. With NEO4J_URI set the address never changes and only the
 *  driver's own reconnection applies. */
export function reconnectingDriver(
  initial: ConnectionSettings,
  opts: { resolve?: () => Promise<ConnectionSettings>; intervalMs?: number } = {},
): ReconnectingDriver {
  const resolveSettings =
    opts.resolve ?? (() => resolveConnection(process.env, initial.dataDir ? { dataDir: initial.dataDir } : {}));
  let settings = initial;
  let current = openDriver(settings, OUTAGE_TIMEOUTS);
  let closed = false;
  const refresh = async (): Promise<boolean> => {
    const next = await resolveSettings().catch(() => null);
    if (closed || !next || sameServer(next, settings)) return false;
    const old = current;
    settings = next;
    current = openDriver(settings, OUTAGE_TIMEOUTS);
    await old.close().catch(() => {});
    return true;
  };
  const timer = setInterval(() => void refresh(), opts.intervalMs ?? 2_000);
  timer.unref();
  const driver = new Proxy({} as Driver, {
    get(_target, property) {
      const value = Reflect.get(current, property, current) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(current, args);
        if (result instanceof Promise) {
          return result.catch(async (error: unknown) => {
            if ((error as { code?: string }).code === 'ServiceUnavailable') await refresh();
            throw error;
          });
        }
        return result;
      };
    },
  });
  return {
    driver,
    refresh,
    close: async () => {
      closed = true;
      clearInterval(timer);
      await current.close();
    },
  };
}
