// The one type contract of FTZ Atlas: labels, relationship types, property shapes, evidence,
// ids and the property-graph fragment that flows from extraction to the loader, the API and exports.
// Everything else imports from here; nothing re-declares these shapes.

export const NODE_LABELS = ['Document', 'Zone', 'Measure', 'Policy', 'Agency', 'Industry'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'COVERS',
  'PART_OF',
  'CONTAINS',
  'APPLIES_TO',
  'LEADS',
  'SUPPORTS',
  'INVOLVED_IN',
  'TARGETS',
  'FOCUSES_ON',
  'CITES',
  'ADOPTS',
  'ISSUED_BY',
  'SIMILAR_TO', // derived at load time: the canonical members of two copy groups carry the same reform (score, method)
  'COPY_OF', // derived at load time: a measure's text is (nearly) its group's canonical member's (score, method)
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Relationship types the loader derives by comparing measures (graph-loader/src/similar): no evidence
 *  lists; a document's reload deletes them with its measures. */
export const DERIVED_REL_TYPES: readonly RelType[] = ['SIMILAR_TO', 'COPY_OF'];

/** Relationships the API returns but the loader never writes: the overview's aggregate
 *  (Agency)-[:LEADS_IN {measures, virtual: true}]->(Zone) — the agencies that lead most measures in
 *  a zone (query-service/explore/overview.ts). Not in REL_TYPES, so the writer refuses them. */
export const VIRTUAL_REL_TYPES = ['LEADS_IN'] as const;
export type VirtualRelType = (typeof VIRTUAL_REL_TYPES)[number];
/** Every relationship type an API answer can carry. */
export type ApiRelType = RelType | VirtualRelType;

/** How a fact was found. */
export const EXTRACTION_METHODS = [
  'structure', // document layout: numbering, headings, containment
  'label', // an explicit label such as 牵头单位：/责任单位：
  'list-order', // the "排第一的为牵头单位" rule or a first-listed lead
  'table', // a task-table column
  'tag', // a tag after a measure: "（X牵头，Y配合）", "（X、Y负责）"
  'prose', // a duty in running text: "X负责…", "X会同Y…", "由X制定", "X应当…"
  'group', // a working group: 组长单位/成员单位, 总指挥/成员, "办公室设在X", "由X、Y组成"
  'pattern', // a phrase pattern such as "联合X" / "配合X" / "重点发展X" (roles: tag, prose, group)
  'dictionary', // a dictionary term found in the text
  'citation', // 《…》 or a document number
  'manifest', // data/plans/manifest.json
] as const;
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number];

/** A property value as Neo4j stores it (no nested maps). */
export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

/** The evidence every extracted relationship carries. Offsets are UTF-16 code-unit offsets
 *  (JavaScript string indices) into the Document's normalised `text`: text.slice(start, end). */
export interface Evidence {
  evidence: string; // the sentence or clause, at most EVIDENCE_MAX chars
  docId: string;
  start: number;
  end: number;
  method: ExtractionMethod;
  /** an agency's role (LEADS/SUPPORTS/INVOLVED_IN) carries every span that supports it, in parallel
   *  arrays beside the first span's scalars: fragment/merge.ts */
  evidences?: string[];
  starts?: number[];
  ends?: number[];
  methods?: string[];
}
export const EVIDENCE_MAX = 300;

export interface GraphNode {
  id: string;
  labels: NodeLabel[];
  properties: Props;
}

export interface GraphRelationship {
  type: RelType;
  start: string; // node id
  end: string; // node id
  properties: Props & Evidence;
}

/** The property-graph JSON shape of DESIGN.md: what extraction yields, `ftz extract --json` prints,
 *  the loader writes and the JSON export produces. */
