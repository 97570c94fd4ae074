// The zones one document names: its own zone's chain (from the context), dictionary mentions in
// scope, masked mentions ("**片区", "**综保区"), a bare "综保区" meaning the area's only bonded zone,
// and areas listed by city ("郑州、洛阳、开封自贸试验区"). Shared by the term extractors. Pure.

import type { ZoneKind } from '../../../core/model.ts';
import type { TermInput, ZoneEntry } from '../types.ts';
import type { ZoneMention } from './zone-areas.ts';
import { MASK_RE, ZoneIndex, canonicalMask } from './zone-index.ts';
import { firstFrom, fold, insideAny, titleSpans } from './term-text.ts';

const docZonesCache = new WeakMap<TermInput, DocZones>();

/** The zones of a document, computed once per TermInput (the four extractors share one input). */
export function docZonesOf(input: TermInput): DocZones {
  let z = docZonesCache.get(input);
  if (!z) {
    z = new DocZones(input);
    docZonesCache.set(input, z);
  }
  return z;
}

/** A zone as this document knows it: from the dictionary or a masked name. */
export interface DocZoneNode {
  fullName: string;
  name: string;
  kind: ZoneKind;
  parent: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  masked: boolean;
  aliases: string[];
  areaKm2: number | null;
  nameEn: string | null; // the dictionary's own English name (zone-english.ts applies the rules)
}

const LISTED_AREAS_RE =
  /((?:[\u4e00-\u9fff]{2}|\*{2})(?:[、和及与](?:[\u4e00-\u9fff]{2}|\*{2}))+)(?:等)?(?:[一二三四五六七八九十两]个)?(?:自贸片区|片区|自贸试验区|自贸区)/g;
