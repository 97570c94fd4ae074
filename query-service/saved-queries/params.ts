// Parameter binding for saved queries: values from JSON (API) or from `k=v` text (CLI) are checked
// against the declared types and turned into driver values (integers as Neo4j integers so that
// LIMIT $n works). Pure apart from the injected text converter.
import neo4j from 'neo4j-driver';
import { ParameterError } from '../../core/errors.ts';
import type { JsonValue, ParamType, SavedQueryInfo, SavedQueryParam } from '../../core/api-types.ts';

export type Simplify = (text: string) => string;
export type DriverParams = Record<string, unknown>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Binds the declared parameters: supplied value, else the default. Unknown names are refused. */
export function bindParams(
  query: Pick<SavedQueryInfo, 'name' | 'params'>,
  supplied: Record<string, JsonValue>,
  simplify: Simplify,
): DriverParams {
  for (const key of Object.keys(supplied)) {
    if (!query.params.some((p) => p.name === key)) {
      throw new ParameterError(`query ${query.name} has no parameter "${key}"`);
    }
  }
  const out: DriverParams = {};
  for (const param of query.params) {
    const value = key(supplied, param.name) ? supplied[param.name] : param.default;
    out[param.name] = toDriver(param, checkValue(param, value), simplify);
  }
  return out;
}

function key(obj: Record<string, JsonValue>, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, name);
}

/** Parses CLI `k=v` text into a JSON value of the declared type (string[] is comma-separated). */
export function parseParamText(param: SavedQueryParam, text: string): JsonValue {
  if (text === 'null') return null;
  switch (param.type) {
    case 'integer':
    case 'float': {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) throw badType(param, text);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw badType(param, text);
      return text === 'true';
    case 'string[]':
      return text === '' ? [] : text.split(',').map((s) => s.trim());
    default:
      return text;
  }
}

/** `k=v` pairs from the command line, typed by the query's declarations. */
export function parseParamPairs(
  query: Pick<SavedQueryInfo, 'name' | 'params'>,
  pairs: string[],
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ParameterError(`--param needs key=value, got "${pair}"`);
    const name = pair.slice(0, eq);
    const param = query.params.find((p) => p.name === name);
    if (!param) throw new ParameterError(`query ${query.name} has no parameter "${name}"`);
    out[name] = parseParamText(param, pair.slice(eq + 1));
  }
  return out;
}

function checkValue(param: SavedQueryParam, value: JsonValue): JsonValue {
  if (value === null) return null;
  if (!matchesType(param.type, value)) throw badType(param, value);
  if (param.allowed && param.allowed.length > 0) {
    const values = Array.isArray(value) ? value : [value];
    const bad = values.find((v) => !param.allowed?.some((a) => a === v));
    if (bad !== undefined) {
      throw new ParameterError(
        `parameter ${param.name}: ${JSON.stringify(bad)} is not one of ${JSON.stringify(param.allowed)}`,
      );
    }
  }
  return value;
}

function matchesType(type: ParamType, value: JsonValue): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && DATE_RE.test(value) && !Number.isNaN(Date.parse(value));
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'nodeId':
      return typeof value === 'string' && value.trim() !== '';
    default:
      return typeof value === 'string';
  }
}

function toDriver(param: SavedQueryParam, value: JsonValue, simplify: Simplify): unknown {
  if (value === null) return null;
  if (param.type === 'integer') return neo4j.int(value as number);
  if (param.normalise && typeof value === 'string') return normaliseText(value, param.normalise, simplify);
  if (param.normalise && Array.isArray(value)) {
    return value.map((v) => normaliseText(String(v), param.normalise ?? 'simplified', simplify));
  }
  return value;
}

/** Traditional → simplified; for `fulltext` also a safe Lucene query: every word a quoted phrase. */
export function normaliseText(value: string, mode: 'simplified' | 'fulltext', simplify: Simplify): string {
  const simplified = simplify(value.trim());
  return mode === 'fulltext' ? luceneQuery(simplified) : simplified;
}

/** Words of the input as quoted Lucene phrases joined by AND: no operator of the input survives. */
export function luceneQuery(text: string): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return words.map((w) => `"${w.replace(/["\\]/g, '\\$&')}"`).join(' AND ');
}

/** Ad-hoc Cypher parameters from JSON: whole numbers become Neo4j integers (LIMIT $n works). */
export function adHocParams(params: Record<string, JsonValue>): DriverParams {
  const out: DriverParams = {};
  for (const [name, value] of Object.entries(params)) out[name] = adHocValue(value);
  return out;
}

function adHocValue(value: JsonValue): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(adHocValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, adHocValue(v)]));
  }
  return value;
}

function badType(param: SavedQueryParam, value: unknown): ParameterError {
  return new ParameterError(`parameter ${param.name} must be ${param.type}, got ${JSON.stringify(value)}`);
}
