// Where a document's government sits and at which level, from what its header says: the issuer(s),
// the title, the addressees (主送机关) and the document number, then the place words of its first
// and last lines (an adoption line, a signature). The input is a small typed header so that a better
// header reader can feed it later. Pure.

import { NO_PLACE, type Place, type PlaceHit, type PlaceIndex } from '../lang/places.ts';
import type { DocLevel } from '../types.ts';

/** What the jurisdiction is read from: the document's header fields and the ends of its text. */
export interface HeaderContext {
  title: string;
  issuers: string[];
  addressees: string[];
  docNumber: string | null;
  head: string; // the first lines of the text
  tail: string; // the last lines of the text (signature, date)
}

export interface DocJurisdiction {
  place: Place;
  level: DocLevel | null;
  /** which field decided: issuer, title, addressees, number, head, tail */
  source: string | null;
}

/** Issuers and titles of the central state: 国务院, 全国人大常委会, 中共中央, a ministry, 国家X局. */
const NATIONAL_RE =
  /^(国务院|全国人民代表大会|全国人大|中共中央|中央|中华人民共和国|最高人民(法院|检察院)|国家[\u4e00-\u9fff]{1,12}(局|委员会|署|院)|[\u4e00-\u9fff]{1,10}部(办公厅)?$)/u;
const NATIONAL_NUMBER_RE = /^(国发|国办发|国办函|国函|中发|中办发|国令|[\u4e00-\u9fff]{1,10}(部|总署|总局|委员会)令)/u;

/** Addressee lines by the level of the government that writes them. */
const ADDRESSEE_LEVELS: [RegExp, DocLevel][] = [
  [/各省、自治区、直辖市|国务院各部委|中央和国家机关/u, 'national'],
  [/省(人民)?政府各|各(地级以上|设区的)?市(、县)?[（(]?[区市]?[）)]?人民政府/u, 'provincial'],
  [/市(人民)?政府各|各区(、县)?人民政府|各县[（(]?[市区]?[）)]?人民政府/u, 'municipal'],
  [/区(人民)?政府各|各(镇|乡|街道)/u, 'district'],
];

/** A signature or issuer line: a body of a place (安徽省人民政府办公厅). */
const SIGNATURE_RE =
  /^(.{2,30}?(人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|办公厅|办公室|委员会|局|厅))$/u;
const ADDRESSEE_LINE_RE = /^各[^。：:]{2,80}[：:]/u;
/** The first line of a central document, or its adoption by the national congress. */
const NATIONAL_HEAD_RE =
  /^(#+\s*)?(国务院|中共中央|全国人民代表大会|中华人民共和国)|全国人民代表大会常务委员会第[^。\n]{1,12}次会议通过|(国发|国办发|国办函|国函)〔\d{4}〕/mu;

/** The level of a place named: a district, a city or a municipality (municipal), a province. */
export function levelOfHit(hit: PlaceHit, index: PlaceIndex): DocLevel {
  if (hit.level === 'district') return 'district';
  if (hit.level === 'city' || (hit.place.province && index.isMunicipality(hit.place.province))) return 'municipal';
  return 'provincial';
}

/** The level the addressees imply: who a document is sent to tells who wrote it. */
export function addresseeLevel(addressees: string[]): DocLevel | null {
  const line = addressees.join('，');
  for (const [re, level] of ADDRESSEE_LEVELS) if (re.test(line)) return level;
  return null;
}

/** The addressee line of a text's head, when the header reader gave none. */
export function addresseesIn(head: string): string[] {
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    const m = ADDRESSEE_LINE_RE.exec(line);
    if (m) return m[0].replace(/[：:]$/u, '').split(/[，,；;]/u);
  }
  return [];
}

/** The place that one string starts with, written with its level word (安徽省…, 广州市…). */
function leadingPlace(s: string, index: PlaceIndex): PlaceHit | null {
  return index.startsWith(s.replace(/^(中共|中国共产党)/u, '').trim(), NO_PLACE, false);
}

/** The issuer of the last lines: a signature. */
function signature(tail: string, index: PlaceIndex): PlaceHit | null {
  const lines = tail
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const line of lines.reverse()) {
    if (!SIGNATURE_RE.test(line)) continue;
    const hit = leadingPlace(line, index);
    if (hit) return hit;
  }
  return null;
}

export function isNationalIssuer(name: string): boolean {
  return NATIONAL_RE.test(name.trim());
}

/** The document's jurisdiction: the first field that names a place decides; a national issuer,
 *  title or number makes the document national (its bare 海关 is the customs system). */
export function documentJurisdiction(
  h: HeaderContext,
  index: PlaceIndex,
  /** a body of the State Council or the centre by its full name (the register: 海关总署, 审计署) */
  isNationalBody: (name: string) => boolean = () => false,
): DocJurisdiction {
  const addressees = h.addressees.length > 0 ? h.addressees : addresseesIn(h.head);
  const national =
    h.issuers.some((i) => (isNationalIssuer(i) || isNationalBody(i)) && !leadingPlace(i, index)) ||
    (h.issuers.length === 0 && /^(国务院|中共中央|全国人民代表大会|中华人民共和国)/u.test(h.title)) ||
    (h.docNumber !== null && NATIONAL_NUMBER_RE.test(h.docNumber)) ||
    addresseeLevel(addressees) === 'national' ||
    (h.issuers.length === 0 && !leadingPlace(h.title, index) && NATIONAL_HEAD_RE.test(h.head.slice(0, 200)));
  if (national) return { place: NO_PLACE, level: 'national', source: 'issuer' };
  const candidates: [string, () => PlaceHit | null][] = [
    ['issuer', () => h.issuers.map((i) => leadingPlace(i, index)).find((x) => x) ?? null],
    ['title', () => leadingPlace(h.title, index) ?? index.findAll(h.title)[0] ?? null],
    ['tail', () => signature(h.tail, index)],
    ['head', () => index.findAll(h.head)[0] ?? null],
  ];
  for (const [source, find] of candidates) {
    const hit = find();
    if (hit) return { place: hit.place, level: levelOfHit(hit, index), source };
  }
  return { place: NO_PLACE, level: addresseeLevel(addressees), source: null };
}