const BARE_BONDED_RE = /(^|[的在于内和及与进出持现发入设建至到往向好、，,。；;\s“"])(?:综合保税区|综保区)/gm;

const MASK_KIND: Record<string, ZoneKind> = {
  片区: 'area',
  区块: 'block',
  组团: 'cluster',
  综保区: 'bonded',
  综合保税区: 'bonded',
};

export function zoneFullNameOfId(zoneId: string | null): string | null {
  return zoneId ? zoneId.replace(/^zone:/, '') : null;
}

function fromEntry(z: ZoneEntry): DocZoneNode {
  return {
    fullName: z.fullName,
    name: z.name,
    kind: z.kind,
    parent: z.parent,
    province: z.province,
    city: z.city,
    district: z.district ?? null,
    masked: false,
    aliases: z.aliases,
    areaKm2: z.areaKm2 ?? null,
    nameEn: z.nameEn ?? null,
  };
}

/** A zone outside the dictionary: masked ("**片区") or named only by the manifest. */
function outsideNode(fullName: string, written: string, parent: string | null, input: TermInput): DocZoneNode {
  const suffix = Object.keys(MASK_KIND).find((k) => written.endsWith(k)) ?? '片区';
  return {
    fullName,
    name: written,
    kind: MASK_KIND[suffix] ?? 'area',
    parent,
    province: input.ctx.province,
    city: input.ctx.city,
    district: null,
    masked: /\*{2,}/.test(written),
    aliases: [],
    areaKm2: null,
    nameEn: null,
  };
}

/** The zones of a document: its own zone's chain, dictionary mentions and masked mentions. */
export class DocZones {
  readonly index: ZoneIndex;
  readonly nodes = new Map<string, DocZoneNode>();
  readonly mentions: ZoneMention[] = [];
  readonly docZone: string | null;
  private outsideTitles: ZoneMention[] | null = null;

  constructor(readonly input: TermInput) {
    this.index = ZoneIndex.of(input.dicts.zones);
    this.docZone = zoneFullNameOfId(input.ctx.zoneId);
    if (this.docZone) this.addChain(this.docZone);
    const folded = fold(input.text);
    const ftz = this.docZone ? this.topOf(this.docZone) : null;
    for (const hit of this.index.matcher(this.docZone).findAll(folded)) {
      if (ftz && this.index.ftzOf(hit.key) !== ftz) continue; // another FTZ named for comparison
      this.addChain(hit.key);
      this.mentions.push({ fullName: hit.key, start: hit.start, end: hit.end });
    }
    for (const m of input.text.matchAll(MASK_RE)) {
      const written = canonicalMask(m[0]);
      const fullName = this.maskedFullName(written);
      const node = this.nodes.get(fullName) ?? outsideNode(fullName, written, this.docZone, input);
      if (m[0] !== written && !node.aliases.includes(m[0])) node.aliases = [...node.aliases, m[0]];
      this.nodes.set(fullName, node);
      this.mentions.push({ fullName, start: m.index, end: m.index + m[0].length });
    }
    this.mentions.sort((a, b) => a.start - b.start);
    const taken = [...this.mentions];
    this.addBareBondedMentions(taken);
    this.addListedAreas(taken);
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** Does [start, end) overlap one of the (sorted) mentions found before? */
  private static overlaps(taken: readonly ZoneMention[], start: number, end: number): boolean {
    const i = firstFrom(taken, end) - 1;
    for (let j = i; j >= 0 && j >= i - 3; j--) if ((taken[j] as ZoneMention).end > start) return true;
    return false;
  }

  /** Areas named by their city in a list: "郑州、洛阳、开封自贸试验区", "郑州、开封、**三个片区". */
  private addListedAreas(taken: readonly ZoneMention[]): void {
    const ftz = this.docZone ? this.topOf(this.docZone) : null;
    for (const m of this.input.text.matchAll(LISTED_AREAS_RE)) {
      const tokens = (m[1] as string).split(/[、和及与]/);
      if (tokens.length < 2) continue;
      let at = m.index;
      for (const token of tokens) {
        const area = this.index.entries.find(
          (z) => z.kind === 'area' && z.name === `${token}片区` && (!ftz || this.index.ftzOf(z.fullName) === ftz),
        );
        if (area && !DocZones.overlaps(taken, at, at + token.length)) {
          this.addChain(area.fullName);
          this.mentions.push({ fullName: area.fullName, start: at, end: at + token.length, listed: true });
        }
        at += token.length + 1;
      }
    }
  }

  /** "综保区" / "综合保税区" without a name means the document's own bonded zone when its area has
   *  exactly one (岳阳片区 → 城陵矶综合保税区). */
  private addBareBondedMentions(taken: readonly ZoneMention[]): void {
    if (!this.docZone) return;
    const area =
      [...this.nodes.values()].find((z) => z.kind === 'area' && this.isOwnOrAbove(z.fullName))?.fullName ??
      this.docZone;
    const bonded = [...this.nodes.values()].filter((z) => z.kind === 'bonded' && z.parent === area);
    const only = bonded.length === 1 ? (bonded[0] as DocZoneNode) : null;
    if (!only) return;
    for (const m of this.input.text.matchAll(BARE_BONDED_RE)) {
      const start = m.index + (m[1]?.length ?? 0);
      const end = m.index + m[0].length;
      if (DocZones.overlaps(taken, start, end)) continue;
      this.mentions.push({ fullName: only.fullName, start, end });
    }
  }

  private maskedFullName(written: string): string {
    const own = this.docZone && !this.index.get(this.docZone) ? this.docZone : null;
    if (own && own.endsWith(written)) return own;
    return (this.docZone ?? '') + written;
  }

  private addChain(fullName: string): void {
    const chain = this.index.chain(fullName);
    if (chain.length === 0 && !this.nodes.has(fullName)) {
      // a zone outside the dictionary (masked, or named by the manifest): under its longest known prefix
      const parent = this.index.longestPrefix(fullName)?.fullName ?? null;
      const written = fullName.match(MASK_RE)?.[0] ?? fullName.slice(parent?.length ?? 0);
      this.nodes.set(fullName, outsideNode(fullName, written || fullName, parent, this.input));
      if (parent) this.addChain(parent);
      return;
    }
    for (const z of chain) if (!this.nodes.has(z.fullName)) this.nodes.set(z.fullName, fromEntry(z));
  }

  /** The top of a known zone's chain (its FTZ). */
  private topOf(fullName: string): string {
    let top = fullName;
    for (let parent = this.nodes.get(top)?.parent; parent; parent = this.nodes.get(parent)?.parent) top = parent;
    return top;
  }

  /** Is `fullName` the document's own zone or one of its ancestors? */
  isOwnOrAbove(fullName: string): boolean {
    if (!this.docZone) return false;
    if (fullName === this.docZone) return true;
    const own = this.nodes.get(this.docZone);
    let parent = own?.parent ?? null;
    while (parent) {
      if (parent === fullName) return true;
      parent = this.nodes.get(parent)?.parent ?? null;
    }
    return false;
  }

  /** Mentions that are not part of a cited title (《关于促进**综合保税区…》). */
  mentionsOutsideTitles(): ZoneMention[] {
    if (!this.outsideTitles) {
      const titles = titleSpans(this.input.text);
      this.outsideTitles = this.mentions.filter((m) => !insideAny(titles, m.start, m.end));
    }
    return this.outsideTitles;
  }

  firstMention(fullName: string): ZoneMention | undefined {
    return this.mentions.find((m) => m.fullName === fullName);
  }
}
