// Which words of a search hit to mark: pure string work on the converted node. The full-text index
// splits Chinese into overlapping character pairs, so a hit may match a term only in part; we mark
// whole terms where they occur and otherwise the character pairs of the term that do.
import type { ApiNode, JsonValue } from '../../core/api-types.ts';
import { displayName } from '../../core/display.ts';

export interface Highlight {
  text: string;
  ranges: [number, number][];
}

const SNIPPET = 120;
const DISPLAY_KEYS = ['name', 'title', 'fullName', 'shortName', 'nameEn'];

/** The text to show for a hit and the ranges of the matched words in it. */
export function highlightHit(node: ApiNode, terms: string[]): Highlight {
  const display = displayName(node);
  const candidates = [display, ...stringsOf(node.properties, DISPLAY_KEYS), ...aliasesOf(node.properties['aliases'])];
  const body = node.properties['text'];
  if (typeof body === 'string') candidates.push(body);
  for (const text of candidates) {
    const ranges = findRanges(text, terms);
    if (ranges.length > 0) return snippet(text, ranges);
  }
  return { text: display, ranges: [] };
}

function stringsOf(props: Record<string, JsonValue>, keys: string[]): string[] {
  return keys.map((k) => props[k]).filter((v): v is string => typeof v === 'string' && v !== '');
}

function aliasesOf(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Sorted, merged [start, end) ranges of the terms (or, failing a term, of its character pairs). */
export function findRanges(text: string, terms: string[]): [number, number][] {
  const raw: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const term of terms.map((t) => t.toLowerCase()).filter((t) => t !== '')) {
    const whole = occurrences(lower, term);
    if (whole.length > 0) {
      raw.push(...whole);
      continue;
    }
    for (let i = 0; i + 2 <= term.length; i++) raw.push(...occurrences(lower, term.slice(i, i + 2)));
  }
  return merge(raw);
}

function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (needle === '') return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    out.push([at, at + needle.length]);
  }
  return out;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A window of about SNIPPET characters around the first match, ranges shifted into it. */
function snippet(text: string, ranges: [number, number][]): Highlight {
  if (text.length <= SNIPPET) return { text, ranges };
  const from = Math.max(0, ranges[0][0] - 30);
  const to = Math.min(text.length, from + SNIPPET);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const shift = prefix.length - from;
  const inside = ranges
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { text: prefix + text.slice(from, to) + suffix, ranges: inside };
}
