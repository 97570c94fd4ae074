// extractInstruments: named reform instruments (证照分离, 单一窗口, 负面清单, QFLP…) from the
// dictionary → Measure-ADOPTS->Policy{kind:'instrument'} from the innermost measure naming one, and
// Zone-ADOPTS->Policy where the sentence is not inside a measure (narratives and achievements of a
// status report): the zone leading the sentence, else the document's zone.
// Instrument ids: makeId.policy('instrument:' + canonical name) — never a document key. Pure.

import { makeId, typedNode } from '../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship } from '../../../core/model.ts';
import type { InstrumentEntry, TermExtractor, TermInput } from '../types.ts';
import { lineZone } from './industry-focus.ts';
import { nameMatcher, type TermHit } from './term-matcher.ts';
import {
  assignmentSpans,
  firstFrom,
  fold,
  innermostMeasure,
  insideAny,
  relationship,
  sentenceAround,
} from './term-text.ts';
import type { ZoneMention } from './zone-areas.ts';
import { type DocZones, docZonesOf } from './zones.ts';

const hitCache = new WeakMap<TermInput, TermHit<string>[]>();

/** Instrument mentions of a document (all of them, assignment clauses included), once per input. */
export function instrumentHits(input: TermInput): TermHit<string>[] {
  let hits = hitCache.get(input);
  if (!hits) {
    hits = nameMatcher(input.dicts.instruments).findAll(fold(input.text));
    hitCache.set(input, hits);
  }
  return hits;
}

export function instrumentId(name: string): string {
  return makeId.policy(`instrument:${name}`);
}

export function instrumentNode(e: InstrumentEntry): GraphNode {
  return typedNode('Policy', instrumentId(e.name), {
    title: e.name,
    docNumber: null,
    issuer: null,
    year: null,
    kind: 'instrument',
    aliases: e.aliases,
    nameEn: e.nameEn,
  });
}

/** The adopting node of a mention: the innermost measure, else a zone (the sentence's first zone,
 *  else the document's zone), else nothing. */
function adopter(input: TermInput, zones: DocZones, h: TermHit<string>): { id: string; zone: boolean } | null {
  const measure = innermostMeasure(input.segments, h.start, h.end);
  if (measure) return { id: measure.id, zone: false };
  const sentence = sentenceAround(input.text, h.start, h.end);
  const mentions = zones.mentionsOutsideTitles();
  const leading = lineZone({ text: input.text, mentions }, h.start);
  let subject: ZoneMention | undefined;
  const first = firstFrom(mentions, sentence.start);
  for (let i = first; i < mentions.length && (mentions[i] as ZoneMention).end <= h.start; i++) {
    const m = mentions[i] as ZoneMention;
    if (m.start - sentence.start > 20) break;
    if (zones.nodes.get(m.fullName)?.kind !== 'ftz') {
      subject = m;
      break;
    }
  }
  const zone = leading?.fullName ?? subject?.fullName ?? zones.docZone;
  return zone ? { id: makeId.zone(zone), zone: true } : null;
}

export const extractInstruments: TermExtractor = (input: TermInput): Fragment => {
  const skip = assignmentSpans(input.text);
  const zones = docZonesOf(input);
  const hits = instrumentHits(input).filter((h) => !insideAny(skip, h.start, h.end));
  const seen = new Set<string>();
  const relationships: GraphRelationship[] = [];
  for (const h of hits) {
    const from = adopter(input, zones, h);
    if (!from) continue;
    const key = `${from.id}|${h.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = {
      type: 'ADOPTS' as const,
      from: from.id,
      to: instrumentId(h.key),
      text: input.text,
      docId: input.ctx.docId,
    };
    relationships.push(relationship({ ...base, at: h, method: 'dictionary' }));
  }
  const used = new Set(relationships.map((r) => r.end));
  const nodes = input.dicts.instruments.filter((e) => used.has(instrumentId(e.name))).map(instrumentNode);
  return { nodes, relationships };
};
