// resolveAgency: a mention of a government body as written ("市商务粮食局", "岳阳海关", "区自贸办")
// → one Agency in the document's jurisdiction, or null for collective phrases (各有关单位).
// Pure: the glossary (data/dictionaries/agencies.json) is passed in.

import { type AgencyLevel, type AgencyProps, makeId } from '../../../core/model.ts';
import { type Placed, agencyKey, branchPlace, placeAgency, seatCity } from './agency-place.ts';
import {
  type MemoStore,
  REGION_PLACE,
  ctxKey,
  fullForms,
  functionWords,
  isClassTerm,
  localCore,
  memo,
  regionalOnly,
} from './agency-shape.ts';
import { NOT_BODY_END_RE } from '../grammar/vocabulary.ts';
import { placeInPinyin } from '../lang/place-english.ts';
import { NO_PLACE, type Place } from '../lang/places.ts';
import type { LocalParse } from '../register/index.ts';
import type { AgencyGlossary, DocContext } from '../types.ts';
import {
  type Body,
  NOT_NAME_OPENER_RE,
  PREFIX_RE,
  RELATIVE_FUNCTION_RE,
  bodyOf,
  cleanMention,
  expandBodyAlias,
  isCollective,
  national,
  placePrefix,
} from '../lang/agency-glossary.ts';

export { cleanMention, expandBodyAlias, isCollective, placePrefix } from '../lang/agency-glossary.ts';
export { looksLikeAgency } from './agency-shape.ts';
export type { CleanMention } from '../lang/agency-glossary.ts';

export interface ResolvedAgency {
  id: string;
  props: AgencyProps;
}

const LEVEL_EN: Record<AgencyLevel, string> = {
  national: '',
  provincial: 'Provincial',
  municipal: 'Municipal',
  district: 'District',
  zone: '',
  enterprise: '',
};

/** Kinds named after their seat without a level word: Yueyang Customs, not Yueyang Municipal Customs. */
const PLAIN_KINDS = new Set([
  'customs',
  'maritime',
  'financial-regulator',
  'soe',
  'zone-admin',
  'arbitration',
  'association',
]);

