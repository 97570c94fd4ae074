// documentContext(): where a document sits — province, city, district, the most specific zone it
// covers and the level of its government — from the manifest first, then the zone it covers, then
// its header (issuer, title, addressees, number, first and last lines: jurisdiction.ts). Masked names
// ("**片区") stay masked unless the manifest's `unmask` names them; they are never guessed. Pure.

import { makeId } from '../../../core/model.ts';
import { type DocJurisdiction, type HeaderContext, documentJurisdiction } from './jurisdiction.ts';
import { NO_PLACE, type Place, type PlaceIndex, placeIndex } from '../lang/places.ts';
import type { Dictionaries, DocContext, DocLevel, ManifestEntry, ZoneEntry } from '../types.ts';
import { fold } from './term-text.ts';
import { MASK_RE, ZoneIndex } from './zone-index.ts';

export interface ContextInput {
  text: string;
  file: string;
  title: string;
  docId: string;
  manifest?: ManifestEntry;
  dicts: Dictionaries;
  /** the header fields read so far (issuer, addressees, number); the text's own lines fill the rest */
  header?: Partial<Pick<HeaderContext, 'issuers' | 'addressees' | 'docNumber'>>;
}

/** A zone the document is about, resolved or masked. */
export interface DocZone {
  fullName: string;
  entry: ZoneEntry | null; // null for a masked zone that is not in the dictionary
  masked: boolean;
  maskedAs: string | null; // the masked form as written: **片区
}

const TEXT_HEAD = 600;

/** Apply the manifest's unmask table to a string. */
export function unmask(s: string, manifest?: ManifestEntry): string {
  let out = s;
  for (const [masked, real] of Object.entries(manifest?.unmask ?? {})) out = out.split(masked).join(real);
  return out;
}

/** The deepest dictionary zone named in a string (zones of one FTZ chain preferred). */
function deepestZoneIn(s: string, index: ZoneIndex): ZoneEntry | null {
  const hits = index.matcher(null).findAll(fold(s));
  let best: ZoneEntry | null = null;
  for (const h of hits) {
    const z = index.get(h.key);
    if (!z) continue;
    if (!best || index.depth(z.fullName) > index.depth(best.fullName)) best = z;
  }
  return best;
}

/** A masked zone named in a title: 中国（河南）自由贸易试验区**片区 → parent FTZ + **片区. */
function maskedZoneIn(s: string, index: ZoneIndex): DocZone | null {
  const m = [...s.matchAll(MASK_RE)][0];
  if (!m) return null;
  const before = s.slice(0, m.index);
  const parent = deepestZoneIn(before, index);
  const fullName = (parent?.fullName ?? '') + m[0];
  return { fullName, entry: null, masked: true, maskedAs: m[0] };
}

/** The zone a document covers: manifest zone, else the title, else the head of the text. */
export function documentZone(input: ContextInput, index: ZoneIndex): DocZone | null {
  const named = input.manifest?.zone ? unmask(input.manifest.zone, input.manifest) : undefined;
  const fromManifest = index.get(named);
  if (fromManifest) return { fullName: fromManifest.fullName, entry: fromManifest, masked: false, maskedAs: null };
  if (named)
    return { fullName: named, entry: null, masked: /\*{2,}/.test(named), maskedAs: named.match(MASK_RE)?.[0] ?? null };
  for (const source of [input.manifest?.title ?? '', input.title, input.text.slice(0, TEXT_HEAD)]) {
    const s = unmask(source, input.manifest);
    const masked = maskedZoneIn(s, index);
    const plain = deepestZoneIn(s, index);
    if (masked && (!plain || index.depth(plain.fullName) <= 1)) return masked;
    if (plain) return { fullName: plain.fullName, entry: plain, masked: false, maskedAs: null };
  }
  return null;
}

const PROVINCE_RE = /(北京市|天津市|上海市|重庆市|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,5}自治区)/;
const CITY_RE = /([\u4e00-\u9fff]{2,3}市)(?:人民政府|商务|自贸|发展|关于)/;
const EDGE = 400;

/** The header as jurisdiction.ts reads it. */
function headerOf(input: ContextInput): HeaderContext {
  const title = unmask(input.manifest?.title ?? input.title, input.manifest);
  const issuer = input.manifest?.issuer;
  return {
    title,
    issuers: input.header?.issuers ?? (issuer ? [issuer] : []),
    addressees: input.header?.addressees ?? [],
    docNumber: input.header?.docNumber ?? input.manifest?.docNumber ?? null,
    head: input.text.slice(0, EDGE),
    tail: input.text.slice(Math.max(0, input.text.length - EDGE)),
  };
}

/** Missing upper levels from the gazetteer: a city's province, a district's city. */
function complete(p: Place, index: PlaceIndex | null): Place {
  if (!index) return p;
  let { province, city } = p;
  if (!city && p.district && province && index.isMunicipality(province)) city = province;
  if (!city && p.district) city = index.lookup(p.district, p)?.place.city ?? null;
  if (!province && city) province = index.provinceOfCity(city);
  return { province, city, district: p.district };
}

