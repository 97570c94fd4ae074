// The one place where neo4j-driver values become plain JSON: Integer → number (or a decimal string
// outside the safe range), temporal and duration values → ISO strings, Point → {srid,x,y[,z]},
// Node → ApiNode, Relationship → ApiRelationship, Path → {nodes, relationships}. Nodes and
// relationships met anywhere are collected into a de-duplicated graph.
import neo4j from 'neo4j-driver';
import type { Node, Path, Relationship } from 'neo4j-driver';
import type { ApiGraph, ApiNode, ApiRelationship, JsonValue } from '../../core/api-types.ts';
import type { ApiRelType } from '../../core/model.ts';

export interface ConvertOptions {
  /** leave out the (long) Document text: the API serves it from /api/documents/:id/text */
  omitDocumentText: boolean;
  /** leave out a relationship's evidence lists (one entry per document stating it: they grow with the
   *  store); the scalar evidence stays, the lists are one click away (/api/nodes/:id) */
  omitEvidenceLists?: boolean;
}
export const API_CONVERT: ConvertOptions = { omitDocumentText: true };
/** Saved queries' answers: without Document text and without evidence lists, so that an answer's size
 *  follows its rows, not the number of plans stating each relationship. */
export const SAVED_QUERY_CONVERT: ConvertOptions = { omitDocumentText: true, omitEvidenceLists: true };
export const EXPORT_CONVERT: ConvertOptions = { omitDocumentText: false };

/** Cypher returning a node `n` as parts without a Document's text: eid, labels, props (pairs). */
/** Properties the loader keeps for itself (the similarity linker's stored term vectors, ~29 KB of
 *  base64 per Document): never part of an answer or an export. */
export const INTERNAL_PROPERTIES: readonly string[] = ['similarityVectors', 'similarityKey'];
const INTERNAL_LIST = JSON.stringify(INTERNAL_PROPERTIES).replaceAll('"', "'");

export const LIGHT_NODE = (n: string): string =>
  `elementId(${n}) AS eid, labels(${n}) AS labels, [k IN keys(${n}) WHERE NOT (${n}:Document AND k = 'text') AND NOT k IN ${INTERNAL_LIST} | [k, ${n}[k]]] AS props`;

/** The evidence lists a relationship stated by several documents carries (one entry per document);
 *  the scalar evidence/docId/start/end/method keep the first entry. */
const EVIDENCE_LISTS = ['evidences', 'docIds', 'starts', 'ends', 'methods'];

/** Cypher returning a relationship `r` as parts without its evidence lists: eid, type, s, e, props
 *  (pairs). The lists grow with the number of plans stating the relationship; the scalar evidence
 *  (the first entry) is what a reader shows, and the lists are one click away (/api/nodes/:id). */
export const LIGHT_REL = (r: string): string =>
  `elementId(${r}) AS eid, type(${r}) AS type, elementId(startNode(${r})) AS s, elementId(endNode(${r})) AS e, ` +
  `[k IN keys(${r}) WHERE NOT k IN ${JSON.stringify(EVIDENCE_LISTS).replaceAll('"', "'")} | [k, ${r}[k]]] AS props`;

/** An ApiNode from a converted row of LIGHT_NODE columns (eid, labels, props). */
export function nodeFromRow(row: Record<string, JsonValue>): ApiNode {
  const properties = Object.fromEntries((row['props'] as [string, JsonValue][]).map(([k, v]) => [k, v]));
  const id = typeof properties['id'] === 'string' && properties['id'] !== '' ? properties['id'] : String(row['eid']);
  return { id, labels: row['labels'] as string[], properties };
}

/** Sizes of a collector at one moment, to drop what came after (see rollback). */
export interface Checkpoint {
  nodes: number;
  relationships: number;
  elements: number;
  bytes: number;
}

/** Collects the nodes and relationships of a result while converting its values. With countBytes,
 *  `bytes` is the JSON size of the graph so far (what the byte budget counts). */
export class GraphCollector {
  bytes = 0;
  readonly nodes = new Map<string, ApiNode>();
  readonly relationships = new Map<string, ApiRelationship>();
  /** elementId → our id, for relationship endpoints */
  readonly idByElement = new Map<string, string>();
  /** relationships whose endpoints were not in the result: elementIds to resolve */
  readonly pending = new Map<string, Relationship>();
  constructor(
    private readonly options: ConvertOptions = API_CONVERT,
    private readonly countBytes = false,
  ) {}

  checkpoint(): Checkpoint {
    const { nodes, relationships, idByElement, bytes } = this;
    return { nodes: nodes.size, relationships: relationships.size, elements: idByElement.size, bytes };
  }

  /** Forgets every node and relationship met since the checkpoint (a row left out of the answer). */
  rollback(mark: Checkpoint): void {
    dropAfter(this.nodes, mark.nodes);
    for (const key of dropAfter(this.relationships, mark.relationships)) this.pending.delete(key);
    dropAfter(this.idByElement, mark.elements);
    this.bytes = mark.bytes;
  }

  private count(value: ApiNode | ApiRelationship): void {
    if (this.countBytes) this.bytes += Buffer.byteLength(JSON.stringify(value)) + 1;
  }

