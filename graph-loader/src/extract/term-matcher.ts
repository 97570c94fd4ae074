// A dictionary matcher: every surface form of every entry, found leftmost-longest without overlaps
// (跨境电子商务 wins over 电子商务). Matching runs on folded text (term-text.ts fold), so full-width
// and half-width forms, （） and (), upper and lower case ASCII meet. Pure.

import { fold } from './term-text.ts';

export interface TermHit<K> {
  key: K;
  form: string; // the surface form as listed in the dictionary
  start: number;
  end: number;
}

interface Form<K> {
  folded: string;
  form: string;
  key: K;
  ascii: boolean;
}

const ASCII_WORD = /[a-z0-9]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_WORD.test(ch);
}

export class TermMatcher<K> {
  /** forms by their first UTF-16 code unit, then their second (0 past the end): two small-integer
   *  lookups per position of the text, no string and no heap number allocated */
  private readonly byFirst = new Map<number, Map<number, Form<K>[]>>();
  /** 1 where a form starts with that code unit: most positions of a text are skipped on one read */
  private readonly starts = new Uint8Array(65536);

  /** forms: surface form → key. Forms shorter than two characters are ignored unless ASCII. */
  constructor(forms: Iterable<readonly [string, K]>) {
    for (const [form, key] of forms) {
      const folded = fold(form.trim());
      if (folded.length < 2) continue;
      const first = folded.charCodeAt(0);
      this.starts[first] = 1;
      const bySecond = this.byFirst.get(first) ?? new Map<number, Form<K>[]>();
      this.byFirst.set(first, bySecond);
      const second = folded.charCodeAt(1) || 0;
      const list = bySecond.get(second) ?? [];
      if (list.some((f) => f.folded === folded)) continue;
      list.push({ folded, form, key, ascii: /^[\x20-\x7e]+$/.test(folded) });
      bySecond.set(second, list);
    }
    for (const bySecond of this.byFirst.values())
      for (const list of bySecond.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  }

  /** All hits in [from, to) of `folded` (a fold()ed text), leftmost-longest, non-overlapping. */
  findAll(folded: string, from = 0, to = folded.length): TermHit<K>[] {
    const hits: TermHit<K>[] = [];
    let i = from;
    while (i < to) {
      if (this.starts[folded.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const hit = this.matchAt(folded, i, to);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  private matchAt(folded: string, i: number, to: number): TermHit<K> | null {
    const list = this.byFirst.get(folded.charCodeAt(i))?.get(folded.charCodeAt(i + 1) || 0);
    if (!list) return null;
    for (const f of list) {
      const end = i + f.folded.length;
      if (end > to || !folded.startsWith(f.folded, i)) continue;
      if (f.ascii && isWordChar(f.folded[0]) && isWordChar(folded[i - 1])) continue;
      if (f.ascii && isWordChar(f.folded[f.folded.length - 1]) && isWordChar(folded[end])) continue;
      return { key: f.key, form: f.form, start: i, end };
    }
    return null;
  }
}

/** A dictionary entry that answers to its name and its aliases. */
export interface NamedEntry {
  name: string;
  aliases: readonly string[];
}

const nameMatchers = new WeakMap<readonly NamedEntry[], TermMatcher<string>>();

/** One matcher per dictionary (built once, reused for every document): every name and alias → the entry's name. */
export function nameMatcher(entries: readonly NamedEntry[]): TermMatcher<string> {
  let matcher = nameMatchers.get(entries);
  if (!matcher) {
    const forms: [string, string][] = [];
    for (const entry of entries) for (const form of [entry.name, ...entry.aliases]) forms.push([form, entry.name]);
    matcher = new TermMatcher(forms);
    nameMatchers.set(entries, matcher);
  }
  return matcher;
}
