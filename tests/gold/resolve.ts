// Resolves a gold endpoint (a reader's name or measure snippet) to the fragment nodes it names.
// Pure; used by the scorer (eval.ts).

import type { Fragment, GraphNode, RelType } from '../../core/model.ts';
import { DOC, type EndKind, type GoldFact, type GoldName } from './gold-types.ts';
import { nodeIsKind, nodeNames, normName, normText } from './names.ts';

/** The default endpoint kinds of each scored relationship type. */
export const END_KINDS: Partial<Record<RelType, { from: EndKind[]; to: EndKind[] }>> = {
  LEADS: { from: ['agency'], to: ['measure'] },
  SUPPORTS: { from: ['agency'], to: ['measure'] },
  INVOLVED_IN: { from: ['agency'], to: ['measure'] },
  TARGETS: { from: ['measure'], to: ['industry'] },
  FOCUSES_ON: { from: ['zone'], to: ['industry'] },
  CITES: { from: ['document', 'measure'], to: ['policy'] },
  ADOPTS: { from: ['measure', 'zone'], to: ['policy'] },
  ISSUED_BY: { from: ['policy'], to: ['agency'] },
  PART_OF: { from: ['zone'], to: ['zone'] },
  COVERS: { from: ['document'], to: ['zone'] },
  APPLIES_TO: { from: ['measure'], to: ['zone'] },
};

/** The kind a gold endpoint names: given explicitly, '@doc' is the document, else the type's first
 *  kind other than the document (CITES from a snippet names a measure). */
export function endKind(fact: GoldFact, end: 'from' | 'to'): EndKind {
  const explicit = end === 'from' ? fact.fromKind : fact.toKind;
  if (explicit) return explicit;
  const value = end === 'from' ? fact.from : fact.to;
  if (value === DOC) return 'document';
  const kinds = END_KINDS[fact.type];
  if (!kinds) throw new Error(`relationship type ${fact.type} is not scored`);
  // '@doc' names the document; any other name names the first kind that is not the document
  const first = (end === 'from' ? kinds.from : kinds.to).find((k) => k !== 'document');
  if (!first) throw new Error(`no endpoint kind for ${fact.type}`);
  return first;
}

/** Index over one fragment: nodes by id and, for measures, their searchable text and ancestry. */
export class FragmentIndex {
  readonly nodes = new Map<string, GraphNode>();
  private readonly measureText = new Map<string, string>();
  private readonly parent = new Map<string, string>();

  constructor(readonly fragment: Fragment) {
    const docs = new Map<string, unknown>();
    for (const node of fragment.nodes) if (node.labels.includes('Document')) docs.set(node.id, node.properties['text']);
    for (const node of fragment.nodes) {
      this.nodes.set(node.id, node);
      if (node.labels.includes('Measure')) this.measureText.set(node.id, searchable(node, docs));
    }
    for (const rel of fragment.relationships) {
      if (rel.type === 'PART_OF' && this.measureText.has(rel.start) && this.measureText.has(rel.end)) {
        this.parent.set(rel.start, rel.end);
      }
    }
  }

  /** Node ids a gold name resolves to, for one endpoint kind. */
  resolve(name: GoldName, kind: EndKind, variants: Record<string, string[]>): Set<string> {
    const wanted = expand(name, variants);
    if (kind === 'measure') return this.innermost(wanted);
    const keys = new Set(wanted.map(normName));
    const ids = new Set<string>();
    for (const node of this.nodes.values()) {
      if (!nodeIsKind(node, kind)) continue;
      if (kind === 'document' && wanted.includes(DOC)) ids.add(node.id);
      else if (nodeNames(node, kind).some((n) => keys.has(normName(n)))) ids.add(node.id);
    }
    return ids;
  }

  /** The measure rule: a snippet names the measures whose text contains it and none of whose
   *  descendants (PART_OF, or strictly nested offsets) also contains it — the innermost ones. */
  private innermost(snippets: string[]): Set<string> {
    const keys = snippets.map(normText);
    const hits = [...this.measureText].filter(([, text]) => keys.some((k) => text.includes(k))).map(([id]) => id);
    return new Set(hits.filter((id) => !hits.some((other) => other !== id && this.isInside(other, id))));
  }

  /** Is measure `inner` a descendant of measure `outer`? */
  private isInside(inner: string, outer: string): boolean {
    for (let p = this.parent.get(inner), guard = 0; p !== undefined && guard < 64; p = this.parent.get(p), guard++) {
      if (p === outer) return true;
    }
    const a = this.nodes.get(inner)?.properties;
    const b = this.nodes.get(outer)?.properties;
    const [as, ae, bs, be] = [a?.['start'], a?.['end'], b?.['start'], b?.['end']];
    if (typeof as !== 'number' || typeof ae !== 'number' || typeof bs !== 'number' || typeof be !== 'number') {
      return false;
    }
    return bs <= as && ae <= be && (bs !== as || be !== ae);
  }
}

/** A measure is searched in its title and its whole span (sub-measures included: Measure.text is only
 *  its own text, so the span is read from the Document's text by start/end; the title only when the
 *  span does not hold it). */
function searchable(node: GraphNode, docs: ReadonlyMap<string, unknown>): string {
  const p = node.properties;
  const title = typeof p['title'] === 'string' ? p['title'] : '';
  const own = typeof p['text'] === 'string' ? p['text'] : '';
  const doc = docs.get(String(p['docId']));
  const span = typeof doc === 'string' ? doc.slice(Number(p['start']), Number(p['end'])) : own;
  const t = normText(span);
  const h = normText(title);
  return t.includes(h) ? t : `${h}\n${t}`;
}

/** A gold name with its alternatives and the file's variants of each. */
export function expand(name: GoldName, variants: Record<string, string[]>): string[] {
  const names = Array.isArray(name) ? name : [name];
  return names.flatMap((n) => [n, ...(variants[n] ?? [])]);
}
