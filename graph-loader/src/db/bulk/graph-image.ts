// The graph a load writes, built in memory instead of in Neo4j (for the bulk importer, bulk/import.ts).
// It applies the transactional writer's rules (db/write.ts, write-batch.ts, write-document.ts,
// identity.ts, similar.ts) one for one, so the imported graph is the one the transactions would
// write: nodes merged on their id (labels united; a batch's nodes merged by mergeNodes, then `+=` onto
// the stored node, a null removing the property; a Policy that is only cited never overwrites a
// Document), one relationship per (type, start, end) whose scalar properties are those of the first
// span and whose parallel evidence lists collect every span in write order, copy groups linked as a
// star (COPY_OF) and SIMILAR_TO between their canonical members, and each Document's pipeline fingerprint and paths.
import { labelOfId, mergeLabel } from '../../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship, NodeLabel, PropValue } from '../../../../core/model.ts';
import { mergeNodes } from '../../fragment/merge.ts';
import { encodeVectors, SIMILARITY_METHOD } from '../../similar/index.ts';
import type { SimilarLinks } from '../../similar/index.ts';
import { withDerivedCounts } from '../derived.ts';
import { spansOf } from '../write.ts';

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

/** Not stored: null, and an empty list (the graph holds none: db/write.ts toProps). */
const absent = (v: Value | undefined): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** `SET n = props`: nulls and empty lists are not stored. */
function without(props: Record<string, Value>): Record<string, Value> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => !absent(v)));
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
      if (absent(v)) delete node.props[k];
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

  /** db/similar.ts writeSimilar: every member gets its group's key; per group, the members without a
   *  COPY_OF elect a canonical one (the one holding the vector, else the linker's hint, else the smallest
   *  id), which gets the vector, and the others link to it; then SIMILAR_TO joins the canonical members
   *  of two groups, from the smaller id to the larger. Returns the relationships linked. */
  writeSimilar(links: readonly SimilarLinks[]): number {
    const members = links.flatMap((l) => l.members).filter((m) => this.has(m.id, 'Measure'));
    for (const m of members) this.join(m.id, m.group);
    const hints = new Map(members.map((m) => [m.group, m.canonical]));
    const scores = new Map(members.map((m) => [m.id, m.score]));
    const vectors = new Map(members.map((m) => [m.id, m.vector]));
    let written = 0;
    for (const [group, hint] of hints) {
      const free = (this.groups.get(group) ?? []).filter((id) => !this.copied.has(id));
      const rank = (id: string) => (this.nodes.get(id)?.props['similarityVectors'] != null ? 0 : id === hint ? 1 : 2);
      free.sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
      const [canonical, ...rest] = free;
      if (canonical === undefined) continue;
      const node = this.nodes.get(canonical) as ImageNode;
      const vector = vectors.get(canonical);
      if (node.props['similarityVectors'] == null && vector) node.props['similarityVectors'] = encodeVectors([vector]);
      for (const id of rest) {
        const props = { score: scores.get(id) ?? 1.0, method: SIMILARITY_METHOD };
        this.rels.set(`COPY_OF\u0000${id}\u0000${canonical}`, {
          type: 'COPY_OF',
          start: id,
          end: canonical,
          props,
          lists: null,
        });
        this.copied.add(id);
        written++;
      }
    }
    for (const p of links.flatMap((l) => l.similar)) {
      const [a, b] = [this.canonicalOf(p.from), this.canonicalOf(p.to)];
      if (a === null || b === null || a === b) continue;
      const [x, y] = a < b ? [a, b] : [b, a];
      const key = `SIMILAR_TO\u0000${x}\u0000${y}`;
      const rel = this.rels.get(key) ?? { type: 'SIMILAR_TO', start: x, end: y, props: {}, lists: null };
      rel.props = { ...rel.props, score: p.score, method: p.method };
      this.rels.set(key, rel);
      written++;
    }
    return written;
  }

  /** per copy group, its members in the order they joined; the measures linked by a COPY_OF */
  private readonly groups = new Map<string, string[]>();
  private readonly copied = new Set<string>();

  private join(id: string, group: string): void {
    if (this.nodes.get(id)?.props['copyGroup'] === group) return;
    this.setProps(id, { copyGroup: group });
    this.groups.set(group, [...(this.groups.get(group) ?? []), id]);
  }

  private canonicalOf(group: string): string | null {
    return (this.groups.get(group) ?? []).find((id) => !this.copied.has(id)) ?? null;
  }
}
