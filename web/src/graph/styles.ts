// How nodes and relationships look: colour by label, size by degree or by measures led, the label
// text (Chinese, with the English name beside it when known and the UI is in English).
import type { ApiNode } from '../../server/api-types.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { SizeBy } from './types.ts';

export const LABEL_ORDER = ['Document', 'Zone', 'Measure', 'Agency', 'Industry', 'Policy'] as const;

export const LABEL_COLORS: Record<string, string> = {
  Document: '#475569',
  Zone: '#2563eb',
  Measure: '#f59e0b',
  Agency: '#dc2626',
  Industry: '#16a34a',
  Policy: '#9333ea',
};
const OTHER_COLOR = '#94a3b8';

export const REL_COLORS: Record<string, string> = {
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
  LEADS_IN: '#ef4444',
};

/** The label a node is drawn as: Document wins over Policy, then the first known label. */
export function mainLabel(node: Pick<ApiNode, 'labels'>): string {
  const labels: readonly string[] = node.labels;
  for (const label of LABEL_ORDER) if (labels.includes(label)) return label;
  return labels[0] ?? 'Node';
}

export function labelColor(label: string): string {
  return LABEL_COLORS[label] ?? OTHER_COLOR;
}

export function relColor(type: string): string {
  return REL_COLORS[type] ?? OTHER_COLOR;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The node's Chinese name: name, title or the id without its prefix. */
export function chineseName(node: ApiNode): string {
  const p = node.properties;
  if (mainLabel(node) === 'Measure') {
    const title = str(p.title) ?? str(p.text) ?? node.id;
    const number = str(p.number);
    return number ? `${number}${title}` : title;
  }
  return str(p.name) ?? str(p.title) ?? str(p.docNumber) ?? node.id.slice(node.id.indexOf(':') + 1);
}

export function englishName(node: ApiNode): string | null {
  return str(node.properties.nameEn);
}

/** Full display name for lists and panels: 岳阳海关 · Yueyang Customs in English, else Chinese. */
export function displayName(node: ApiNode, lang: Lang): string {
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

/** Node size from its degree on screen or from the number of measures it leads. */
export function nodeSize(sizeBy: SizeBy, degree: number, leads: number): number {
  const value = sizeBy === 'degree' ? degree : leads;
  const base = sizeBy === 'leads' && leads === 0 ? 3 : 4;
  return Math.min(22, base + 2.2 * Math.sqrt(value));
}
