// Where a local body sits and what it is called there. A body names its level with a prefix (省/市/
// 区/县/州: the document's place at that level), names its place (合肥市商务局, 浦东新区人民政府, 岳阳海关),
// or names none (商务局, 海关: the document's own place; in a national document the national system).
// When the place cannot be determined the body stays scoped to its document. Pure.

import type { AgencyLevel } from '../../../core/model.ts';
import { type Body, PREFIX_RE, areaName, placePrefix } from '../lang/agency-glossary.ts';
import { NO_PLACE, type Place, type PlaceHit } from '../lang/places.ts';
import type { AgencyGlossary, DocContext } from '../types.ts';
import { isCore } from './agency-shape.ts';
import { levelOfHit } from './jurisdiction.ts';

/** place: placed by the document or by its own name; named: a name of its own with no place known
 *  (中华全国供销合作总社, 头桥集团) keeps its name as id; national: the national system of a function
 *  named in a national document (海关, 公安机关); document: its place is unknown, scoped to the document. */
export type Scope = 'place' | 'named' | 'national' | 'document';

export interface Placed {
  name: string; // with its place: 安徽省经济和信息化厅, 上海市奉贤区交通委员会
  jurisdiction: string | null; // 安徽省, 上海市奉贤区; null when scoped to the document
  level: AgencyLevel;
  place: Place;
  scope: Scope;
  /** the name itself says where (岳阳海关, 城陵矶新港区): the id needs no place in front */
  selfNamed?: boolean;
  /** a vertical branch's English with {place} (People's Bank of China {place} Central Sub-branch) */
  enTemplate?: string;
}