function placeEn(place: string | null, glossary: AgencyGlossary, ctx?: DocContext): string | null {
  if (!place) return null;
  if (place.startsWith('**')) return '**';
  const places = glossary.places ?? {};
  const key = Object.keys(places)
    .filter((k) => place.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  if (key) return places[key] ?? null;
  // a place of the gazetteer the glossary has no English for: its pinyin (合肥市 → Hefei)
  return ctx?.places?.lookup(place)?.full ? placeInPinyin(place) : null;
}

/** A body in English with the words of its core: a function of a law (its words: 深圳市商务部门 →
 *  Shenzhen Municipal Commerce Department, not Shenzhen Municipal Department), or a department the
 *  glossary knows only by its last word (厅, 委员会), in the register's English of its core and suffix
 *  (`local`: 安徽省经济和信息化厅 → Economy and Information Technology Department). */
function withCoreEn(body: Body, local: LocalParse | null, words: string | null, ctx: DocContext): Body {
  if (words === null)
    return local?.branch === 'government' && local.canonicalBody.length > body.zh.length
      ? { ...body, en: local.nameEn }
      : body;
  const core = localCore(words, ctx, ['局', '委员会', '厅', '办公室']);
  return core ? { ...body, en: `${core.coreEn} ${body.en}` } : body;
}

/** A vertical branch in its system's English, when its place has one (Hefei): People's Bank of China
 *  Hefei Central Sub-branch. */
function branchEn(p: Placed, glossary: AgencyGlossary, ctx: DocContext): string | null {
  if (!p.enTemplate) return null;
  const where = placeEn(p.place.district ?? p.jurisdiction, glossary, ctx);
  return where ? p.enTemplate.replace('{place}', where) : null;
}

function levelOfKind(kind: string, fallback: AgencyLevel): AgencyLevel {
  if (kind === 'zone-admin') return 'zone';
  if (kind === 'soe') return 'enterprise';
  return fallback;
}

function composeEn(
  p: Pick<Placed, 'name' | 'jurisdiction' | 'level' | 'place'>,
  written: string,
  body: Body | null,
  glossary: AgencyGlossary,
  ctx: DocContext,
): string | null {
  if (!body) return null;
  const stem = written.replace(PREFIX_RE, '');
  const own = stem.length > body.zh.length ? placeEn(stem, glossary) : null;
  if (own) return `${own} ${body.en}`;
  const masked = p.name.startsWith('**') ? '**' : null; // a masked place is written ** in English too
  const where = placeEn(p.place.district ?? p.jurisdiction ?? masked, glossary, ctx);
  const level = PLAIN_KINDS.has(body.kind) ? '' : LEVEL_EN[p.level];
  const seat = [where, level].filter((s) => s).join(' ');
  // "Organization Department of the {} Party Committee": the seat goes where the glossary says
  if (body.en.includes('{}')) return body.en.replace('{}', seat).replace(/\s+/g, ' ').replace(' the  ', ' the ');
  return [seat, body.en].filter((s) => s).join(' ');
}

/** 岳阳城陵矶综保区 → 城陵矶综保区: a city name before a named place inside it is dropped. */
function dropCityBeforePlace(name: string, ctx: DocContext, glossary: AgencyGlossary): string {
  if (!ctx.city) return name;
  for (const c of [ctx.city, ctx.city.replace(/市$/, '')]) {
    if (!name.startsWith(c)) continue;
    const rest = name.slice(c.length);
    const inner = placePrefix(rest, { ...ctx, city: null, district: null, province: null }, glossary);
    if (inner && inner !== c) return rest;
  }
  return name;
}

/** A national body: by its full name anywhere; by a short form (发展改革委, 人力资源社会保障部) where
 *  the document is national or the form is no local body's word. */
function nationalBody(names: string[], ctx: DocContext, glossary: AgencyGlossary): NationalHit | null {
  for (const n of names) {
    const own = national(n, glossary);
    if (own) return { name: own.name, kind: own.kind, en: own.en };
  }
  const register = ctx.register;
  if (!register) return null;
  for (const n of names) {
    const m = register.lookupNational(n);
    if (!m) continue;
    const parsed = register.parseLocal(n);
    const local = bodyOf(n, glossary)?.zh === n || (parsed !== null && parsed.place === undefined);
    if (m.matchedAs === 'name' || ctx.level === 'national' || !local)
      return { name: m.name, kind: m.category, en: m.nameEn };
  }
  return null;
}

/** A body of Hong Kong, Macao or Taiwan (register regions.json), under its own written name. */
function regionalAgency(m: NonNullable<ReturnType<typeof regionalOnly>>, aliases: string[], short: string) {
  const props: AgencyProps = {
    name: m.name,
    shortName: short,
    aliases: [...new Set([...aliases, m.key])].filter((a) => a !== m.name),
    level: 'provincial',
    jurisdiction: REGION_PLACE[m.region] ?? m.region,
    kind: 'government',
    nameEn: m.en ?? null,
  };
  return { id: makeId.agency(m.name), props };
}

interface NationalHit {
  name: string;
  kind: string;
  en: string | null;
}

/** A place written alone as an actor (会同海南省制定): the place's government. */
function placeAsBody(name: string, ctx: DocContext): ResolvedAgency | null {
  const hit = ctx.places?.startsWith(name, NO_PLACE, false);
  if (!hit || hit.written !== name) return null;
  const placed = placeAgency(`${name}人民政府`, null, ctx, EMPTY_GLOSSARY);
  const props: AgencyProps = {
    name: placed.name,
    shortName: name,
    aliases: [name],
    level: placed.level,
    jurisdiction: placed.jurisdiction,
    kind: 'government',
    nameEn: null,
  };
  return { id: makeId.agency(agencyKey(placed, ctx)), props: withPlace(props, placed.place, placed.scope) };
}
const EMPTY_GLOSSARY: AgencyGlossary = { bodies: [], national: [], collective: [], variants: {} };

function withPlace(props: AgencyProps, p: Place, scope: Placed['scope']): AgencyProps {
  return { ...props, province: p.province, city: p.city, district: p.district, scope };
}

/** The register's full form of a local body written short, with a level prefix or none
 *  (省国资委 → 省人民政府国有资产监督管理委员会, 区规划资源局 → 区规划和自然资源局). */
function registerForm(name: string, ctx: DocContext): string {
  const parsed = ctx.register?.parseLocal(name);
  if (!parsed || parsed.placeResolved || parsed.branch !== 'government') return name;
  return parsed.canonicalName;
}

/** What marks a party organ in its name: 中共, 党, the centre, a level's committee (市委, 区委, 党工委). */
const PARTY_MARK_RE = /中共|党|^中央|[省市区县州]委|纪委|工委/u;

/** The kind a body word gives, but a 委员会 is a party committee by its word (中共X委员会) only when its
 *  name says so: 工业和信息化委员会 is a department, 行政复议委员会 and 村民委员会 are no party organs. */
function kindOf(body: Body, canonical: string, local: LocalParse | null): string {
  if (body.kind !== 'party') return body.kind;
  if (local?.branch === 'government') return 'government';
  return PARTY_MARK_RE.test(canonical) ? body.kind : 'government';
}

/** Debris that is no body: a date's 日 or a number glued before the name (日市商务局). */
const DEBRIS_RE = /^(?:[日月年号]|\d|[一二三四五六七八九十]+[是、])|^[省市区县](?:或|和|及|与|、)/u;

/** A clause, not a name: an aspect particle (考察对接了中拉控股集团) never stands in a body's name, nor
 *  a preposition right after a function word (市政务数据主管部门自政务部门逾期答复之日起). */
const CLAUSE_RE = /了|是指|(?:部门|机关|机构)[自从对向于由经把被将]/u;
/** Particles that never stand in the words of a function (免于到外汇管理部门). */
const CLAUSE_WORDS_RE = /[的在对并为是将把被从于到]/u;

/** A zone administration named after its zone: the zone is its jurisdiction. */
const ZONE_ADMIN_RE = /^(.{4,}?)(?:管理委员会|管委会)$/u;

const LEVEL_RANGE_RE = /^[省市区县州]级以上/u;
/** a district or county named by its level word alone */
const LOWER_LEVEL_RE = /^[区县](?![域内外级])/u;

/** The term of a congress or a political consultative conference (第十二届): not part of the body's name. */
const SESSION_RE = /第[一二三四五六七八九十百零〇\d]+届(?=人民代表大会|委员会)/u;

/** X设立的Y, X建立Y: a body X sets up a body Y. */
const SET_UP_RE = /^(.{2,}?)(?:设立的|建立的|成立的|设立|建立|成立)(.{4,})$/u;

function withAlias(r: ResolvedAgency | null, alias: string): ResolvedAgency | null {
  if (!r || alias === r.props.name) return r;
  return { id: r.id, props: { ...r.props, aliases: [...new Set([...r.props.aliases, alias])] } };
}

/** 所在市人民政府, 自贸试验区所在地的市人民政府: the city's body where the document's subject lies. */
const SEAT_RE = /^[^市]*?所在(?:地的?|的)?市(.{2,})$/u;

function resolveUncached(raw: string, ctx: DocContext, glossary: AgencyGlossary): ResolvedAgency | null {
  const trimmed = raw.trim();
  const seat = SEAT_RE.exec(trimmed);
  if (seat) {
    // the city where it lies is a body only when the document says which city that is
    const city = seatCity(ctx);
    return city ? withAlias(resolveUncached(`市${seat[1]}`, { ...ctx, city }, glossary), trimmed) : null;
  }
  // 浙江省人民政府设立的义乌试验区议事协调机构: the body set up, not the one that set it up
  const setUp = SET_UP_RE.exec(trimmed);
  if (setUp && resolveUncached(setUp[1] as string, ctx, glossary))
    return withAlias(resolveUncached(setUp[2] as string, ctx, glossary), trimmed);
  const cleaned = cleanMention(raw);
  // one congress however many terms: 山东省第九届人民代表大会常务委员会 is 山东省人民代表大会常务委员会
  const term = cleaned.name.replace(SESSION_RE, '');
  if (term !== cleaned.name) return withAlias(resolveUncached(term, ctx, glossary), cleaned.name);
  const full = ctx.abbreviations?.get(cleaned.name);
  const mention = full ? { ...cleaned, name: full, alternates: [...cleaned.alternates, cleaned.name] } : cleaned;
  if (DEBRIS_RE.test(mention.name) && !/^(日本|日照|号)/u.test(mention.name)) return null;
  if (CLAUSE_RE.test(mention.name) || NOT_BODY_END_RE.test(mention.name) || NOT_NAME_OPENER_RE.test(mention.name))
    return null;
  const variant = glossary.variants[mention.name] ?? mention.name;
  const canonical = registerForm(dropCityBeforePlace(expandBodyAlias(variant, glossary), ctx, glossary), ctx);
  if (isCollective(canonical, glossary) || isCollective(mention.name, glossary)) return null;
  if (ctx.register?.isCollective(mention.name)) return null;
  // 市级以上环境保护部门 in a national document: every level of every province, no one body
  if (ctx.level === 'national' && LEVEL_RANGE_RE.test(mention.name)) return null;
  if (isClassTerm(mention.name, ctx)) return null;
  // 区人民政府 in a city's law (市、区人民政府): every district, no one body
  if (!ctx.district && (ctx.city || ctx.province) && LOWER_LEVEL_RE.test(mention.name)) return null;
  const aliases = [...new Set([mention.written, mention.name, ...mention.alternates])];
  const nat = nationalBody([canonical, mention.name], ctx, glossary);
  if (nat) {
    const props: AgencyProps = {
      name: nat.name,
      shortName: mention.name,
      aliases: aliases.filter((a) => a !== nat.name),
      level: 'national',
      jurisdiction: '中国',
      kind: nat.kind,
      nameEn: nat.en,
    };
    return { id: makeId.agency(nat.name), props };
  }
  const body = bodyOf(canonical, glossary);
  const regional = !body || canonical === body.zh ? regionalOnly(mention.name, ctx) : null;
  if (regional) return regionalAgency(regional, aliases, mention.name);
  if (!body || (canonical === body.zh && body.zh.length < 2)) return placeAsBody(mention.name, ctx);
  if (body.kind === 'function' && canonical === body.zh) return null; // 部门, 机关 alone
  // the words of a function of a law (商务 of 市商务部门); 不同部门, 本级数据资源主管部门, 起草部门,
  // 免于到外汇管理部门: a role, a relation or a clause, no body
  const words = body.kind === 'function' ? functionWords(canonical.slice(0, -body.zh.length), ctx) : null;
  if (words !== null && (RELATIVE_FUNCTION_RE.test(words) || CLAUSE_WORDS_RE.test(words))) return null;
  if (body.kind === 'leading-group' && canonical === body.zh) return null; // 小组, 工作组 alone: whose?
  // (a masked zone, 中国（河南）自由贸易试验区**片区, is no jurisdiction: the body stays in its document)
  const zone = body.kind === 'zone-admin' && !canonical.includes('**') ? ZONE_ADMIN_RE.exec(canonical)?.[1] : undefined;
  const where =
    zone && (full || fullForms(ctx).has(canonical))
      ? { ...placeAgency(canonical, body, ctx, glossary), jurisdiction: zone, scope: 'place' as const, selfNamed: true }
      : placeAgency(canonical, body, ctx, glossary);
  const placed = branchPlace(where, ctx) ?? where;
  const level = levelOfKind(body.kind, placed.level);
  const local = ctx.register?.parseLocal(canonical) ?? null;
  const props: AgencyProps = {
    name: placed.name,
    shortName: mention.name,
    aliases: [...new Set([...aliases, where.name])].filter((a) => a !== placed.name),
    level,
    jurisdiction: placed.scope === 'national' ? '中国' : placed.jurisdiction,
    kind: kindOf(body, canonical, local),
    nameEn:
      branchEn(placed, glossary, ctx) ??
      composeEn({ ...placed, level }, canonical, withCoreEn(body, local, words, ctx), glossary, ctx),
  };
  return { id: makeId.agency(agencyKey(placed, ctx)), props: withPlace(props, placed.place, placed.scope) };
}

// Resolution is pure and called for the same few hundred strings again and again (every mention,
// every candidate in running text): results are memoised per glossary and document context.
const resolved: MemoStore<ResolvedAgency | null> = new WeakMap();

/** Resolves one mention; null for collective phrases and for strings that name no body. */
export function resolveAgency(raw: string, ctx: DocContext, glossary: AgencyGlossary): ResolvedAgency | null {
  const r = memo(resolved, glossary, ctxKey(ctx), raw, () => resolveUncached(raw, ctx, glossary));
  return r && { id: r.id, props: { ...r.props, aliases: [...r.props.aliases] } };
}
