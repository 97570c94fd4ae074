// The header of a saved-query file (cypher/queries/*.cypher): a block of `// @tag value` comment
// lines at the top, then the Cypher. Pure: text in, SavedQueryInfo out, SavedQueryFormatError with
// file and line on anything it does not understand. cypher/README.md documents the format.
import { SavedQueryFormatError } from '../../core/errors.ts';
import type { JsonValue, ParamType, SavedQueryInfo, SavedQueryParam } from '../../core/api-types.ts';
import { VIEWS } from '../../core/api-types.ts';

export const PARAM_TYPES: readonly ParamType[] = [
  'string',
  'integer',
  'float',
  'boolean',
  'date',
  'string[]',
  'nodeId',
];
const NAME_RE = /^[a-z0-9][a-z0-9-]*$/;
const PARAM_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Draft {
  name?: string;
  zh?: string;
  en?: string;
  description: string[];
  descriptionZh: string[];
  selection?: { label: string; param: string };
  topic?: string;
  view?: SavedQueryInfo['view'];
  params: SavedQueryParam[];
}

class LineError extends Error {}

const isView = (value: string): value is SavedQueryInfo['view'] => (VIEWS as readonly string[]).includes(value);

/** Parses one file. `file` is used in messages; `expectedName` (the file stem) must match @name. */
export function parseSavedQuery(text: string, file: string, expectedName?: string): SavedQueryInfo {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const draft: Draft = { description: [], descriptionZh: [], params: [] };
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const body = line.slice(2).trim();
    if (!body.startsWith('@')) continue; // a plain comment inside the header
    try {
      applyTag(draft, body);
    } catch (error) {
      if (error instanceof LineError) throw new SavedQueryFormatError(`${file}:${index + 1}: ${error.message}`);
      throw error;
    }
  }
  const cypher = lines.slice(index).join('\n').trim();
  const where = `${file}:1`;
  if (!draft.name) throw new SavedQueryFormatError(`${where}: missing @name`);
  if (expectedName !== undefined && draft.name !== expectedName) {
    throw new SavedQueryFormatError(`${where}: @name ${draft.name} does not match the file name ${expectedName}`);
  }
  if (!draft.zh || !draft.en) throw new SavedQueryFormatError(`${where}: missing @title.zh or @title.en`);
  if (cypher === '') throw new SavedQueryFormatError(`${file}:${lines.length}: no Cypher after the header`);
  for (const p of draft.params) {
    if (!new RegExp(`\\$${p.name}\\b`).test(cypher)) {
      throw new SavedQueryFormatError(`${where}: parameter ${p.name} is declared but $${p.name} is not used`);
    }
  }
  if (draft.selection && !draft.params.some((p) => p.name === draft.selection?.param)) {
    throw new SavedQueryFormatError(`${where}: @selection names undeclared parameter ${draft.selection.param}`);
  }
  return {
    name: draft.name,
    title: { zh: draft.zh, en: draft.en },
    description: draft.description.join(' '),
    ...(draft.descriptionZh.length > 0 ? { descriptionZh: draft.descriptionZh.join('') } : {}),
    ...(draft.selection ? { selection: draft.selection } : {}),
    topic: draft.topic ?? 'general',
    params: draft.params,
    view: draft.view ?? 'table',
    cypher,
    builtIn: true,
  };
}

function applyTag(draft: Draft, body: string): void {
  const match = /^@([A-Za-z.]+)\s*(.*)$/.exec(body);
  if (!match) throw new LineError(`cannot read header line "${body}"`);
  const [, tag, rest] = match;
  const value = rest.trim();
  switch (tag) {
    case 'name':
      if (!NAME_RE.test(value)) throw new LineError(`@name must be kebab-case, got "${value}"`);
      draft.name = value;
      return;
    case 'title.zh':
      draft.zh = required(tag, value);
      return;
    case 'title.en':
      draft.en = required(tag, value);
      return;
    case 'description':
      draft.description.push(required(tag, value));
      return;
    case 'description.zh':
      draft.descriptionZh.push(required(tag, value));
      return;
    case 'selection': {
      const [label, param, ...rest] = value.split(/\s+/);
      if (!label || !/^[A-Z][A-Za-z]+(\|[A-Z][A-Za-z]+)*$/.test(label) || !param || rest.length > 0) {
        throw new LineError(`@selection needs a label and a parameter, got "${value}"`);
      }
      draft.selection = { label, param };
      return;
    }
    case 'topic':
      draft.topic = required(tag, value);
      return;
    case 'view':
      if (!isView(value)) {
        throw new LineError(`@view must be ${VIEWS.slice(0, -1).join(', ')} or ${VIEWS.at(-1)}, got "${value}"`);
      }
      draft.view = value;
      return;
    case 'param':
      draft.params.push(parseParam(value, draft.params));
      return;
    case 'param.description':
    case 'param.description.zh': {
      const [name, ...words] = value.split(/\s+/);
      const param = draft.params.find((p) => p.name === name);
      if (!param) throw new LineError(`@${tag} for undeclared parameter "${name}"`);
      if (tag === 'param.description') param.description = required(tag, words.join(' '));
      else param.descriptionZh = required(tag, words.join(' '));
      return;
    }
    default:
      throw new LineError(`unknown header tag @${tag}`);
  }
}

