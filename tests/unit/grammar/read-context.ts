// What the grammar's table tests share: the real dictionaries and register, a document context of a
// given level and place, and the readings of a sentence (name as read : role), sorted.
import { looksLikeAgency } from '../../../graph-loader/src/extract/agencies.ts';
import { bodyTest } from '../../../graph-loader/src/grammar/lists.ts';
import { readStatements } from '../../../graph-loader/src/grammar/read.ts';
import { placeIndex } from '../../../graph-loader/src/lang/places.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import type { DocContext } from '../../../graph-loader/src/types.ts';

export const DICTS = await loadDictionaries('data/dictionaries');
export const PLACES = placeIndex(DICTS.divisions!);

export function at(level: DocContext['level'], province: string | null, city: string | null): DocContext {
  return {
    docId: 'policy:t',
    file: 't.txt',
    title: 't',
    province,
    city,
    district: null,
    zoneId: null,
    masked: false,
    level,
    places: PLACES,
    register: DICTS.register,
  };
}

export function read(text: string, ctx: DocContext): string[] {
  const known = bodyTest((n) => looksLikeAgency(n, ctx, DICTS.agencies));
  return readStatements(text, 0, text.length, { isBody: known, isKnown: known })
    .map((r) => `${r.name.as ?? r.name.raw}:${r.role}`)
    .sort();
}
