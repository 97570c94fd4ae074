// Types shared by the pure extraction modules: the document context, the measure segments and the
// dictionaries. Extraction functions take these and return model Fragments (graph-loader/src/model.ts).

import type { ZoneEnglish } from './lang/zone-english.ts';
import type { ExtractionMethod, Fragment, MeasureKind, ZoneKind } from '../../core/model.ts';
import type { Register } from './register/index.ts';
import type { Divisions, PlaceIndex } from './lang/places.ts';

/** Per-document metadata from data/plans/manifest.json: what the text does not say reliably. */
export interface ManifestEntry {
  title?: string;
  docNumber?: string;
  issuer?: string;
  issuedOn?: string; // ISO date
  province?: string; // 河南省
  city?: string; // 郑州市
  district?: string; // 金水区
  zone?: string; // full name of the most specific zone the plan covers
  /** masked spans as written ("**片区") → a real name; absent means: keep masked. */
  unmask?: Record<string, string>;
  note?: string;
}
export type Manifest = Record<string, ManifestEntry>; // keyed by file name (basename)

/** Where a document sits: used to resolve 市/区/省 prefixes and to attach zones. */
export interface DocContext {
  docId: string;
  file: string;
  title: string;
  province: string | null; // 湖南省
  city: string | null; // 岳阳市
  district: string | null; // 金水区
  zoneId: string | null; // the most specific zone the plan covers
  masked: boolean; // the text masks names (**)
  /** the level of the issuing government: a national document's 海关 is the customs system */
  level?: DocLevel | null;
  /** the gazetteer, to place bodies that name their own place (合肥市商务局, 奉贤区交通委) */
  places?: PlaceIndex | null;
  /** the register of government bodies: national short forms, collectives */
  register?: Register | null;
  /** bodies the text defines a short form for: 管委会 → 中国（上海）自由贸易试验区管理委员会 */
  abbreviations?: ReadonlyMap<string, string>;
  /** class names a text defines for several bodies (X、Y等机构（以下统称“Z”）): Z is no one body */
  collectiveTerms?: ReadonlySet<string>;
}
export type DocLevel = 'national' | 'provincial' | 'municipal' | 'district';

/** One node of the measure hierarchy, with offsets into the normalised text. */
export interface Segment {
  id: string; // makeId.measure(docId, path)
  path: string; // "2.6.1.2"
  number: string; // as written: "（六）"
  title: string;
  text: string; // the whole segment including children: text.slice(start, end)
  start: number;
  end: number;
  depth: number; // 1 = top level
  kind: MeasureKind | 'background'; // background sections are structure, not measures
  parentId: string | null;
  section: string; // title of the top-level section
  /** how the segment was found: a marker style (cn-dun, article, decimal …), 'row', 'label', 'enum',
   *  'project', 'md-N', 'table'; absent in segments built elsewhere */
  style?: string;
  /** table rows: the row's cells with the header name of their column (offsets into the text) */
  cells?: { column: string; text: string; start: number; end: number }[];
}

/** A fact found at a place in the text. */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
  evidence: string;
  method: ExtractionMethod;
}

// ------------------------------------------------------------------------------- dictionaries
export interface IndustryEntry {
  name: string; // canonical simplified name: 跨境电子商务
  aliases: string[]; // 跨境电商, 跨境電商, …
  /** short names the node also answers to (search, aliases) that are too ambiguous to match in
   *  running text: 金融 for 金融服务, 文化 for 文化产业 */
  shortNames?: string[];
  nameEn: string;
  group: string; // e.g. "trade", "digital", "manufacturing", "finance", "logistics", …
}
export interface InstrumentEntry {
  name: string; // 证照分离
  aliases: string[];
  nameEn: string;
}
export interface DocPrefixEntry {
  prefix: string; // 国发, 国办发, 豫政, 湘政发, 郑政办
  issuer: string; // 国务院, 国务院办公厅, 河南省人民政府, …
  level: 'national' | 'provincial' | 'municipal' | 'district';
  /** documents known under this prefix, so a citation by title alone meets one by number:
   *  { year: 2017, serial: 17, titles: ['中国（河南）自由贸易试验区总体方案'] } */
  known?: { year: number; serial: number; titles: string[] }[];
}
export interface ZoneEntry {
  name: string; // 郑州片区
  fullName: string; // 中国（河南）自由贸易试验区郑州片区
  kind: ZoneKind;
  parent: string | null; // parent's fullName
  province: string | null;
  city: string | null;
  aliases: string[];
  areaKm2?: number | null;
  district?: string | null; // the district a block/cluster lies in: 金水区块 → 金水区
  /** the official English name where no rule of zone-english.json gives it (科技创新片区) */
  nameEn?: string;
}
/** Agency glossary: kinds of bodies with English names, national bodies, collective phrases. */
export interface AgencyGlossary {
  /** suffix patterns of body names, longest first wins: 商务粮食局 → Commerce and Grain Bureau */
  bodies: { zh: string; en: string; kind: string; aliases?: string[] }[];
  /** bodies that are national whatever the prefix: 国务院, 海关总署, 最高人民法院, 人民银行 */
  national: { name: string; en: string; kind: string; aliases?: string[] }[];
  /** phrases that look like agencies but are not: 各地区, 各有关单位, 成员单位 */
  collective: string[];
  /** explicit variant → canonical short form: 市发改委 → 市发展和改革委员会 */
  variants: Record<string, string>;
  /** place names in English for nameEn: 岳阳 → Yueyang, 城陵矶 → Chenglingji (optional) */
  places?: Record<string, string>;
}
export interface Dictionaries {
  industries: IndustryEntry[];
  instruments: InstrumentEntry[];
  docPrefixes: DocPrefixEntry[];
  zones: ZoneEntry[];
  agencies: AgencyGlossary;
  /** the gazetteer of provinces, cities and districts (divisions.json) */
  divisions?: Divisions;
  /** function words of laws (主管部门, 机关): agencies when a level or place comes before them */
  functions?: { words: { zh: string; en: string }[] };
  /** patterns of zones' English names (zone-english.json) */
  zoneEnglish?: ZoneEnglish;
  /** the register of Chinese government bodies (data/register), built by the reader */
  register?: Register;
}

/** What each term extractor (zones, industries, instruments, citations) receives. */
export interface TermInput {
  text: string; // normalised document text
  segments: Segment[];
  ctx: DocContext;
  dicts: Dictionaries;
}
export type TermExtractor = (input: TermInput) => Fragment;