function required(tag: string, value: string): string {
  if (value === '') throw new LineError(`@${tag} needs a value`);
  return value;
}

/** `NAME TYPE [default=V] [allowed=a|b] [dependsOn=x,y] [normalise=simplified|fulltext] [lookup=CYPHER…]`;
 *  lookup takes the rest of the line; a value may be written as a JSON string ("with spaces"). */
function parseParam(spec: string, seen: SavedQueryParam[]): SavedQueryParam {
  const lookupAt = spec.search(/(^|\s)lookup=/);
  const lookup = lookupAt >= 0 ? spec.slice(spec.indexOf('lookup=', lookupAt) + 'lookup='.length).trim() : undefined;
  const head = lookupAt >= 0 ? spec.slice(0, lookupAt) : spec;
  const tokens = tokenize(head);
  const [name, type, ...options] = tokens;
  if (!name || !PARAM_NAME_RE.test(name)) throw new LineError(`@param needs a name, got "${name ?? ''}"`);
  if (seen.some((p) => p.name === name)) throw new LineError(`parameter "${name}" is declared twice`);
  if (!type || !(PARAM_TYPES as readonly string[]).includes(type)) {
    throw new LineError(`parameter "${name}" has unknown type "${type ?? ''}" (use ${PARAM_TYPES.join(', ')})`);
  }
  const param: SavedQueryParam = { name, type: type as ParamType, default: null };
  for (const option of options) applyParamOption(param, option);
  if (lookup !== undefined) {
    if (lookup === '') throw new LineError(`parameter "${name}": lookup= needs a Cypher query`);
    param.lookup = lookup;
  }
  return param;
}

function applyParamOption(param: SavedQueryParam, option: string): void {
  const eq = option.indexOf('=');
  if (eq <= 0) throw new LineError(`parameter "${param.name}": expected key=value, got "${option}"`);
  const key = option.slice(0, eq);
  const raw = unquote(option.slice(eq + 1));
  switch (key) {
    case 'default':
      param.default = defaultValue(param, raw);
      return;
    case 'allowed':
      param.allowed = raw.split('|').map((v) => defaultValue({ ...param, type: scalarOf(param.type) }, v));
      return;
    case 'dependsOn':
      param.dependsOn = raw.split(',').filter((v) => v !== '');
      return;
    case 'normalise':
      if (raw !== 'simplified' && raw !== 'fulltext') {
        throw new LineError(`parameter "${param.name}": normalise must be simplified or fulltext`);
      }
      param.normalise = raw;
      return;
    default:
      throw new LineError(`parameter "${param.name}": unknown option "${key}"`);
  }
}

function scalarOf(type: ParamType): ParamType {
  return type === 'string[]' ? 'string' : type;
}

function defaultValue(param: SavedQueryParam, raw: string): JsonValue {
  if (raw === 'null') return null;
  switch (param.type) {
    case 'integer':
    case 'float': {
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n) || (param.type === 'integer' && !Number.isInteger(n))) {
        throw new LineError(`parameter "${param.name}": default "${raw}" is not a ${param.type}`);
      }
      return n;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false')
        throw new LineError(`parameter "${param.name}": default must be true or false`);
      return raw === 'true';
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw))
        throw new LineError(`parameter "${param.name}": default "${raw}" is not a YYYY-MM-DD date`);
      return raw;
    case 'string[]':
      return raw === '' ? [] : raw.split(',');
    default:
      return raw;
  }
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /(\S+?="(?:[^"\\]|\\.)*")|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push(m[0]);
  return tokens;
}

function unquote(raw: string): string {
  if (raw.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed === 'string') return parsed;
    } catch {
      throw new LineError(`cannot read quoted value ${raw}`);
    }
  }
  return raw;
}
