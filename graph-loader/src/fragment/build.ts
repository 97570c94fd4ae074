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

/** A Measure node from a segment. Background sections become kind 'section' with background: true. */
export function measureNode(seg: Segment, docId: string, extras: MeasureExtras): GraphNode {
  const kind: MeasureKind = seg.kind === 'background' ? 'section' : seg.kind;
  const props: MeasureProps = {
    docId,
    path: seg.path,
    number: seg.number,
    title: seg.title,
    text: seg.text,
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
