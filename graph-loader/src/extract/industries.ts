// extractIndustries: dictionary industries (simplified, traditional, Taiwan/Hong Kong spellings and
// short forms; longest match wins) → Measure-TARGETS->Industry from the innermost measure naming
// them, and Zone-FOCUSES_ON->Industry from priority statements (industry-focus.ts). Pure.

import { makeId } from '../model.ts';
import type { Fragment, GraphNode, GraphRelationship } from '../model.ts';
import type { IndustryEntry, TermExtractor, TermInput } from './types.ts';
import { focusZone } from './industry-focus.ts';
import { instrumentHits } from './instruments.ts';
import { TermMatcher, type TermHit } from './term-matcher.ts';
import { assignmentSpans, fold, innermostMeasure, insideAny, relationship } from './term-text.ts';
import { docZonesOf } from './zones.ts';

const matchers = new WeakMap<readonly IndustryEntry[], TermMatcher<string>>();

/** One matcher per dictionary (built once, reused for every document). */
export function industryMatcher(entries: readonly IndustryEntry[]): TermMatcher<string> {
  let m = matchers.get(entries);
  if (!m) {
    const forms: [string, string][] = [];
    for (const e of entries) for (const f of [e.name, ...e.aliases]) forms.push([f, e.name]);
    m = new TermMatcher(forms);
    matchers.set(entries, m);
  }
  return m;
}

export function industryNode(e: IndustryEntry): GraphNode {
  return {
    id: makeId.industry(e.name),
    labels: ['Industry'],
    properties: { name: e.name, aliases: e.aliases, nameEn: e.nameEn, group: e.group },
  };
}

/** Industry mentions outside assignment clauses and not the head of an instrument's name
 *  (国际贸易“单一窗口” is the single window, not the trade sector). */
export function industryHits(input: TermInput): TermHit<string>[] {
  const skip = assignmentSpans(input.text);
  const folded = fold(input.text);
  const instruments = instrumentHits(input);
  const headsInstrument = (h: TermHit<string>) =>
    instruments.some(
      (i) =>
        (i.start < h.end && h.start < i.end) ||
        (i.start >= h.end && i.start <= h.end + 1 && /^["'“]?$/.test(folded.slice(h.end, i.start))),
    );
  return industryMatcher(input.dicts.industries)
    .findAll(folded)
    .filter((h) => !insideAny(skip, h.start, h.end) && !headsInstrument(h));
}

function targets(input: TermInput, hits: readonly TermHit<string>[]): GraphRelationship[] {
  const seen = new Set<string>();
  const rels: GraphRelationship[] = [];
  for (const h of hits) {
    const measure = innermostMeasure(input.segments, h.start, h.end);
    if (!measure) continue;
    const key = `${measure.id}|${h.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = {
      type: 'TARGETS' as const,
      from: measure.id,
      to: makeId.industry(h.key),
      text: input.text,
      docId: input.ctx.docId,
    };
    rels.push(relationship({ ...base, at: h, method: 'dictionary' }));
  }
  return rels;
}

function focuses(input: TermInput, hits: readonly TermHit<string>[]): GraphRelationship[] {
  const zones = docZonesOf(input);
  const focusInput = {
    text: input.text,
    segments: input.segments,
    mentions: zones.mentionsOutsideTitles(),
    docZone: zones.docZone,
    isFtz: (fullName: string) => zones.nodes.get(fullName)?.kind === 'ftz',
  };
  const seen = new Set<string>();
  const rels: GraphRelationship[] = [];
  for (const h of hits) {
    const zone = focusZone(focusInput, h);
    if (!zone) continue;
    const key = `${zone}|${h.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = {
      type: 'FOCUSES_ON' as const,
      from: makeId.zone(zone),
      to: makeId.industry(h.key),
      text: input.text,
      docId: input.ctx.docId,
    };
    rels.push(relationship({ ...base, at: h, method: 'pattern' }));
  }
  return rels;
}

export const extractIndustries: TermExtractor = (input: TermInput): Fragment => {
  const hits = industryHits(input);
  const relationships = [...targets(input, hits), ...focuses(input, hits)];
  const used = new Set(relationships.map((r) => r.end));
  const nodes = input.dicts.industries.filter((e) => used.has(makeId.industry(e.name))).map(industryNode);
  return { nodes, relationships };
};