/** Bodies named after their seat without a level word: 岳阳海关, 上海海事局. */
const SEAT_KINDS = new Set(['customs', 'maritime']);
/** A masked name: the source hides a place as ** (**市商务局, **片区管委会). */
const MASK_RE = /\*{2,}/u;
/** A name that begins with the country (中国储备粮管理总公司, 中华全国供销合作总社), not with a zone of it. */
const NATIONAL_NAME_RE = /^(中华|中国(?![（(]))/u;
const COUNTRY_RE = /^(中华|中国)/u;
/** 省级 → 省, 市级 → 市 (省级公务员主管部门). */
const LEVEL_WORD_RE = /^([省市区县])级/u;
/** The words of a function named by a law rather than a body: 公安机关, 税务部门, 商务主管部门. */
export const FUNCTION_RE = /(部门|机关|机构)$/u;

function ctxPlace(ctx: DocContext): Place {
  return { province: ctx.province, city: ctx.city, district: ctx.district };
}

/** The jurisdiction a place is written as: 安徽省, 岳阳市, 上海市奉贤区 (a district with its city). */
export function jurisdictionOf(p: Place): string | null {
  if (p.district) return (p.city ?? '') + p.district;
  return p.city ?? p.province;
}

function levelOfPlace(p: Place): AgencyLevel {
  if (p.district) return 'district';
  if (p.city && p.city !== p.province) return 'municipal';
  return p.city ? 'municipal' : 'provincial';
}

function scoped(name: string, level: AgencyLevel): Placed {
  return { name, jurisdiction: null, level, place: NO_PLACE, scope: 'document' };
}

function placed(name: string, place: Place, level: AgencyLevel = levelOfPlace(place)): Placed {
  return { name, jurisdiction: jurisdictionOf(place), level, place, scope: 'place' };
}

/** The one city a document's subject lies in: its own, or the one city its title names inside its
 *  province (山东省青岛前湾保税港区条例 → 青岛市); null when none or several. */
export function seatCity(ctx: DocContext): string | null {
  if (ctx.city) return ctx.city;
  const cities = new Set<string>();
  const within = { ...NO_PLACE, province: ctx.province };
  for (let i = 0; i < ctx.title.length; i++) {
    const hit = ctx.places?.startsWith(ctx.title, within, true, i);
    if (hit?.place.city && hit.level === 'city' && hit.place.province === ctx.province) cities.add(hit.place.city);
  }
  return cities.size === 1 ? [...cities][0] : null;
}

/** 市商务局 → the document's city; 区交通委 → its district; 省X厅 → its province. */
function byPrefix(prefix: string, rest: string, ctx: DocContext): Placed {
  const p = ctxPlace(ctx);
  if (prefix === '省') {
    if (!p.province) return scoped(`省${rest}`, 'provincial');
    return placed(p.province + rest, { ...NO_PLACE, province: p.province }, 'provincial');
  }
  if (prefix === '市' || (prefix === '州' && p.city?.endsWith('州'))) {
    // a provincial document about one city's zone (山东省青岛前湾保税港区条例): 市 is that city
    const city = p.city ?? (prefix === '市' ? seatCity(ctx) : null);
    if (!city) return scoped(`${prefix}${rest}`, 'municipal');
    return placed(city + rest, { province: p.province, city, district: null }, 'municipal');
  }
  if (!p.district) return scoped(`${prefix}${rest}`, 'district');
  return placed((p.city && p.city !== p.district ? p.city : '') + p.district + rest, p, 'district');
}

/** A place the name starts with: 合肥市商务局, 上海市奉贤区交通委, 浦东新区人民政府, 岳阳海关. */
function byOwnPlace(name: string, hit: PlaceHit, body: Body | null, ctx: DocContext): Placed {
  const p = hit.place;
  const rest = name.slice(hit.written.length);
  if (hit.level === 'district') {
    // a district is written with its city: 浦东新区人民政府 → 上海市浦东新区人民政府
    const city = p.city && !hit.written.startsWith(p.city) ? p.city : '';
    return { ...placed(city + hit.written + rest, p, 'district'), selfNamed: true };
  }
  const seat = body !== null && SEAT_KINDS.has(body.kind);
  const level: AgencyLevel =
    hit.level === 'province' && !ctx.places?.isMunicipality(p.province ?? '') ? 'provincial' : 'municipal';
  return { ...placed(name, p, seat ? 'municipal' : level), selfNamed: true };
}

/** A name that holds one of the document's places (国网岳阳供电公司, 中共郑州市金水区委员会). */
function ownPlace(name: string, ctx: DocContext): Placed | null {
  const p = ctxPlace(ctx);
  const levels = [
    [p.district, 'district', p],
    [p.city, 'municipal', { ...p, district: null }],
    [p.province, 'provincial', { ...NO_PLACE, province: p.province }],
  ] as const;
  for (const [j, level, where] of levels) {
    if (!j) continue;
    const short = j.replace(/[省市区县]$/u, '');
    if (name.includes(j) || (short.length >= 2 && name.includes(short)))
      return { ...placed(name, where, level), selfNamed: true };
  }
  return null;
}

/** The first place named inside a name, short forms too (中国铁路沈阳局集团 → 沈阳市). */
function placeInside(name: string, ctx: DocContext): PlaceHit | null {
  for (let i = 2; i < name.length - 1; i++) {
    const hit = ctx.places?.startsWith(name, NO_PLACE, true, i);
    if (hit) return hit;
  }
  return null;
}

/** A body that names no place: the document's place decides, at the document's level. */
function bare(name: string, body: Body, ctx: DocContext): Placed {
  const p = ctxPlace(ctx);
  const area = areaName(ctx);
  if (area && /^(片区|自贸片区)/u.test(name) && body.kind === 'zone-admin')
    return placed(area + name.replace(/^(自贸)?片区/u, ''), p, 'zone');
  // a masked document's city is masked too: its customs is "**海关", its bureaus "**市…"; which city
  // that is nobody can tell, so the body stays scoped to its document
  if (!p.city && ctx.masked) {
    const written = SEAT_KINDS.has(body.kind) ? `**${name}` : `**市${name}`;
    return { ...scoped(written, 'municipal'), place: { ...NO_PLACE, province: p.province } };
  }
  if (ctx.level === 'national' && !p.province) return { ...scoped(name, 'national'), scope: 'national' };
  // a function of a law without a level whose words are a body's core (商务部门, 城市管理综合执法机关) is
  // the document's place's, named with it as 市商务部门 is: a law that writes it both ways names one body
  if (body.kind === 'function' && name !== body.zh && isCore(name.slice(0, -body.zh.length), ctx)) {
    if (p.district) return placed((p.city && p.city !== p.district ? p.city : '') + p.district + name, p, 'district');
    if (p.city) return placed(p.city + name, { ...p, district: null }, 'municipal');
    if (p.province) return placed(p.province + name, { ...NO_PLACE, province: p.province }, 'provincial');
  }
  // a name with words of its own before the body word (头桥集团) is kept as written, in the document's place
  if (name !== body.zh && (p.city || p.province)) return placed(name, p.district ? p : { ...p, district: null });
  if (name !== body.zh) return { name, jurisdiction: null, level: 'municipal', place: NO_PLACE, scope: 'named' };
  if (/厅$/u.test(body.zh))
    return p.province ? placed(p.province + name, { ...NO_PLACE, province: p.province }) : scoped(name, 'provincial');
  if (SEAT_KINDS.has(body.kind)) {
    if (p.city) return placed(p.city.replace(/市$/u, '') + name, { ...p, district: null }, 'municipal');
    return p.province ? placed(name, { ...NO_PLACE, province: p.province }, 'provincial') : scoped(name, 'municipal');
  }
  if (p.city) return placed(p.city + name, { ...p, district: null }, 'municipal');
  if (p.province) return placed(p.province + name, { ...NO_PLACE, province: p.province }, 'provincial');
  return scoped(name, 'municipal');
}

/** Where the body named `name` (canonical, place words first) sits, and its full name there; a body
 *  whose place is masked or unknown is scoped to its document. */
export function placeAgency(name: string, body: Body | null, ctx: DocContext, glossary: AgencyGlossary): Placed {
  const p = placeUnmasked(name, body, ctx, glossary);
  // a masked place (**市商务局, **片区管理委员会) is no place: two masked documents need not mean one
  return MASK_RE.test(p.name) ? { ...scoped(p.name, p.level), place: { ...NO_PLACE, province: p.place.province } } : p;
}

function placeUnmasked(name: string, body: Body | null, ctx: DocContext, glossary: AgencyGlossary): Placed {
  if (name.startsWith('**')) return scoped(name, 'municipal'); // masked, kept as written
  if (/^国务院/u.test(name))
    return { name, jurisdiction: '中国', level: 'national', place: NO_PLACE, scope: 'national' };
  const written = name.replace(LEVEL_WORD_RE, '$1');
  const prefix = PREFIX_RE.exec(written)?.[1] ?? (/^州(?!级)/u.test(written) ? '州' : undefined);
  if (prefix) return byPrefix(prefix, written.slice(1), ctx);
  // places of the document itself, short or long (岳阳城陵矶…, 城陵矶新港区 of the glossary)
  const probe = name.replace(/^中共/u, '');
  const own = placePrefix(probe, ctx, glossary);
  const hit = ctx.places?.startsWith(probe, ctxPlace(ctx), true) ?? null;
  if (hit && (!own || hit.written.length >= own.length)) {
    const p = byOwnPlace(probe, hit, body, ctx);
    return probe === name ? p : { ...p, name: `中共${p.name}` };
  }
  const inside = ownPlace(name, ctx);
  if (inside) return inside;
  // a name that begins with the country sits where it names a place further on (中国人民银行长沙中心
  // 支行, 中国（上海）自由贸易试验区管理委员会), else it is national (中国储备粮管理总公司)
  if (own && COUNTRY_RE.test(name)) {
    const inside = placeInside(name, ctx);
    if (inside) return { ...placed(name, inside.place), selfNamed: true };
    if (NATIONAL_NAME_RE.test(name))
      return { name, jurisdiction: '中国', level: 'national', place: NO_PLACE, scope: 'national' };
  }
  // a named place inside the document's city (城陵矶新港区)
  if (own && ctx.city) return { ...placed(name, { ...ctxPlace(ctx), district: null }, 'municipal'), selfNamed: true };
  if (!body) return scoped(name, 'municipal');
  return bare(name, body, ctx);
}

/** A branch of a vertically managed system sits where its name says (人行合肥中心支行 is 合肥市's, in
 *  any document) and goes by the name its system gives it (岳阳银保监分局 → 中国银行保险监督管理委员会岳阳
 *  监管分局, 市税务局 placed in 岳阳市 → 国家税务总局岳阳市税务局), so the forms of one branch meet in one
 *  node. Null when the name is no branch or its place is no known place (主管海关, 出入境检验检疫局). */
export function branchPlace(p: Placed, ctx: DocContext): Placed | null {
  const r = ctx.register?.resolve(p.name);
  if (r?.type !== 'vertical') return null;
  const written = r.match.place;
  const hit = ctx.places?.startsWith(written, ctxPlace(ctx), true);
  if (!hit || hit.written !== written) return null;
  const jurisdiction = jurisdictionOf(hit.place);
  const level: AgencyLevel = jurisdiction === p.jurisdiction || !ctx.places ? p.level : levelOfHit(hit, ctx.places);
  return {
    name: r.match.canonical,
    jurisdiction,
    level,
    place: hit.place,
    scope: 'place',
    selfNamed: true,
    enTemplate: r.match.enTemplate,
  };
}

/** The document key of a scoped body's id: the Document id without its label prefix. */
function docKey(docId: string): string {
  return docId.replace(/^policy:/u, '');
}

/** The id: a national body by its name; a placed body by its name, with its jurisdiction in front
 *  when the name does not already begin with it (so 海关 of 山东省 is 山东省/海关); a scoped body by
 *  the document key and its name. */
export function agencyKey(p: Placed, ctx: DocContext): string {
  if (p.scope === 'document') return `${docKey(ctx.docId)}#${p.name}`;
  if (p.scope !== 'place' || !p.jurisdiction || p.selfNamed) return p.name;
  const j = p.jurisdiction;
  const short = j.replace(/(省|市|自治区|州|区|县)$/u, '');
  const inName = p.name.includes(j) || (p.level !== 'district' && short.length >= 2 && p.name.includes(short));
  return inName ? p.name : `${j}/${p.name}`;
}
