// Facts → property-graph nodes and relationships (the Fragment shape of model.ts).

import type {
  DeadlineKind,
  ExtractionMethod,
  GraphNode,
  GraphRelationship,
  MeasureKind,
  MeasureProps,
  Props,
  RelType,
} from '../../../core/model.ts';
import { typedNode } from '../../../core/model.ts';
import type { Segment } from '../types.ts';

export interface EvidenceInput {
  evidence: string;
  start: number;
  end: number;
}

export function relationship(
  type: RelType,
  start: string,
  end: string,
  docId: string,
  ev: EvidenceInput,
  method: ExtractionMethod,
  extra?: Props,
): GraphRelationship {
  const properties = { evidence: ev.evidence, docId, start: ev.start, end: ev.end, method };
  return { type, start, end, properties: extra ? { ...extra, ...properties } : properties };
}

export interface MeasureExtras {
  deadlineText: string | null;
  dueDate: string | null;
  deadlineKind: DeadlineKind | null;
  target: string | null;
}

/** A measure's own text: its span `text.slice(start, end)` without the spans of its sub-measures. The
 *  pieces of the span that lie outside every child (the heading, a lead-in before the first child, text
 *  between children, a closing sentence after the last) are taken in document order, each trimmed of
 *  surrounding whitespace; empty pieces are dropped and the rest joined with one newline. A measure
 *  without children keeps its span exactly. The whole span stays readable from the Document:
 *  `substring(d.text, m.start, m.end - m.start)`. */
export function measureOwnText(
  text: string,
  span: { start: number; end: number },
  children: readonly { start: number; end: number }[],
): string {
  if (children.length === 0) return text.slice(span.start, span.end);
  const sorted = [...children].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let pos = span.start;
  for (const child of sorted) {
    const cut = Math.min(Math.max(child.start, span.start), span.end);
    if (cut > pos) pieces.push(text.slice(pos, cut).trim());
    pos = Math.max(pos, Math.min(child.end, span.end));
  }
  if (span.end > pos) pieces.push(text.slice(pos, span.end).trim());
  return pieces.filter((p) => p !== '').join('\n');
}

/** A Measure node from a segment, with its own text (measureOwnText). Background sections become kind
 *  'section' with background: true. */
export function measureNode(seg: Segment, docId: string, extras: MeasureExtras, ownText: string): GraphNode {
  const kind: MeasureKind = seg.kind === 'background' ? 'section' : seg.kind;
  const props: MeasureProps = {
    docId,
    path: seg.path,
    number: seg.number,
    title: seg.title,
    text: ownText,
    section: seg.section,
    start: seg.start,
    end: seg.end,
    deadlineText: extras.deadlineText,
    dueDate: extras.dueDate,
    deadlineKind: extras.deadlineKind,
    target: extras.target,
    kind,
    background: seg.kind === 'background',
    depth: seg.depth,
  };
  return typedNode('Measure', seg.id, props);
}

const NO_EXTRAS: MeasureExtras = { deadlineText: null, dueDate: null, deadlineKind: null, target: null };

/** The Measure nodes of a document's segments (children found by parentId), each with its own text. */
export function measureNodes(
  text: string,
  segments: readonly Segment[],
  docId: string,
  extras: ReadonlyMap<string, MeasureExtras>,
): GraphNode[] {
  const children = new Map<string, Segment[]>();
  for (const seg of segments) {
    if (seg.parentId === null) continue;
    const siblings = children.get(seg.parentId);
    if (siblings) siblings.push(seg);
    else children.set(seg.parentId, [seg]);
  }
  return segments.map((seg) =>
    measureNode(seg, docId, extras.get(seg.id) ?? NO_EXTRAS, measureOwnText(text, seg, children.get(seg.id) ?? [])),
  );
}

/** CONTAINS from the document to top-level measures, PART_OF from each measure to its parent. */
export function structureRelationships(segments: Segment[], docId: string, text: string): GraphRelationship[] {
  return segments.map((seg) => {
    const head = text.slice(seg.start, Math.min(seg.end, seg.start + 300));
    const nl = head.indexOf('\n');
    const evidence = nl > 0 ? head.slice(0, nl) : head;
    const ev = { evidence, start: seg.start, end: seg.start + evidence.length };
    return seg.parentId === null
      ? relationship('CONTAINS', docId, seg.id, docId, ev, 'structure')
      : relationship('PART_OF', seg.id, seg.parentId, docId, ev, 'structure');
  });
}
