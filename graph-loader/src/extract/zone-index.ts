// The zone dictionary as a hierarchy: lookup by full name, ancestors, and the surface forms a
// document may use for each zone (name, aliases, full name, 自贸区/自贸试验区 variants). Pure.

import type { ZoneEntry } from '../types.ts';
import { TermMatcher } from './term-matcher.ts';

export const MASK_RE = /\*{2,}(?:片区|区块|组团|综保区|综合保税区)/g;

/** One written form per masked zone: **综保区 and **综合保税区 are the same bonded zone. */
export function canonicalMask(written: string): string {
  return written.replace(/综保区$/, '综合保税区');
}

const MAX_MATCHERS = 256;

const GENERIC_KINDS = new Set<ZoneEntry['kind']>(['park', 'function', 'subzone']);

/** One index per dictionary (built once, reused for every document). */
const indexes = new WeakMap<readonly ZoneEntry[], ZoneIndex>();

export class ZoneIndex {
  readonly byFull = new Map<string, ZoneEntry>();
  /** matchers by document zone ('' for none): immutable, so built once each */
  private readonly matchers = new Map<string, TermMatcher<string>>();

  constructor(readonly entries: readonly ZoneEntry[]) {
    for (const z of entries) this.byFull.set(z.fullName, z);
  }

  /** The index of a zone dictionary, shared by every document that uses the same dictionary. */
  static of(entries: readonly ZoneEntry[]): ZoneIndex {
    let index = indexes.get(entries);
    if (!index) {
      index = new ZoneIndex(entries);
      indexes.set(entries, index);
    }
    return index;
  }

  get(fullName: string | null | undefined): ZoneEntry | undefined {
    return fullName ? this.byFull.get(fullName) : undefined;
  }

  /** The zone itself and its ancestors, innermost first. */
  chain(fullName: string): ZoneEntry[] {
    const out: ZoneEntry[] = [];
    let z = this.byFull.get(fullName);
    while (z && out.length < 10) {
      out.push(z);
      z = z.parent ? this.byFull.get(z.parent) : undefined;
    }
    return out;
  }

  depth(fullName: string): number {
    return this.chain(fullName).length;
  }

  /** The top-level FTZ a zone belongs to. */
  ftzOf(fullName: string): string | null {
    const chain = this.chain(fullName);
    return chain.length > 0 ? (chain[chain.length - 1] as ZoneEntry).fullName : null;
  }

  /** The area (片区) a zone lies in, or null for an FTZ. */
  areaOf(fullName: string): string | null {
    return this.chain(fullName).find((z) => z.kind === 'area')?.fullName ?? null;
  }

  /** The longest dictionary zone a name outside the dictionary extends:
   *  中国（河南）自由贸易试验区**片区 → 中国（河南）自由贸易试验区. */
  longestPrefix(fullName: string): ZoneEntry | null {
    let best: ZoneEntry | null = null;
    for (const z of this.entries) {
      const longer = !best || z.fullName.length > best.fullName.length;
      if (fullName !== z.fullName && fullName.startsWith(z.fullName) && longer) best = z;
    }
    return best;
  }

  isAncestorOrSelf(ancestor: string, of: string): boolean {
    return this.chain(of).some((z) => z.fullName === ancestor);
  }

  /** Can a document about `docZone` mention zone `z` by its bare name? FTZs always; areas of the
   *  same FTZ; smaller zones of the same area. Without a document zone, all but parks,
   *  functional areas and sub-zones. */
  inScope(z: ZoneEntry, docZone: string | null): boolean {
    if (z.kind === 'ftz') return true;
    // without a document zone, generic names (中央商务区, 国际贸易片区, 翠湖片区) could be anywhere
    if (!docZone) return !GENERIC_KINDS.has(z.kind);
    if (!this.byFull.has(docZone)) return z.kind === 'area';
    if (z.kind === 'area') return this.ftzOf(z.fullName) === this.ftzOf(docZone);
    const area = this.areaOf(z.fullName);
    return area !== null && area === this.areaOf(docZone);
  }

  /** Surface forms of the zones in scope for a document. */
  matcher(docZone: string | null): TermMatcher<string> {
    const cached = this.matchers.get(docZone ?? '');
    if (cached) return cached;
    const forms: [string, string][] = [];
    for (const z of this.entries) {
      if (!this.inScope(z, docZone)) continue;
      for (const f of surfaceForms(z)) forms.push([f, z.fullName]);
    }
    const matcher = new TermMatcher(forms);
    if (this.matchers.size >= MAX_MATCHERS) this.matchers.clear(); // bounded: one per zone named
    this.matchers.set(docZone ?? '', matcher);
    return matcher;
  }
}

/** The names a zone may be written with. FTZ-prefixed forms (自贸区郑州片区) are matched as the
 *  FTZ then the zone, so the bare name is enough for areas and smaller zones. */
export function surfaceForms(z: ZoneEntry): string[] {
  const forms = new Set<string>([z.name, z.fullName, ...z.aliases]);
  for (const f of [...forms]) {
    if (f.includes(' ')) forms.add(f.replaceAll(' ', ''));
    else if (/^[A-Z]+[\u4e00-\u9fff]/.test(f)) forms.add(f.replace(/^([A-Z]+)/, '$1 '));
  }
  return [...forms];
}
