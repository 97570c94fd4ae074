// The graph a load writes, built in memory instead of in Neo4j (for the bulk importer, bulk/import.ts).
// It applies the transactional writer's rules (db/write.ts, write-batch.ts, write-document.ts,
// identity.ts, similar.ts) one for one, so the imported graph is the one the transactions would
// write: nodes merged on their id (labels united; a batch's nodes merged by mergeNodes, then `+=` onto
// the stored node, a null removing the property; a Policy that is only cited never overwrites a
// Document), one relationship per (type, start, end) whose scalar properties are those of the first
// span and whose parallel evidence lists collect every span in write order, SIMILAR_TO pairs MERGEd
// between stored measures, and each Document's pipeline fingerprint and paths.
import { labelOfId, mergeLabel } from '../../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship, NodeLabel, PropValue } from '../../../../core/model.ts';
import { mergeNodes } from '../../fragment/merge.ts';
import type { SimilarPair } from '../../similar/index.ts';
import { withDerivedCounts } from '../derived.ts';

export type Value = PropValue;
export interface ImageNode {
  id: string;
  labels: string[];
  props: Record<string, Value>;
}
export interface ImageRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, Value>;
  /** the evidence lists (db/write.ts EVIDENCE_LISTS); null for SIMILAR_TO */
  lists: { evidences: string[]; docIds: string[]; starts: number[]; ends: number[]; methods: string[] } | null;
}

function spansOf(p: GraphRelationship['properties']) {
  const { evidences, starts, ends, methods } = p;
  if (Array.isArray(evidences) && Array.isArray(starts) && Array.isArray(ends) && starts.length === evidences.length)
    return evidences.map((evidence, i) => ({
      evidence: String(evidence),
      start: Number(starts[i]),
      end: Number(ends[i]),
      method: String((Array.isArray(methods) ? methods[i] : undefined) ?? p.method),
    }));
  return [{ evidence: p.evidence, start: p.start, end: p.end, method: p.method }];
}

/** `SET n = props`: nulls are not stored. */
function without(props: Record<string, Value>): Record<string, Value> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

export class GraphImage {
  readonly nodes = new Map<string, ImageNode>();
  readonly rels = new Map<string, ImageRel>();
  /** the ids of the Document nodes */
  readonly documents = new Set<string>();

  /** writeFragment: the nodes, then the relationships whose endpoints are stored; returns the spans
   *  written. `newMeasures`: the fragment's measures are CREATEd (SET n = props). */
  writeFragment(fragment: Fragment, opts: { newMeasures?: boolean } = {}): number {
    for (const node of mergeNodes(withDerivedCounts(fragment))) this.writeNode(node, opts.newMeasures === true);
    const rows = new Map<string, GraphRelationship[]>();
    for (const rel of fragment.relationships) {
      const key = `${rel.type}\u0000${rel.start}\u0000${rel.end}`;
      const list = rows.get(key);
      if (list) list.push(rel);
      else rows.set(key, [rel]);
    }
    let spans = 0;
    for (const [key, rels] of rows) {
      const first = rels[0] as GraphRelationship;
      if (!this.has(first.start, labelOfId(first.start)) || !this.has(first.end, labelOfId(first.end))) continue;
      const rel = this.rels.get(key) ?? {
        type: first.type,
        start: first.start,
        end: first.end,
        props: without(first.properties as Record<string, Value>),
        lists: { evidences: [], docIds: [], starts: [], ends: [], methods: [] },
      };
      this.rels.set(key, rel);
      const lists = rel.lists as NonNullable<ImageRel['lists']>;
      for (const r of rels)
        for (const span of spansOf(r.properties)) {
          lists.evidences.push(span.evidence);
          lists.docIds.push(r.properties.docId);
          lists.starts.push(span.start);
          lists.ends.push(span.end);
          lists.methods.push(span.method);
          spans++;
        }
    }
    return spans;
  }

  private has(id: string, label: NodeLabel): boolean {
    return this.nodes.get(id)?.labels.includes(label) ?? false;
  }

  private writeNode(node: GraphNode, fresh: boolean): void {
    const merge = mergeLabel(node.labels as NodeLabel[]);
    const extra = [...new Set(node.labels.filter((l) => l !== merge))].sort();
    if (fresh && merge === 'Measure') {
      const props = without({ ...node.properties, id: node.id });
      this.nodes.set(node.id, { id: node.id, labels: [merge, ...extra], props });
      return;
    }
    const stored = this.nodes.get(node.id) ?? { id: node.id, labels: [merge], props: { id: node.id } };
    this.nodes.set(node.id, stored);
    const citedOnly = merge === 'Policy' && !extra.includes('Document');
    if (!(citedOnly && stored.labels.includes('Document'))) this.setProps(node.id, node.properties);
    stored.labels = [...new Set([...stored.labels, ...extra])];
    if (stored.labels.includes('Document')) this.documents.add(node.id);
  }

  /** `SET n += props` on a stored node (a null removes the property). */
  setProps(id: string, props: Record<string, Value>): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined) delete node.props[k];
      else node.props[k] = v;
    }
  }

  /** identity.ts recordFilesOf: each Document's paths; a path now loaded as its own document leaves
   *  other Documents' lists. */
  recordFiles(given: readonly { docId: string; file: string; files: string[] }[]): void {
    const rows = given.map((row, i) => ({
      ...row,
      files: row.files.filter((f) => !given.slice(i + 1).some((o) => o.docId !== row.docId && o.file === f)),
    }));
    for (const row of rows)
      for (const id of this.documents) {
        const d = this.nodes.get(id) as ImageNode;
        const files = d.props['files'];
        if (id !== row.docId && Array.isArray(files) && (files as string[]).includes(row.file))
          d.props['files'] = (files as string[]).filter((f) => f !== row.file);
      }
    for (const row of rows) this.setProps(row.docId, { files: row.files });
  }

  /** db/similar.ts writeSimilar: MERGEd between stored measures, score and method set; returns how many. */
  writeSimilar(pairs: readonly SimilarPair[]): number {
    let written = 0;
    for (const p of pairs) {
      if (!this.has(p.from, 'Measure') || !this.has(p.to, 'Measure')) continue;
      const key = `SIMILAR_TO\u0000${p.from}\u0000${p.to}`;
      const rel = this.rels.get(key) ?? { type: 'SIMILAR_TO', start: p.from, end: p.to, props: {}, lists: null };
      rel.props = { ...rel.props, score: p.score, method: p.method };
      this.rels.set(key, rel);
      written++;
    }
    return written;
  }
}