export interface Fragment {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

// ---------------------------------------------------------------------------------------------
// Node property shapes: every node is built from its label's shape with `typedNode`, so a missing or
// mistyped property fails the typecheck where the node is made. Optional properties are left out of
// the stored node when unknown (never stored as null).

export type Script = 'Hans' | 'Hant';
export interface DocumentProps {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null; // ISO date
  file: string; // path relative to the project root or as given
  script: Script;
  sha256: string; // of the original bytes
  encoding: string; // detected encoding of the original bytes
  text: string; // normalised, simplified text; all offsets point into it
  kind: 'document';
  noticeTitle?: string | null; // the title of the 印发/转发 notice that transmits this text
  titleAlternatives?: string[]; // other texts the notice transmits, then the notice title
  addressees?: string[]; // 主送机关, as written (not agencies assigned to anything)
  headerSources?: string[]; // where each header field was found: "title:title-line", "issuer:signature"
  headerMissing?: string[]; // header fields not found: "docNumber", "issuedOn"
  // the understanding report (UnderstandingReport as JSON: Neo4j stores no nested maps) and its counts
  report?: string;
  measureCount?: number; // measures that commit someone (background sections left out)
  measuresWithLead?: number; // of those, with a responsible agency (LEADS or SUPPORTS)
  measuresWithDeadline?: number;
  unreadCount?: number; // spans not understood (tags, markers, skipped numbering)
}

/** A span of the text the loader did not understand: a bracketed responsibility tag no fact took, a
 *  numbering marker left inside a sentence, numbering read as not structure (a table of contents), a
 *  name in a responsibility field or column that resolves to no body (unresolved), a named body whose
 *  place is unknown (unplaced: no jurisdiction). */
export interface UnreadSpan {
  kind: 'tag' | 'marker' | 'skipped' | 'agency' | 'unresolved' | 'unplaced';
  text: string;
  start: number; // offsets into Document.text
  end: number;
}

/** What the loader understood of one document (stored on the Document as JSON in `report`). */
export interface UnderstandingReport {
  header: { field: string; found: boolean; source: string | null }[]; // title, docNumber, issuer, issuedOn, addressees
  levels: number[]; // numbered units per level (levels[0]: top level)
  byLevelKind: Record<string, number>[]; // per level: kind → count
  measures: number; // measures that commit someone (background sections left out)
  withLead: number; // of those, with a responsible agency
  withDeadline: number;
  /** of those, by how the deadline is stated (date, period, from, recurring, continuous, text) */
  deadlineKinds?: Record<string, number>;
  notUnderstood: UnreadSpan[]; // in text order (at most a few hundred)
  warnings: string[]; // no structure found and why, no header found, numbering deeper than six levels
}

export type ZoneKind = 'ftz' | 'area' | 'block' | 'cluster' | 'subzone' | 'bonded' | 'park' | 'function';
export interface ZoneProps {
  name: string;
  fullName: string;
  kind: ZoneKind;
  province: string | null;
  city: string | null;
  masked: boolean;
  aliases: string[];
  district?: string; // the district a block/cluster lies in
  nameEn?: string; // China (Henan) Pilot Free Trade Zone, Zhengzhou Area (where known)
  areaKm2?: number;
  areaEvidence?: string; // the sentence the area was read from
}

/** article: a 第X条 of a law or regulation (its chapters are sections, its 项 measures) */
/** How a deadline is stated: a due date (2015年底前), a period (its end is the due date), a start
 *  (2021年起), recurring (每年2月底前), continuous (长期坚持, 持续推进), or words read as none of these. */
export type DeadlineKind = 'date' | 'period' | 'from' | 'recurring' | 'continuous' | 'text';
export type MeasureKind = 'section' | 'task' | 'measure' | 'project' | 'target' | 'article';
export interface MeasureProps {
  docId: string;
  path: string; // e.g. "2.6.1.2" — 1-based ordinal at each level of the hierarchy
  number: string; // as written: "（六）", "(2)", "1．"
  title: string;
  text: string; // its own text: the span without its sub-measures' spans (fragment/build.ts measureOwnText)
  section: string; // title of the top-level section it sits in
  start: number; // offsets of the measure's whole span (sub-measures included) in Document.text
  end: number;
  deadlineText: string | null;
  dueDate: string | null; // ISO date
  deadlineKind: DeadlineKind | null;
  target: string | null; // 评估目标
  kind: MeasureKind;
  background: boolean; // a background section (现状, 指导思想 …): structure, not a commitment
  depth: number; // 1 = top level
}

export type AgencyLevel = 'national' | 'provincial' | 'municipal' | 'district' | 'zone' | 'enterprise';
export interface AgencyProps {
  name: string; // with jurisdiction: 岳阳市商务粮食局
  shortName: string; // as usually written: 市商务粮食局
  aliases: string[];
  level: AgencyLevel;
  jurisdiction: string | null; // 岳阳市, 金水区, 湖南省, 中国
  kind: string; // government, party, court, procuratorate, customs, financial-regulator, soe, zone-admin, …
  nameEn: string | null;
  masked?: boolean; // written with ** in a masked plan: kept as written, never guessed
  /** every level of the place, where known (a municipality is its own province and city) */
  province?: string | null;
  city?: string | null;
  district?: string | null;
  /** 'document' when the place could not be determined: the id then holds the document key */
  scope?: 'place' | 'named' | 'national' | 'document';
}

export interface IndustryProps {
  name: string;
  aliases: string[];
  nameEn: string;
  group: string;
}

export interface PolicyProps {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  year: number | null;
  kind: 'document' | 'instrument';
  aliases: string[];
  nameEn?: string; // instruments: the English name from the dictionary
}

/** The property shape of each label. */
export interface NodeProps {
  Document: DocumentProps;
  Zone: ZoneProps;
  Measure: MeasureProps;
  Policy: PolicyProps;
  Agency: AgencyProps;
  Industry: IndustryProps;
}

/** A node built from its label's property shape; `more` adds labels (a Document is also a Policy).
 *  The one place a typed shape becomes stored Props. */
export function typedNode<L extends NodeLabel>(
  label: L,
  id: string,
  properties: NodeProps[L],
  more: NodeLabel[] = [],
): GraphNode {
  return { id, labels: [label, ...more], properties: { ...(properties as unknown as Props) } };
}

// ---------------------------------------------------------------------------------------------
// Ids: deterministic, prefixed by the label they are merged on, so reloading gives the same ids and
// a relationship's endpoints can be matched by label and key.

/** The label a node is MERGEd on (Document nodes merge on Policy so citations meet them). */
export function mergeLabel(labels: readonly NodeLabel[]): NodeLabel {
  if (labels.includes('Document') || labels.includes('Policy')) return 'Policy';
  const first = labels[0];
  if (!first) throw new Error('a node needs at least one label');
  return first;
}

/** The merge label of an id, read from its prefix. */
export function labelOfId(id: string): NodeLabel {
  const prefix = id.slice(0, id.indexOf(':'));
  switch (prefix) {
    case 'policy':
      return 'Policy';
    case 'zone':
      return 'Zone';
    case 'measure':
      return 'Measure';
    case 'agency':
      return 'Agency';
    case 'industry':
      return 'Industry';
    default:
      throw new Error(`id without a known label prefix: ${id}`);
  }
}

export const makeId = {
  /** key: the document number if it has one (郑政办〔2018〕94号), else its normalised title. */
  policy: (key: string): string => `policy:${key}`,
  zone: (fullName: string): string => `zone:${fullName}`,
  measure: (docId: string, path: string): string => `measure:${docId.replace(/^policy:/, '')}#${path}`,
  agency: (nameWithJurisdiction: string): string => `agency:${nameWithJurisdiction}`,
  industry: (name: string): string => `industry:${name}`,
};
