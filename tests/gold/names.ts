// How a reader's name meets a fragment node: normalisation and the names a node answers to.
// Pure; used by the scorer (eval.ts).

import type { GraphNode, PropValue } from '../../core/model.ts';
import type { EndKind } from './gold-types.ts';

const BRACKETS: Record<string, string> = {
  '〔': '(',
  '〕': ')',
  '[': '(',
  ']': ')',
  '［': '(',
  '］': ')',
  '【': '(',
  '】': ')',
  '（': '(',
  '）': ')',
};

/** Text normalisation used on both sides of every comparison: NFKC (full-width → half-width),
 *  all bracket kinds → (), whitespace removed. */
export function normText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[〔〕[\]［］【】（）]/gu, (c) => BRACKETS[c] ?? c)
    .replace(/\s+/gu, '');
}

/** Name normalisation: normText, without 《》 and without a leading 中共 (中共岳阳市委组织部 = 岳阳市委组织部). */
export function normName(s: string): string {
  return normText(s)
    .replace(/[《》〈〉]/gu, '')
    .replace(/^中共/u, '');
}

function strings(v: PropValue | undefined): string[] {
  if (typeof v === 'string') return v === '' ? [] : [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x !== '');
  return [];
}

const PREFIXES = ['市', '区', '省', '县'];

/** Agencies answer to name, shortName and aliases, and to each short form with its 市/区/省/县
 *  prefix replaced by the agency's jurisdiction (市发改委 in 岳阳市 → 岳阳市发改委). */
function agencyNames(p: GraphNode['properties']): string[] {
  const short = [...strings(p['shortName']), ...strings(p['aliases'])];
  const jurisdiction = typeof p['jurisdiction'] === 'string' ? p['jurisdiction'] : null;
  const composed = jurisdiction
    ? short.filter((s) => PREFIXES.some((x) => s.startsWith(x))).map((s) => jurisdiction + s.slice(1))
    : [];
  return [...strings(p['name']), ...short, ...composed];
}

/** The names a node answers to, by the kind a gold endpoint asks for (measures are matched by text). */
export function nodeNames(node: GraphNode, kind: EndKind): string[] {
  const p = node.properties;
  switch (kind) {
    case 'agency':
      return agencyNames(p);
    case 'industry':
      return [...strings(p['name']), ...strings(p['aliases'])];
    case 'zone':
      return [...strings(p['name']), ...strings(p['fullName']), ...strings(p['aliases'])];
    case 'policy':
    case 'document':
      return [...strings(p['title']), ...strings(p['docNumber']), ...strings(p['aliases'])];
    case 'measure':
      return [];
  }
}

/** Does a node belong to the kind a gold endpoint names? */
export function nodeIsKind(node: GraphNode, kind: EndKind): boolean {
  const labels = node.labels;
  switch (kind) {
    case 'agency':
      return labels.includes('Agency');
    case 'measure':
      return labels.includes('Measure');
    case 'zone':
      return labels.includes('Zone');
    case 'industry':
      return labels.includes('Industry');
    case 'policy':
      return labels.includes('Policy') || labels.includes('Document');
    case 'document':
      return labels.includes('Document');
  }
}

/** A short human label of a node for reports. */
export function readerName(node: GraphNode | undefined, id: string): string {
  if (!node) return id;
  const p = node.properties;
  if (node.labels.includes('Measure')) {
    const text = typeof p['text'] === 'string' ? p['text'] : '';
    return `${String(p['path'] ?? '')} ${text.slice(0, 24)}`.trim();
  }
  const name = strings(p['name'])[0] ?? strings(p['title'])[0] ?? strings(p['docNumber'])[0];
  return name ?? id;
}