/** Province, city and district from the manifest, the zone chain, the title (manifest wins), then
 *  the header's jurisdiction. */
function place(input: ContextInput, zone: DocZone | null, index: ZoneIndex, found: DocJurisdiction | null): Place {
  const chain = zone?.entry ? index.chain(zone.entry.fullName) : [];
  const outside = zone && !zone.entry ? index.longestPrefix(zone.fullName) : null;
  const ftz = outside ? index.chain(outside.fullName)[0] : undefined;
  const title = unmask(input.manifest?.title ?? input.title, input.manifest);
  const m = input.manifest;
  const known = m?.province ?? chain.find((z) => z.province)?.province ?? ftz?.province ?? null;
  // the header's place counts only inside the province the zone gives (上海城市体检 is not 辽宁省海城市)
  const j = found && (!known || !found.place.province || found.place.province === known) ? found.place : NO_PLACE;
  const province = known ?? j.province ?? title.match(PROVINCE_RE)?.[1] ?? null;
  const city = m?.city ?? chain.find((z) => z.city)?.city ?? ftz?.city ?? j.city ?? title.match(CITY_RE)?.[1] ?? null;
  const district = m?.district ?? chain.find((z) => z.district)?.district ?? j.district ?? null;
  return { province, city, district };
}

function levelOf(p: Place, found: DocJurisdiction | null): DocLevel | null {
  if (found?.level === 'national' && !p.province) return 'national';
  if (p.district) return 'district';
  if (p.city) return 'municipal';
  if (p.province) return 'provincial';
  return found?.level ?? null;
}

/** "X（以下简称Y）": a body's full name and the short form the text uses from then on. */
const SHORT_RE = /^以下(?:简称|称)[“"‘]?([^”"’）)]{2,15})[”"’]?[）)]/u;
const FULL_RE = /([^，。；：、,;:\s“”"]{4,40})$/u;
const BODY_END_RE = /(委员会|管委会|管理局|政府|办公室|办公厅|局|厅|委|办|中心|机构)$/u;

/** The bodies a text names once in full and then by a short form (the drafting rule of 以下简称):
 *  one indexOf pass over the text, a look back from each 以下 that follows a bracket. */
export function abbreviationsIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let at = text.indexOf('以下'); at > 0; at = text.indexOf('以下', at + 2)) {
    if (text[at - 1] !== '（' && text[at - 1] !== '(') continue;
    const short = SHORT_RE.exec(text.slice(at, at + 24))?.[1];
    const full = FULL_RE.exec(text.slice(Math.max(0, at - 41), at - 1))?.[1]
      ?.replace(/^第[一二三四五六七八九十百零〇\d]+条/u, '')
      .replace(/^[^的]*的/u, ''); // 市人民政府设立的X（以下简称Y）: X
    if (short && full && BODY_END_RE.test(full) && BODY_END_RE.test(short) && !out.has(short)) out.set(short, full);
  }
  return out;
}

/** "X、Y等机构（以下统称“Z”）", "X和Y（以下统称Z）": Z names a class of bodies, no one body. */
const CLASS_RE = /[（(]以下统称[“"‘]?([^”"’）)]{2,15})[”"’]?[）)]/gu;
export function collectiveTermsIn(text: string): Set<string> {
  return new Set([...text.matchAll(CLASS_RE)].map((m) => m[1] as string));
}

/** A zone administration that issues the document calls itself by its bare body word (管委会): the word
 *  stands for the issuer, unless the text defines it otherwise (以下简称). */
function issuerShortForms(issuers: readonly string[], dicts: Dictionaries, out: Map<string, string>): void {
  for (const b of dicts.agencies.bodies) {
    if (b.kind !== 'zone-admin') continue;
    const issuer = issuers.find((i) => i.endsWith(b.zh) && i.length > b.zh.length + 2);
    if (!issuer) continue;
    for (const word of [b.zh, ...(b.aliases ?? [])]) if (!out.has(word)) out.set(word, issuer);
  }
}

export function documentContext(input: ContextInput): DocContext {
  const index = ZoneIndex.of(input.dicts.zones);
  const zone = documentZone(input, index);
  const places = input.dicts.divisions ? placeIndex(input.dicts.divisions) : null;
  const register = input.dicts.register;
  const national = (name: string): boolean => register?.lookupNational(name)?.matchedAs === 'name';
  const found = places ? documentJurisdiction(headerOf(input), places, national) : null;
  const { province, city, district } = complete(place(input, zone, index, found), places);
  const masked = /\*{2,}/.test(input.text) || /\*{2,}/.test(input.manifest?.title ?? input.title);
  const abbreviations = abbreviationsIn(input.text);
  issuerShortForms(input.header?.issuers ?? [], input.dicts, abbreviations);
  return {
    docId: input.docId,
    file: input.file,
    title: input.title,
    province,
    city,
    district,
    zoneId: zone ? makeId.zone(zone.fullName) : null,
    masked,
    level: levelOf({ province, city, district }, found),
    places,
    register: input.dicts.register ?? null,
    abbreviations,
    collectiveTerms: collectiveTermsIn(input.text),
  };
}
