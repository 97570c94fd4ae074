// Applies cypher/schema.cypher (constraints, indexes, the ftzSearch full-text index) idempotently and
// waits until every index is online.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../core/paths.ts';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'cypher', 'schema.cypher');

/** The statements of a .cypher file: `//` comment lines dropped, split at semicolons ending a line. */
export function splitStatements(source: string): string[] {
  const code = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applySchema(driver: Driver, database?: string, file: string = SCHEMA_FILE): Promise<void> {
  const statements = splitStatements(await readFile(file, 'utf8'));
  const session = driver.session(database ? { database } : {});
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: 300 });
  } finally {
    await session.close();
  }
}