  value(value: unknown): JsonValue {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint') return bigToJson(value);
    if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
    if (neo4j.isNode(value)) return this.node(value) as unknown as JsonValue;
    if (neo4j.isRelationship(value)) return this.relationship(value) as unknown as JsonValue;
    if (neo4j.isPath(value)) return this.path(value);
    if (neo4j.isDuration(value)) return durationToIso(value);
    if (isTemporal(value)) return String(value);
    if (neo4j.isPoint(value)) return pointToJson(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    if (typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.value(v)]));
    }
    return String(value);
  }

  node(node: Node): ApiNode {
    const idProp = node.properties['id'];
    const id = typeof idProp === 'string' && idProp !== '' ? idProp : node.elementId;
    this.idByElement.set(node.elementId, id);
    const existing = this.nodes.get(id);
    if (existing) return existing;
    const omitText = this.options.omitDocumentText && node.labels.includes('Document');
    const properties: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(node.properties)) {
      if (!(omitText && k === 'text') && !INTERNAL_PROPERTIES.includes(k)) properties[k] = this.value(v);
    }
    const apiNode: ApiNode = { id, labels: [...node.labels], properties };
    this.nodes.set(id, apiNode);
    this.count(apiNode);
    this.settle();
    return apiNode;
  }

  /** A node read as parts (elementId, labels, [key, value] pairs) — how the service fetches nodes
   *  without their long Document text (see LIGHT_NODE). */
  lightNode(elementId: string, labels: string[], pairs: [string, unknown][]): ApiNode {
    const props = Object.fromEntries(pairs);
    const idProp = props['id'];
    const id = typeof idProp === 'string' && idProp !== '' ? idProp : elementId;
    this.idByElement.set(elementId, id);
    const existing = this.nodes.get(id);
    if (existing) return existing;
    const properties: Record<string, JsonValue> = {};
    for (const [k, v] of pairs) properties[k] = this.value(v);
    const apiNode: ApiNode = { id, labels: [...labels], properties };
    this.nodes.set(id, apiNode);
    this.count(apiNode);
    this.settle();
    return apiNode;
  }

  relationship(rel: Relationship): ApiRelationship {
    const properties: Record<string, JsonValue> = {};
    const omitLists = this.options.omitEvidenceLists === true;
    for (const [k, v] of Object.entries(rel.properties)) {
      if (!(omitLists && EVIDENCE_LISTS.includes(k))) properties[k] = this.value(v);
    }
    const api: ApiRelationship = {
      id: rel.elementId,
      type: rel.type as ApiRelType, // the store holds only the model's types: the writer refuses others
      start: this.idByElement.get(rel.startNodeElementId) ?? rel.startNodeElementId,
      end: this.idByElement.get(rel.endNodeElementId) ?? rel.endNodeElementId,
      properties,
    };
    if (!this.relationships.has(rel.elementId)) this.count(api);
    this.relationships.set(rel.elementId, api);
    if (!this.idByElement.has(rel.startNodeElementId) || !this.idByElement.has(rel.endNodeElementId)) {
      this.pending.set(rel.elementId, rel);
    }
    return api;
  }

  /** A relationship read as parts (see LIGHT_REL) whose endpoints are known nodes of the result. */
  lightRelationship(elementId: string, type: string, startEid: string, endEid: string, pairs: [string, unknown][]) {
    const start = this.idByElement.get(startEid);
    const end = this.idByElement.get(endEid);
    if (start === undefined || end === undefined || this.relationships.has(elementId)) return;
    const properties: Record<string, JsonValue> = {};
    for (const [k, v] of pairs) properties[k] = this.value(v);
    const api: ApiRelationship = { id: elementId, type: type as ApiRelType, start, end, properties };
    this.count(api);
    this.relationships.set(elementId, api);
  }

  path(path: Path): JsonValue {
    const nodes = [path.start, ...path.segments.map((s) => s.end)].map((n) => this.node(n));
    const rels = path.segments.map((s) => this.relationship(s.relationship));
    return { nodes: nodes as unknown as JsonValue[], relationships: rels as unknown as JsonValue[] };
  }

  /** elementIds of relationship endpoints that are not yet known nodes */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.pending.values()) {
      for (const e of [rel.startNodeElementId, rel.endNodeElementId]) if (!this.idByElement.has(e)) missing.add(e);
    }
    return [...missing];
  }

  /** Re-points relationships whose endpoints have become known. */
  settle(): void {
    for (const [key, rel] of this.pending) {
      const start = this.idByElement.get(rel.startNodeElementId);
      const end = this.idByElement.get(rel.endNodeElementId);
      if (start === undefined || end === undefined) continue;
      const api = this.relationships.get(key);
      if (api) {
        api.start = start;
        api.end = end;
      }
      this.pending.delete(key);
    }
  }

  graph(): ApiGraph {
    this.settle();
    const relationships = [...this.relationships.values()].filter(
      (r) => this.nodes.has(r.start) && this.nodes.has(r.end),
    );
    return { nodes: [...this.nodes.values()], relationships };
  }
}

/** Deletes the entries after the first `keep` (Maps keep insertion order); returns their keys. */
function dropAfter<K, V>(map: Map<K, V>, keep: number): K[] {
  const dropped = [...map.keys()].slice(keep);
  for (const key of dropped) map.delete(key);
  return dropped;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value)
  );
}

/** ISO 8601 duration with every component spelled out (P1M2DT0S). */
function durationToIso(d: { months: unknown; days: unknown; seconds: unknown; nanoseconds: unknown }): string {
  const n = (v: unknown): number => (neo4j.isInt(v) ? v.toNumber() : Number(v));
  const seconds = n(d.seconds) + n(d.nanoseconds) / 1e9;
  return `P${n(d.months)}M${n(d.days)}DT${seconds}S`;
}

function bigToJson(value: bigint): JsonValue {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

function pointToJson(point: { srid: unknown; x: number; y: number; z?: number }): JsonValue {
  const srid = neo4j.isInt(point.srid) ? point.srid.toNumber() : Number(point.srid);
  const out: Record<string, JsonValue> = { srid, x: point.x, y: point.y };
  if (point.z !== undefined) out['z'] = point.z;
  return out;
}
