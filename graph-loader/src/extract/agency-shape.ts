// looksLikeAgency: does a candidate string in running text read as a body's name — a level prefix,
// a place, a national body, a short form the text defines, or a function of a law whose words are a
// register core — before any resolution. And the memo that both this and resolveAgency use. Pure.

import { PREFIX_RE, areaName, bodyOf, expandBodyAlias, national, placePrefix } from '../lang/agency-glossary.ts';
import { NO_PLACE } from '../lang/places.ts';
import type { LocalParse } from '../register/index.ts';
import type { AgencyGlossary, DocContext } from '../types.ts';

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

/** What may stand before a function word's core: a level, 国务院, or a place of the gazetteer written
 *  in full (合肥市, 浦东新区) — not any words that end in 市 (应当经市, 投诉事项和市). */
const FUNCTION_LEVEL_RE = /^(国务院|[省市区县州]级?)/u;
export function functionWords(stem: string, ctx: DocContext): string {
  const level = FUNCTION_LEVEL_RE.exec(stem)?.[0];
  if (level) return stem.slice(level.length);
  const place = ctx.places?.startsWith(stem, NO_PLACE, false)?.written;
  return place ? stem.slice(place.length) : stem;
}

/** The endings a vertical system's branch is named with after its core (税务局, 边检站, 海警局). */
const SYSTEM_ENDINGS = ['局', '管理局', '站', '总站'];

/** Is a stem a body's core in the register (商务, 发展改革, 公安, 数据资源), or the core of a vertically
 *  managed system (税务, 边检, 金融监管, 邮政管理, 海警: 税务机关, 国务院税务部门)? */
export function isCore(stem: string, ctx: DocContext): boolean {
  const register = ctx.register;
  if (stem.length < 2 || !register) return false;
  if (localCore(stem, ctx, ['局', '委员会', '厅'])) return true;
  return SYSTEM_ENDINGS.some((ending) => register.genericSystem(stem + ending) !== null);
}

/** The register's reading of a stem as a local department's core (商务 → 商务局), with the first of
 *  `suffixes` that composes a department of that core; null when the stem is no core. */
export function localCore(stem: string, ctx: DocContext, suffixes: readonly string[]): LocalParse | null {
  for (const suffix of suffixes) {
    const parsed = ctx.register?.parseLocal(stem + suffix);
    if (parsed && parsed.place === undefined && parsed.core === stem) return parsed;
  }
  return null;
}

/** A place written alone as an actor (会同浦东新区和奉贤区, 会同海南省): a known place, named in full
 *  with its level word; resolution makes it the place's government. */
function isPlaceAlone(candidate: string, ctx: DocContext): boolean {
  if (candidate.length < 3 || !/(?:省|市|区|县|州)$/u.test(candidate)) return false;
  return ctx.places?.startsWith(candidate, NO_PLACE, false)?.written === candidate;
}

/** Who may set up a coordination body: the State Council, the centre, a level, a place. */
const COORDINATOR_RE = /^(?:国务院|国家|中央|[省市区县州](?![场区级属直内外民块域间]))/u;

/** A leading group, working group or joint conference named with who set it up (国务院推进政府职能转变
 *  和“放管服”改革协调小组办公室, 省推进工业互联网创新发展专项工作组), or the office of one the text
 *  names by a short form (试点工作小组办公室). */
function isCoordination(name: string, ctx: DocContext, glossary: AgencyGlossary): boolean {
  const parsed = ctx.register?.parseCoordination(name);
  if (!parsed) return false;
  const office = /^(.{2,})(?:办公室|秘书处)$/u.exec(name)?.[1];
  if (office && ctx.abbreviations?.has(office)) return true;
  return COORDINATOR_RE.test(name) || placePrefix(name, ctx, glossary) !== null;
}

/** A class of bodies the text defines (以下统称), also with a word before it (数据专区监管部门). */
export function isClassTerm(name: string, ctx: DocContext): boolean {
  for (const t of ctx.collectiveTerms ?? []) if (name.endsWith(t) && name.length - t.length <= 4) return true;
  return false;
}

/** Where the bodies of Taiwan, Hong Kong and Macao are (their Agency jurisdiction). */
export const REGION_PLACE: Readonly<Record<string, string>> = {
  TW: '台湾',
  HK: '香港特别行政区',
  MO: '澳门特别行政区',
};

/** A body of Hong Kong, Macao or Taiwan the register knows under a form no mainland body has
 *  (入出国及移民署): one match, and no national body of that name. Written in simplified script
 *  (财政局), it is that region's body only in a document that is not placed on the mainland: in a
 *  plan of a mainland province it is a local body whose place the text left out. */
export function regionalOnly(name: string, ctx: DocContext) {
  const register = ctx.register;
  if (!register || register.lookupNational(name)) return null;
  const matches = register.lookupRegional(name);
  const match = matches.length === 1 ? matches[0] : undefined;
  if (!match) return null;
  const mainland = ctx.province !== null && !Object.values(REGION_PLACE).includes(ctx.province);
  return match.script === 'Hans' && mainland ? null : match;
}

