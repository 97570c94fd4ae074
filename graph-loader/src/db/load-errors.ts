// Which errors stop a load: those that concern the connection or the store (Neo4j gone, the session
// expired, credentials refused, the disk full), not one file; every other error fails its file alone.
import { Neo4jError } from 'neo4j-driver';
import { Neo4jUnavailableError } from '../../../core/errors.ts';

/** Errors that concern the connection, not the file: the load stops instead of failing every file. */
export function connectionError(error: unknown): Neo4jUnavailableError | null {
  if (!(error instanceof Neo4jError)) return null;
  const { code } = error;
  const diskFull = /no space left|disk (is )?full|ENOSPC/i.test(error.message);
  const fatal =
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.ClientError.Security.') ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    diskFull;
  if (!fatal) return null;
  const hint = diskFull ? ' (the disk of the store is full: free space, then `ftz db stop` and `ftz db start`)' : '';
  return new Neo4jUnavailableError(`cannot load into Neo4j: ${error.message.split('\n')[0]}${hint}`, {
    cause: error,
  });
}
