// Reads and checks the gold files (tests/gold/*.json).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.ts';
import { REL_TYPES, type RelType } from '../../core/model.ts';
import type { EndKind, GoldFact, GoldFile, GoldName } from './gold-types.ts';

const KINDS: readonly EndKind[] = ['agency', 'measure', 'zone', 'industry', 'policy', 'document'];

export const GOLD_DIR = 'tests/gold';

/** Every gold file of a folder, sorted by name. */
export async function readGoldDir(dir: string = GOLD_DIR): Promise<GoldFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (n) => {
      const path = join(dir, n);
      return parseGold(JSON.parse(await readFile(path, 'utf8')) as unknown, path);
    }),
  );
}

/** Checks the shape of a parsed gold file; throws InputError naming the file and the problem. */
export function parseGold(raw: unknown, source: string): GoldFile {
  const fail = (problem: string): never => {
    throw new InputError(source, null, problem);
  };
  if (!isRecord(raw)) return fail('a gold file is a JSON object');
  if (typeof raw['file'] !== 'string') fail('"file" must be the seed file name');
  const complete = raw['complete'];
  if (!Array.isArray(complete) || !complete.every(isCompleteness)) {
    fail('"complete" lists relationship types or {type, from} scopes');
  }
  const names = raw['names'] ?? {};
  if (!isRecord(names) || !Object.values(names).every(isStringArray)) fail('"names" maps a name to variants');
  const facts = raw['facts'];
  if (!Array.isArray(facts)) return fail('"facts" must be an array');
  facts.forEach((f, i) => checkFact(f, i, fail));
  return raw as unknown as GoldFile;
}

function checkFact(f: unknown, i: number, fail: (problem: string) => never): asserts f is GoldFact {
  if (!isRecord(f)) return fail(`fact ${i} is not an object`);
  if (!isRelType(f['type'])) fail(`fact ${i}: unknown type ${String(f['type'])}`);
  if (!isName(f['from']) || !isName(f['to'])) fail(`fact ${i}: from/to must be a name or a list of names`);
  for (const k of ['fromKind', 'toKind']) {
    const v = f[k];
    if (v !== undefined && !KINDS.includes(v as EndKind)) fail(`fact ${i}: ${k} must be one of ${KINDS.join(', ')}`);
  }
  const also = f['alsoFrom'];
  if (also !== undefined && (!isRecord(also) || !KINDS.includes(also['kind'] as EndKind) || !isName(also['name']))) {
    fail(`fact ${i}: alsoFrom must be {kind, name}`);
  }
  if (f['note'] !== undefined && typeof f['note'] !== 'string') fail(`fact ${i}: note must be a string`);
}

function isCompleteness(v: unknown): boolean {
  if (isRelType(v)) return true;
  if (!isRecord(v) || !isRelType(v['type']) || !isName(v['from'])) return false;
  return v['fromKind'] === undefined || KINDS.includes(v['fromKind'] as EndKind);
}
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isRelType(v: unknown): v is RelType {
  return typeof v === 'string' && (REL_TYPES as readonly string[]).includes(v);
}
function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');
}
function isName(v: unknown): v is GoldName {
  return (typeof v === 'string' && v !== '') || (isStringArray(v) && v.length > 0);
}
