// Documents the prefix table knows by number and title (国发〔2017〕17号 = 《中国（河南）自由贸易试验区
// 总体方案》), so a citation by title alone meets a citation by number: one Policy node. Pure.

import type { DocPrefixEntry } from '../types.ts';
import { type DocNumber, formatDocNumber, normaliseTitle, unwrapNotice } from './citation-key.ts';

export interface KnownDocument {
  number: DocNumber;
  titles: string[]; // normalised; the first is the canonical title
}

interface KnownIndex {
  byTitle: Map<string, KnownDocument>;
  byNumber: Map<string, KnownDocument>;
}

const cache = new WeakMap<readonly DocPrefixEntry[], KnownIndex>();

export function knownDocuments(table: readonly DocPrefixEntry[]): KnownIndex {
  let idx = cache.get(table);
  if (idx) return idx;
  idx = { byTitle: new Map(), byNumber: new Map() };
  for (const entry of table) {
    for (const k of entry.known ?? []) {
      const doc = {
        number: { prefix: entry.prefix, year: k.year, serial: k.serial },
        titles: k.titles.map(normaliseTitle),
      };
      idx.byNumber.set(formatDocNumber(doc.number), doc);
      for (const t of doc.titles) idx.byTitle.set(t, doc);
    }
  }
  cache.set(table, idx);
  return idx;
}

/** The known document a citation names: by its number, else by its title, the plan a notice
 *  issues, or the title without (试行)-like trailers. */
export function lookupKnown(
  idx: KnownIndex,
  title: string | null,
  number: DocNumber | null,
  strip: (t: string) => string,
): KnownDocument | undefined {
  if (number && number.serial !== null) return idx.byNumber.get(formatDocNumber(number));
  if (!title) return undefined;
  const inner = unwrapNotice(title)?.inner;
  for (const t of [title, inner, strip(title)]) {
    const doc = t ? idx.byTitle.get(t) : undefined;
    if (doc) return doc;
  }
  return undefined;
}
