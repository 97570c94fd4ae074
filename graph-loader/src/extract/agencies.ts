// resolveAgency: a mention of a government body as written ("市商务粮食局", "岳阳海关", "区自贸办")
// → one Agency in the document's jurisdiction, or null for collective phrases (各有关单位).
// Pure: the glossary (data/dictionaries/agencies.json) is passed in.

import { type AgencyLevel, type AgencyProps, makeId } from '../../../core/model.ts';
import type { AgencyGlossary, DocContext } from '../types.ts';
import {
  type Body,
  PREFIX_RE,
  areaName,
  bodyOf,
  cleanMention,
  expandBodyAlias,
  isCollective,
  national,
  placePrefix,
} from './agency-glossary.ts';

export { cleanMention, expandBodyAlias, isCollective, placePrefix } from './agency-glossary.ts';
export type { CleanMention } from './agency-glossary.ts';

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

function placeEn(place: string | null, glossary: AgencyGlossary): string | null {
  if (!place) return null;
  if (place.startsWith('**')) return '**';
  const places = glossary.places ?? {};
  const key = Object.keys(places)
    .filter((k) => place.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return key ? places[key] : null;
}

function levelOfKind(kind: string, fallback: AgencyLevel): AgencyLevel {
  if (kind === 'zone-admin') return 'zone';
  if (kind === 'soe') return 'enterprise';
  return fallback;
}

interface Placed {
  name: string;
  jurisdiction: string | null;
  level: AgencyLevel;
}

/** Where a body sits: from its 市/区/省 prefix, a place it names, or the document's context. */
function place(name: string, ctx: DocContext, body: Body | null): Placed {
  if (name.startsWith('**')) return { name, jurisdiction: '**市', level: 'municipal' }; // masked, kept as written
  const prefix = PREFIX_RE.exec(name)?.[1];
  if (prefix) {
    const rest = name.slice(1);
    const jurisdiction =
      prefix === '市' ? ctx.city : prefix === '区' ? ctx.district : prefix === '省' ? ctx.province : null;
    const level: AgencyLevel = prefix === '省' ? 'provincial' : prefix === '市' ? 'municipal' : 'district';
    return { name: jurisdiction ? jurisdiction + rest : name, jurisdiction, level };
  }
  for (const [j, level] of [
    [ctx.district, 'district'],
    [ctx.city, 'municipal'],
    [ctx.province, 'provincial'],
  ] as const) {
    if (!j) continue;
    const short = j.replace(/[省市区县]$/, '');
    if (name.startsWith(j) || name.startsWith(short) || (short.length >= 2 && name.includes(short)))
      return { name, jurisdiction: j, level };
  }
  if (body && /厅$/.test(body.zh) && ctx.province)
    return { name: ctx.province + name, jurisdiction: ctx.province, level: 'provincial' };
  return { name, jurisdiction: ctx.city ?? ctx.province, level: ctx.city ? 'municipal' : 'provincial' };
}

function composeEn(p: Placed, written: string, body: Body | null, glossary: AgencyGlossary): string | null {
  if (!body) return null;
  const stem = written.replace(PREFIX_RE, '');
  const own = stem.length > body.zh.length ? placeEn(stem, glossary) : null;
  if (own) return `${own} ${body.en}`;
  const where = placeEn(p.jurisdiction, glossary);
  const level = PLAIN_KINDS.has(body.kind) ? '' : LEVEL_EN[p.level];
  const seat = [where, level].filter((s) => s).join(' ');
  // "Organization Department of the {} Party Committee": the seat goes where the glossary says
  if (body.en.includes('{}')) return body.en.replace('{}', seat).replace(/\s+/g, ' ').replace(' the  ', ' the ');
  return [seat, body.en].filter((s) => s).join(' ');
}

/** Body words that name no particular body when they stand alone. */
const GENERIC_BODIES = new Set([
  '办公室',
  '办公厅',
  '委员会',
  '管理处',
  '领导小组办公室',
  '领导小组',
  '工作领导小组',
  '管理委员会',
  '管委会',
  '中心支行',
  '人民政府',
  '人民法院',
  '法院',
]);

function looksLikeUncached(candidate: string, ctx: DocContext, glossary: AgencyGlossary, slack: number): boolean {
  const name = glossary.variants[candidate] ?? expandBodyAlias(candidate, glossary);
  if (national(name, glossary)) return true;
  const body = bodyOf(name, glossary);
  if (!body || body.zh.length < 2) return false;
  const stem = name.slice(0, name.length - body.zh.length);
  if (stem === '') return body.kind !== 'soe' && body.kind !== 'zone-admin' && !GENERIC_BODIES.has(body.zh);
  if (/^(自贸)?片区$/.test(stem)) return body.kind === 'zone-admin' && areaName(ctx) !== null;
  const prefix = PREFIX_RE.exec(stem)?.[0] ?? placePrefix(stem, ctx, glossary);
  if (!prefix) return false;
  const rest = stem.slice(prefix.length).replace(/^(市委|委|市)/, '');
  // leading groups carry their task in the name: 金水区块建设工作领导小组
  const room = body.kind === 'leading-group' ? slack + 6 : slack;
  return rest.length <= room && !/[的在和与及对并为是将把被从]/.test(rest);
}

/** A body written without any place (文广新局, 海关) sits in the document's city. */
function composeBare(name: string, body: Body, ctx: DocContext): string {
  const area = areaName(ctx);
  if (area && /^(片区|自贸片区)/.test(name) && body.kind === 'zone-admin')
    return area + name.replace(/^(自贸)?片区/, '');
  if (name !== body.zh) return name;
  if (/厅$/.test(body.zh)) return ctx.province ? ctx.province + name : name;
  // a masked document's city is masked too: its customs is "**海关", its bureaus "**市…"
  if (!ctx.city && ctx.masked) return body.kind === 'customs' || body.kind === 'maritime' ? `**${name}` : `**市${name}`;
  if (!ctx.city) return name;
  return body.kind === 'customs' || body.kind === 'maritime' ? ctx.city.replace(/市$/, '') + name : ctx.city + name;
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

function resolveUncached(raw: string, ctx: DocContext, glossary: AgencyGlossary): ResolvedAgency | null {
  const mention = cleanMention(raw);
  const variant = glossary.variants[mention.name] ?? mention.name;
  const canonical = dropCityBeforePlace(expandBodyAlias(variant, glossary), ctx, glossary);
  if (isCollective(canonical, glossary) || isCollective(mention.name, glossary)) return null;
  const aliases = [...new Set([mention.written, mention.name, ...mention.alternates])];
  const nat = national(canonical, glossary) ?? national(mention.name, glossary);
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
  if (!body || (canonical === body.zh && body.zh.length < 2)) return null;
  const placed = place(composeBare(canonical, body, ctx), ctx, body);
  const level = levelOfKind(body.kind, placed.level);
  const props: AgencyProps = {
    name: placed.name,
    shortName: mention.name,
    aliases: aliases.filter((a) => a !== placed.name),
    level,
    jurisdiction: placed.jurisdiction,
    kind: body.kind,
    nameEn: composeEn({ ...placed, level }, canonical, body, glossary),
  };
  return { id: makeId.agency(placed.name), props };
}

// Resolution is pure and called for the same few hundred strings again and again (every mention,
// every candidate in running text): results are memoised per glossary and jurisdiction.
const resolved = new WeakMap<AgencyGlossary, Map<string, ResolvedAgency | null>>();
const shaped = new WeakMap<AgencyGlossary, Map<string, boolean>>();

function memo<T>(
  store: WeakMap<AgencyGlossary, Map<string, T>>,
  glossary: AgencyGlossary,
  key: string,
  make: () => T,
): T {
  let m = store.get(glossary);
  if (!m) {
    m = new Map();
    store.set(glossary, m);
  }
  if (m.has(key)) return m.get(key) as T;
  if (m.size >= MEMO_MAX) m.clear(); // bounded: a huge plan offers millions of candidate strings
  const value = make();
  m.set(key, value);
  return value;
}
const MEMO_MAX = 50_000;

/** Everything of the context that resolution reads. */
function ctxKey(ctx: DocContext): string {
  return `${ctx.province ?? ''}|${ctx.city ?? ''}|${ctx.district ?? ''}|${ctx.zoneId ?? ''}|${ctx.masked}`;
}

/** Resolves one mention; null for collective phrases and for strings that name no body. */
export function resolveAgency(raw: string, ctx: DocContext, glossary: AgencyGlossary): ResolvedAgency | null {
  const r = memo(resolved, glossary, `${ctxKey(ctx)}|${raw}`, () => resolveUncached(raw, ctx, glossary));
  return r && { id: r.id, props: { ...r.props, aliases: [...r.props.aliases] } };
}

/** Does a candidate read as a body's name: a 市/区/省 prefix, a place, a national body or a bare
 *  body word (海关), followed by at most `slack` characters before the body word? Used for mentions
 *  in running text, where any "…公司" or "…办公室" is not yet a government body. */
export function looksLikeAgency(candidate: string, ctx: DocContext, glossary: AgencyGlossary, slack = 4): boolean {
  return memo(shaped, glossary, `${ctxKey(ctx)}|${slack}|${candidate}`, () =>
    looksLikeUncached(candidate, ctx, glossary, slack),
  );
}