/** The bodies the text names in full before a short form (X（以下简称Y）): X is a body. */
const fullFormSets = new WeakMap<ReadonlyMap<string, string>, Set<string>>();
export function fullForms(ctx: DocContext): Set<string> {
  const abbreviations = ctx.abbreviations;
  if (!abbreviations) return new Set();
  let set = fullFormSets.get(abbreviations);
  if (!set) {
    set = new Set(abbreviations.values());
    fullFormSets.set(abbreviations, set);
  }
  return set;
}

const GROUP_OFFICE_RE = /^(.{4,}(?:小组|工作组|指挥部|联席会议))办公室$/u;

function looksLikeUncached(candidate: string, ctx: DocContext, glossary: AgencyGlossary, slack: number): boolean {
  if (ctx.abbreviations?.has(candidate) || fullForms(ctx).has(candidate)) return true;
  if (isClassTerm(candidate, ctx)) return false;
  // the office of a group that is a body itself (北京市大数据工作推进小组办公室)
  const group = GROUP_OFFICE_RE.exec(candidate)?.[1];
  if (group && looksLikeUncached(group, ctx, glossary, slack)) return true;
  if (regionalOnly(candidate, ctx)) return true;
  const name = glossary.variants[candidate] ?? expandBodyAlias(candidate, glossary);
  if (national(name, glossary)) return true;
  if (isCoordination(name, ctx, glossary)) return true;
  const body = bodyOf(name, glossary);
  if (!body || body.zh.length < 2) return isPlaceAlone(candidate, ctx);
  const stem = name.slice(0, name.length - body.zh.length);
  if (stem === '')
    return (
      !['soe', 'zone-admin', 'function', 'leading-group'].includes(body.kind) &&
      !GENERIC_BODIES.has(body.zh) &&
      !/(?:小组|工作组|指挥部|联席会议|专班)办公室$/u.test(body.zh)
    );
  // a function named by a law (公安机关, 市商务主管部门, 国务院财政部门): its words are a body's core
  if (body.kind === 'function') return isCore(functionWords(stem, ctx), ctx);
  if (/^(自贸)?片区$/.test(stem)) return body.kind === 'zone-admin' && areaName(ctx) !== null;
  const prefix =
    PREFIX_RE.exec(stem)?.[0] ??
    (/^州(?!级)/u.test(stem) && ctx.city?.endsWith('州') ? '州' : undefined) ??
    placePrefix(stem, ctx, glossary) ??
    ctx.places?.startsWith(stem, NO_PLACE, false)?.written;
  if (!prefix) return false;
  const rest = stem.slice(prefix.length).replace(/^(市委|委|市)/, '');
  // leading groups carry their task in the name: 金水区块建设工作领导小组
  const room = body.kind === 'leading-group' ? slack + 6 : slack;
  return rest.length <= room && !/[的在和与及对并为是将把被从]/.test(rest);
}

// Resolution is pure and called for the same few hundred strings again and again (every mention,
// every candidate in running text): results are memoised per glossary, per scope (the context's key,
// which names the document) and per string. Two levels, so that a lookup builds no key string.
export type MemoStore<T> = WeakMap<AgencyGlossary, Map<string, Map<string, T>>>;

export function memo<T>(store: MemoStore<T>, glossary: AgencyGlossary, scope: string, key: string, make: () => T): T {
  let scopes = store.get(glossary);
  if (!scopes) {
    scopes = new Map();
    store.set(glossary, scopes);
  }
  let m = scopes.get(scope);
  if (!m) {
    // bounded: the scope names one document, and documents are parsed one after another
    if (scopes.size >= MEMO_SCOPES) scopes.delete(scopes.keys().next().value as string);
    m = new Map();
    scopes.set(scope, m);
  }
  const hit = m.get(key);
  if (hit !== undefined || m.has(key)) return hit as T;
  if (m.size >= MEMO_MAX) m.clear(); // bounded: a huge plan offers millions of candidate strings
  const value = make();
  m.set(key, value);
  return value;
}
const MEMO_MAX = 50_000;
const MEMO_SCOPES = 8;
/** looksLikeAgency's memo, one store per slack */
const shaped = new Map<number, MemoStore<boolean>>();

/** Everything of the context that resolution reads. */
const ctxKeys = new WeakMap<DocContext, string>();
export function ctxKey(ctx: DocContext): string {
  let key = ctxKeys.get(ctx);
  if (key === undefined) {
    key = [ctx.docId, ctx.level, ctx.province, ctx.city, ctx.district, ctx.zoneId, ctx.masked].join('|');
    ctxKeys.set(ctx, key);
  }
  return key;
}

/** Does a candidate read as a body's name: a 市/区/省 prefix, a place, a national body or a bare
 *  body word (海关), followed by at most `slack` characters before the body word? Used for mentions
 *  in running text, where any "…公司" or "…办公室" is not yet a government body. */
export function looksLikeAgency(candidate: string, ctx: DocContext, glossary: AgencyGlossary, slack = 4): boolean {
  let store = shaped.get(slack);
  if (!store) {
    store = new WeakMap();
    shaped.set(slack, store);
  }
  return memo(store, glossary, ctxKey(ctx), candidate, () => looksLikeUncached(candidate, ctx, glossary, slack));
}
