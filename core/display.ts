// How nodes and relationships look and what they are called, the same in the explorer (web/src) and in
// the exports (query-service/export): the palette by label and relationship type, the one display
// name (Chinese, with the English name beside it when known and the language is English) and the short
// canvas label cut from it. Pure functions of API nodes; no DOM, no Node.
import type { ApiNode } from './api-types.ts';
import type { ApiRelType, NodeLabel } from './model.ts';

export type Lang = 'zh' | 'en';

export const LABEL_ORDER = [
  'Document',
  'Zone',
  'Measure',
  'Agency',
  'Industry',
  'Policy',
] as const satisfies readonly NodeLabel[];

export const LABEL_COLORS: Record<NodeLabel, string> = {
  Document: '#475569',
  Zone: '#2563eb',
  Measure: '#f59e0b',
  Agency: '#dc2626',
  Industry: '#16a34a',
  Policy: '#9333ea',
};
const OTHER_COLOR = '#94a3b8';

export const REL_COLORS: Record<ApiRelType, string> = {
  LEADS: '#dc2626',
  SUPPORTS: '#f87171',
  INVOLVED_IN: '#fca5a5',
  TARGETS: '#16a34a',
  FOCUSES_ON: '#4ade80',
  APPLIES_TO: '#60a5fa',
  PART_OF: '#93c5fd',
  COVERS: '#64748b',
  CONTAINS: '#cbd5e1',
  CITES: '#c084fc',
  ADOPTS: '#a855f7',
  ISSUED_BY: '#d8b4fe',
  SIMILAR_TO: '#f59e0b',
  COPY_OF: '#fcd34d',
  LEADS_IN: '#ef4444',
};

/** The label a node is drawn as: Document wins over Policy, then the first known label. */
export function mainLabel(node: Pick<ApiNode, 'labels'>): string {
  const labels: readonly string[] = node.labels;
  for (const label of LABEL_ORDER) if (labels.includes(label)) return label;
  return labels[0] ?? 'Node';
}

export function labelColor(label: string): string {
  return (LABEL_COLORS as Record<string, string>)[label] ?? OTHER_COLOR;
}

export function relColor(type: string): string {
  return (REL_COLORS as Record<string, string>)[type] ?? OTHER_COLOR;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The node's Chinese name: name, title or the id without its prefix (a measure: number + title). */
function chineseName(node: ApiNode): string {
  const p = node.properties;
  if (mainLabel(node) === 'Measure') {
    const title = str(p.title) ?? str(p.text) ?? node.id;
    const number = str(p.number);
    return number ? `${number}${title}` : title;
  }
  return str(p.name) ?? str(p.title) ?? str(p.docNumber) ?? node.id.slice(node.id.indexOf(':') + 1);
}

function englishName(node: ApiNode): string | null {
  return str(node.properties.nameEn);
}

/** THE display name, for panels, lists, search hits, export tables and data files:
 *  岳阳海关 · Yueyang Customs in English (when the node has an English name), else 岳阳海关. */
export function displayName(node: ApiNode, lang: Lang = 'zh'): string {
  const zhName = chineseName(node);
  const enName = englishName(node);
  return lang === 'en' && enName ? `${zhName} · ${enName}` : zhName;
}

/** A short label for the canvas: long measure titles are cut so labels do not cover the graph. */
export function canvasLabel(node: ApiNode, lang: Lang, max = 18): string {
  const shorten = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
  const enName = englishName(node);
  // in English the label holds both names, so each gets less room (long labels would overlap)
  if (lang === 'en' && enName) return `${shorten(chineseName(node), Math.min(max, 10))} · ${shorten(enName, 24)}`;
  return shorten(chineseName(node), max);
}
