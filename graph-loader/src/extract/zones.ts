// extractZones: the zone hierarchy a document names (national FTZ → area → block/cluster →
// sub-zones, bonded zones, parks), areas in km² read from the text, Document-COVERS->Zone,
// Zone-PART_OF->Zone and Measure-APPLIES_TO->Zone for measures that name a place. Pure.

import { makeId } from '../model.ts';
import type { Fragment, GraphNode, GraphRelationship, ZoneKind } from '../model.ts';
import type { TermExtractor, TermInput, ZoneEntry } from './types.ts';
import { findAreas, type AreaFact, type ZoneMention } from './zone-areas.ts';
import { MASK_RE, ZoneIndex, canonicalMask } from './zone-index.ts';
import {
  assignmentSpans,
  fold,
  innermostMeasure,
  insideAny,
  relationship,
  sentenceAround,
  titleSpans,
} from './term-text.ts';

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
}

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
  };
}

function maskedNode(fullName: string, written: string, parent: string | null, input: TermInput): DocZoneNode {
  const suffix = Object.keys(MASK_KIND).find((k) => written.endsWith(k)) ?? '片区';
  return {
    fullName,
    name: written,
    kind: MASK_KIND[suffix] ?? 'area',
    parent,
    province: input.ctx.province,
    city: input.ctx.city,
    district: null,
    masked: true,
    aliases: [],
    areaKm2: null,
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
    this.index = new ZoneIndex(input.dicts.zones);
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
      const node = this.nodes.get(fullName) ?? maskedNode(fullName, written, this.docZone, input);
      if (m[0] !== written && !node.aliases.includes(m[0])) node.aliases = [...node.aliases, m[0]];
      this.nodes.set(fullName, node);
      this.mentions.push({ fullName, start: m.index, end: m.index + m[0].length });
    }
    this.addBareBondedMentions();
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** "综保区" / "综合保税区" without a name means the document's own bonded zone when its area has
   *  exactly one (岳阳片区 → 城陵矶综合保税区). */
  private addBareBondedMentions(): void {
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
      if (this.mentions.some((x) => x.start < end && start < x.end)) continue;
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
      const written = fullName.match(MASK_RE)?.[0] ?? fullName;
      const parent = this.index.get(fullName.slice(0, fullName.length - written.length))
        ? fullName.slice(0, fullName.length - written.length)
        : null;
      this.nodes.set(fullName, maskedNode(fullName, written, parent, this.input));
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

function zoneNode(z: DocZoneNode, area: AreaFact | undefined, text: string): GraphNode {
  const properties: GraphNode['properties'] = {
    name: z.name,
    fullName: z.fullName,
    kind: z.kind,
    province: z.province,
    city: z.city,
    masked: z.masked,
    aliases: z.aliases,
  };
  if (z.district) properties['district'] = z.district;
  const km2 = area?.km2 ?? z.areaKm2;
  if (km2 !== null) properties['areaKm2'] = km2;
  if (area) properties['areaEvidence'] = text.slice(area.evidence.start, area.evidence.end);
  return { id: makeId.zone(z.fullName), labels: ['Zone'], properties };
}

function covers(zones: DocZones): GraphRelationship[] {
  const { input, docZone } = zones;
  if (!docZone) return [];
  const mention = zones.firstMention(docZone);
  const base = {
    type: 'COVERS' as const,
    from: input.ctx.docId,
    to: makeId.zone(docZone),
    text: input.text,
    docId: input.ctx.docId,
  };
  if (mention) return [relationship({ ...base, at: mention, method: 'structure' })];
  const rel = relationship({
    ...base,
    at: { start: 0, end: 0 },
    method: 'manifest',
    evidenceSpan: { start: 0, end: 0 },
  });
  rel.properties.evidence = input.ctx.title;
  return [rel];
}

function partOf(zones: DocZones): GraphRelationship[] {
  const { input } = zones;
  const rels: GraphRelationship[] = [];
  for (const z of zones.nodes.values()) {
    if (!z.parent || !zones.nodes.has(z.parent)) continue;
    const child = zones.mentions.filter((m) => m.fullName === z.fullName);
    const together = child.find((c) =>
      zones.mentions.some((p) => p.fullName === z.parent && sameSentence(input.text, p.start, c.start)),
    );
    const at = together ?? child[0] ?? zones.firstMention(z.parent);
    const base = {
      type: 'PART_OF' as const,
      from: makeId.zone(z.fullName),
      to: makeId.zone(z.parent),
      text: input.text,
      docId: input.ctx.docId,
    };
    if (at) rels.push(relationship({ ...base, at, method: together ? 'pattern' : 'dictionary' }));
    else {
      const rel = relationship({
        ...base,
        at: { start: 0, end: 0 },
        method: 'manifest',
        evidenceSpan: { start: 0, end: 0 },
      });
      rel.properties.evidence = input.ctx.title;
      rels.push(rel);
    }
  }
  return rels;
}

function sameSentence(text: string, a: number, b: number): boolean {
  const s = sentenceAround(text, Math.min(a, b), Math.min(a, b) + 1);
  return Math.max(a, b) < s.end && Math.min(a, b) >= s.start;
}

function appliesTo(zones: DocZones): GraphRelationship[] {
  const { input } = zones;
  const skip = assignmentSpans(input.text);
  const seen = new Set<string>();
  const rels: GraphRelationship[] = [];
  for (const m of zones.mentionsOutsideTitles()) {
    if (zones.isOwnOrAbove(m.fullName) || insideAny(skip, m.start, m.end)) continue;
    const measure = innermostMeasure(input.segments, m.start, m.end);
    if (!measure) continue;
    const key = `${measure.id}|${m.fullName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const before = input.text.slice(Math.max(0, m.start - 4), m.start);
    const method = /[在于]|依托|择址/.test(before) ? 'pattern' : 'dictionary';
    rels.push(
      relationship({
        type: 'APPLIES_TO',
        from: measure.id,
        to: makeId.zone(m.fullName),
        text: input.text,
        docId: input.ctx.docId,
        at: m,
        method,
      }),
    );
  }
  return rels;
}

export const extractZones: TermExtractor = (input: TermInput): Fragment => {
  const zones = docZonesOf(input);
  const areas = new Map(findAreas(input.text, zones.mentions).map((a) => [a.fullName, a]));
  const nodes = [...zones.nodes.values()].map((z) => zoneNode(z, areas.get(z.fullName), input.text));
  return { nodes, relationships: [...covers(zones), ...partOf(zones), ...appliesTo(zones)] };
};
