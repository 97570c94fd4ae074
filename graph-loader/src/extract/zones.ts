// extractZones: the zone hierarchy a document names (national FTZ → area → block/cluster →
// sub-zones, bonded zones, parks), areas in km² read from the text, Document-COVERS->Zone,
// Zone-PART_OF->Zone and Measure-APPLIES_TO->Zone for measures that name a place. Pure.

import { makeId, typedNode } from '../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship, ZoneProps } from '../../../core/model.ts';
import { zoneNameEn } from '../lang/zone-english.ts';
import type { TermExtractor, TermInput } from '../types.ts';
import { findAreas, type AreaFact } from './zone-areas.ts';
import { type DocZoneNode, type DocZones, docZonesOf } from './zone-doc.ts';
import { assignmentSpans, firstFrom, innermostActing, insideAny, relationship, sentenceAround } from './term-text.ts';

export { docZonesOf, type DocZones, zoneFullNameOfId } from './zone-doc.ts';

function zoneNode(z: DocZoneNode, area: AreaFact | undefined, input: TermInput): GraphNode {
  const { text, dicts } = input;
  const properties: ZoneProps = {
    name: z.name,
    fullName: z.fullName,
    kind: z.kind,
    province: z.province,
    city: z.city,
    masked: z.masked,
    aliases: z.aliases,
  };
  if (z.district) properties.district = z.district;
  const nameEn = zoneNameEn(z, dicts.zoneEnglish, dicts.agencies.places ?? {});
  if (nameEn) properties.nameEn = nameEn;
  const km2 = area?.km2 ?? z.areaKm2;
  if (km2 !== null) properties.areaKm2 = km2;
  if (area) properties.areaEvidence = text.slice(area.evidence.start, area.evidence.end);
  return typedNode('Zone', makeId.zone(z.fullName), properties);
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
  return [rel];
}

const CONTAINS_RE = /含|包括|涵盖|其中|下辖/;

function partOf(zones: DocZones): GraphRelationship[] {
  const { input } = zones;
  const rels: GraphRelationship[] = [];
  for (const z of zones.nodes.values()) {
    if (!z.parent || !zones.nodes.has(z.parent)) continue;
    const child = zones.mentions.filter((m) => m.fullName === z.fullName);
    const parents = zones.mentions.filter((m) => m.fullName === z.parent);
    // the first mentions are enough to find a sentence naming both (bounded on long texts)
    const together = child.slice(0, 50).find((c) => {
      const s = sentenceAround(input.text, c.start, c.end);
      const p = parents[firstFrom(parents, s.start)];
      return p !== undefined && p.start < s.end;
    });
    // a masked zone outside the dictionary hangs under its area only where the text says it lies in it
    const own = z.fullName === zones.docZone;
    if (z.masked && !own && !(together && CONTAINS_RE.test(sentenceText(input.text, together.start)))) continue;
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
      rels.push(rel);
    }
  }
  return rels;
}

function sentenceText(text: string, at: number): string {
  const s = sentenceAround(text, at, at + 1);
  return text.slice(s.start, s.end);
}

function appliesTo(zones: DocZones): GraphRelationship[] {
  const { input } = zones;
  const skip = assignmentSpans(input.text);
  const seen = new Set<string>();
  const rels: GraphRelationship[] = [];
  for (const m of zones.mentionsOutsideTitles()) {
    // the document's own zone counts where a measure names it; its FTZ and area above it do not,
    // nor partner areas listed by city beside it
    const own = m.fullName === zones.docZone;
    if ((!own && (zones.isOwnOrAbove(m.fullName) || m.listed)) || insideAny(skip, m.start, m.end)) continue;
    const measure = innermostActing(input.segments, m.start, m.end);
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
  const nodes = [...zones.nodes.values()].map((z) => zoneNode(z, areas.get(z.fullName), input));
  return { nodes, relationships: [...covers(zones), ...partOf(zones), ...appliesTo(zones)] };
};
