// Named error classes. Only the CLI (exit code + one human line) and the HTTP layer
// (status + {error:{code,message}}) translate them; helpers throw, never exit.

export class FtzError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A problem tied to a place in an input file. */
export class InputError extends FtzError {
  readonly file: string;
  readonly line: number | null;
  constructor(file: string, line: number | null, problem: string, options?: { cause?: unknown }) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`, options);
    this.file = file;
    this.line = line;
  }
}
export class EncodingError extends InputError {}
export class EmptyFileError extends InputError {}
export class BinaryFileError extends InputError {}
export class SegmentationError extends InputError {}
export class ExtractionError extends InputError {} // extraction of a decoded plan failed unexpectedly
export class InputTooLargeError extends InputError {} // a plan larger than extraction accepts

export class PrerequisiteError extends FtzError {} // Java / Maven / Chromium missing
export class Neo4jStartError extends FtzError {}
export class Neo4jUnavailableError extends FtzError {}
export class StaleLockError extends FtzError {}

export class UnknownSavedQueryError extends FtzError {}
export class SavedQueryFormatError extends FtzError {}
export class ReadOnlySavedQueryError extends FtzError {}
export class ParameterError extends FtzError {}
export class WriteRefusedError extends FtzError {}
export class QueryTimeoutError extends FtzError {}
export class SearchIndexingError extends FtzError {} // the full-text index a query needs is filling or missing
export class QueryMemoryError extends FtzError {} // a query over Neo4j's per-transaction memory limit
export class CypherError extends FtzError {} // a query Neo4j rejected (syntax, unknown function, …)
export class NotFoundError extends FtzError {} // a node, document or saved query that does not exist
export class UsageError extends FtzError {}
