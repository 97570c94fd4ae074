// How big a node is drawn: by its degree on screen or by the number of measures it leads.
import type { SizeBy } from './types.ts';

/** Node size from its degree on screen or from the number of measures it leads. */
export function nodeSize(sizeBy: SizeBy, degree: number, leads: number): number {
  const value = sizeBy === 'degree' ? degree : leads;
  const base = sizeBy === 'leads' && leads === 0 ? 3 : 4;
  return Math.min(22, base + 2.2 * Math.sqrt(value));
}
