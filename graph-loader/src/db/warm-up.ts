// Warming the store up for a load's writes while its plans are parsed and linked. After a server
// start Neo4j plans and compiles each distinct statement on its first run, and its own code is still
// cold: a small load (10 plans just after an import restarted the server) paid that inside its write
// transaction and its derived counts (4 s of writes where a warm server takes 1). So on the load's
// first parsed plan the writer's statements run as they will (same texts and parameters) in a
// transaction that is rolled back, then the similarity links' statements with nothing to link; the
// derived counts' statements are planned (EXPLAIN, or run with no ids) beside it. Nothing of it stays;
// whatever fails here is left to the real statements to report.
import type { Driver } from 'neo4j-driver';
import type { ParsedPlan } from '../parse-plan.ts';
import { NO_LINKS } from '../similar/index.ts';
import { warmDerived } from './derived-store.ts';
import { warmSimilar } from './similar.ts';
import { writeDocuments } from './write-batch.ts';

/** Thrown inside the warm-up's transaction: the driver rolls it back. */
class RolledBack extends Error {}

export interface WarmUp {
  /** the writer's statements (the writer waits for it) */
  writes: Promise<void>;
  /** the derived counts' statements (the refresh waits for it) */
  derived: Promise<void>;
}

async function inSession<T>(
  driver: Driver,
  database: string | undefined,
  work: (s: ReturnType<Driver['session']>) => Promise<T>,
) {
  const session = driver.session(database ? { database } : {});
  try {
    await work(session);
  } catch {
    // left to the real statements
  } finally {
    await session.close();
  }
}

export function warmUp(driver: Driver, plan: ParsedPlan, opts: { database?: string; pipeline?: string }): WarmUp {
  const writes = inSession(driver, opts.database, (session) =>
    session.executeWrite(async (tx) => {
      await writeDocuments(tx, [{ plan, similar: NO_LINKS }], opts);
      await warmSimilar(tx);
      throw new RolledBack('warm-up');
    }),
  );
  return { writes, derived: inSession(driver, opts.database, warmDerived) };
}
