// Errors → HTTP: the named error classes become a status and {error:{code,message,requestId}};
// request validation failures are BAD_REQUEST; anything unexpected is answered as INTERNAL. Every
// error is logged with the request's id (fastify's reqId), which the body names: a 5xx as an error
// with its stack, a user's mistake (4xx) at info level.
import type { FastifyError, FastifyInstance } from 'fastify';
import {
  CypherError,
  Neo4jUnavailableError,
  NotFoundError,
  ParameterError,
  PrerequisiteError,
  QueryMemoryError,
  QueryTimeoutError,
  SearchIndexingError,
  ReadOnlySavedQueryError,
  SavedQueryFormatError,
  UnknownSavedQueryError,
  UsageError,
  WriteRefusedError,
} from '../../../core/errors.ts';
import type { ApiError, ApiErrorCode } from '../../../core/api-types.ts';

type ErrorClass = abstract new (...args: never[]) => Error;
const TABLE: [ErrorClass, number, ApiErrorCode][] = [
  [UnknownSavedQueryError, 404, 'UNKNOWN_SAVED_QUERY'],
  [NotFoundError, 404, 'NOT_FOUND'],
  [ReadOnlySavedQueryError, 403, 'READ_ONLY_QUERY'],
  [WriteRefusedError, 403, 'WRITE_REFUSED'],
  [ParameterError, 400, 'BAD_PARAMETER'],
  [SavedQueryFormatError, 400, 'BAD_REQUEST'],
  [UsageError, 400, 'BAD_REQUEST'],
  [CypherError, 400, 'CYPHER_ERROR'],
  [QueryMemoryError, 422, 'MEMORY_LIMIT'],
  [QueryTimeoutError, 504, 'TIMEOUT'],
  [SearchIndexingError, 503, 'SEARCH_INDEXING'],
  [Neo4jUnavailableError, 503, 'NEO4J_UNAVAILABLE'],
  [PrerequisiteError, 500, 'INTERNAL'],
];

export function apiError(code: ApiErrorCode, message: string): ApiError {
  return { error: { code, message } };
}

/** The status and body for an error thrown anywhere below a route. */
export function toHttpError(error: unknown): { status: number; body: ApiError; expected: boolean } {
  for (const [cls, status, code] of TABLE) {
    if (error instanceof cls) return { status, body: apiError(code, error.message), expected: true };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    return { status: 400, body: apiError('BAD_REQUEST', fastifyError.message ?? 'bad request'), expected: true };
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      body: apiError('BAD_REQUEST', fastifyError.message ?? 'bad request'),
      expected: true,
    };
  }
  return { status: 500, body: apiError('INTERNAL', 'internal error: see the server log'), expected: false };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body, expected } = toHttpError(error);
    const where = `${request.method} ${request.url.split('?')[0]}`;
    if (!expected || status >= 500) {
      request.log.error({ err: error, status }, `${where}: ${body.error.code}`);
      if (body.error.code === 'INTERNAL')
        body.error.message = `internal error: see the server log (request ${request.id})`;
    } else {
      request.log.info({ status, code: body.error.code }, `${where}: ${body.error.message}`);
    }
    body.error.requestId = request.id;
    void reply.status(status).send(body);
  });
}
