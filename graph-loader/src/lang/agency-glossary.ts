// The agency glossary as a lookup: body words and their full forms, national bodies, collective
// phrases, places, and the clean-up of a written mention (list noise, bracketed alternates).

import noise from '../../../data/grammar/noise.json' with { type: 'json' };
import type { AgencyGlossary, DocContext } from '../types.ts';

/** List noise after the last agency: "市卫健委等相关部门单位" → "市卫健委". */
const NOISE_RE = /等(?:相关|有关|其他)?(?:[\u4e00-\u9fa5]{0,8}?)(?:部门|单位|机构)(?:单位)?$/;
/** Verbs before a name (由, 会同 …); 联合 is a verb unless it opens a joint body's name (联合采购办公室,
 *  联合执法大队: data/grammar/noise.json jointBodies); 应当, 报, 经 … before a level or 国务院 (beforeLevel). */
const JOINT = noise.jointBodies.map((w) => w.slice(2)).join('|');
const BEFORE_LEVEL = `(?:${noise.beforeLevel.join('|')})+(?=[省市区县州](?![场级])|国务院)`;
const LEAD_WORDS_RE = new RegExp(
  `^(?:由|联合(?!${JOINT})|会同|配合|协调|协助|支持|依托|向|请|积极|主动|并|${BEFORE_LEVEL})+`,
  'u',
);
const ALTERNATE_RE = /^(.+?)[<＜〈《（(]([^<＜〈《（()）>＞〉》]+)[>＞〉》）)]$/;
/** A level prefix: 市商务局, 区发展改革委, 市外事办 — not 市场, 区域, 市级, 市属, 市内, 市外 (outside the city),
 *  市民 … */
export const PREFIX_RE = /^(市|区|省|县)(?!场|区|级|属|直|内|外(?![事汇办侨资经贸专])|民|块|域|间)/;
/** Verbs that open a clause and never a body's name (需要文广新局等部门…, 做大做强金融控股集团). */
export const NOT_NAME_OPENER_RE = new RegExp(`^(?:${noise.notNameOpeners.join('|')})`, 'u');
/** Words before a function of a law that make it a role or a relation, no body (不同部门, 起草部门). */
export const RELATIVE_FUNCTION_RE = new RegExp(`^(?:${noise.relativeFunction.join('|')})`, 'u');

export interface CleanMention {
  name: string; // the body as written, noise stripped: 市委组织部
  alternates: string[]; // bracketed alternates: 市委人才办
  written: string; // the mention as it stood: 市委组织部<市委人才办>
}

export function cleanMention(raw: string): CleanMention {
  const trimmed = raw.replace(/\s+/g, '').replace(/^[、，,；;：:]+|[、，,；;：:。]+$/g, '');
  // the written form keeps bracketed alternates but not list noise (等相关部门单位)
  const written = trimmed.replace(LEAD_WORDS_RE, '').replace(NOISE_RE, '');
  let name = written;
  const alternates: string[] = [];
  const alt = ALTERNATE_RE.exec(name);
  if (alt) {
    name = alt[1];
    alternates.push(alt[2]);
  }
  return { name, alternates, written };
}

export function isCollective(name: string, glossary: AgencyGlossary): boolean {
  if (name.length < 2) return true;
  if (glossary.collective.includes(name)) return true;
  return (
    /^(各|有关|相关|其他|全[区市省]|本[区市省])/.test(name) || /(各部门|有关部门|相关部门|成员单位|各单位)$/.test(name)
  );
}

export type Body = AgencyGlossary['bodies'][number];

/** The glossary's body words and short forms by their last code unit, longest first (the first body
 *  of each text), built once per glossary: a name's longest ending is a few endsWith, not a scan of
 *  every body. */
interface BodyIndex {
  zhEnds: EndIndex<Body>;
  aliasEnds: EndIndex<{ alias: string; zh: string }>;
}

/** Keys by their last code unit, longest first (the empty key apart). */
interface EndIndex<T> {
  byLast: Map<number, [string, T][]>;
  empty: T | undefined;
}

function endIndex<T>(map: Map<string, T>): EndIndex<T> {
  const byLast = new Map<number, [string, T][]>();
  for (const [key, value] of map) {
    if (key === '') continue;
    const last = key.charCodeAt(key.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), [key, value]]);
  }
  for (const list of byLast.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byLast, empty: map.get('') };
}

const bodyIndexes = new WeakMap<AgencyGlossary, BodyIndex>();
function bodyIndex(glossary: AgencyGlossary): BodyIndex {
  let index = bodyIndexes.get(glossary);
  if (!index) {
    const byZh = new Map<string, Body>();
    const byAlias = new Map<string, { alias: string; zh: string }>();
    for (const b of glossary.bodies) {
      if (!byZh.has(b.zh)) byZh.set(b.zh, b);
      for (const a of b.aliases ?? []) if (!byAlias.has(a)) byAlias.set(a, { alias: a, zh: b.zh });
    }
    index = { zhEnds: endIndex(byZh), aliasEnds: endIndex(byAlias) };
    bodyIndexes.set(glossary, index);
  }
  return index;
}

/** The value of the longest key that `name` ends with, or undefined. */
function longestEnding<T>(name: string, index: EndIndex<T>): T | undefined {
  const list = name.length > 0 ? index.byLast.get(name.charCodeAt(name.length - 1)) : undefined;
  if (list) for (const [key, value] of list) if (name.endsWith(key)) return value;
  return index.empty;
}

/** The body word a name ends with, the longest (the first body of the glossary on a tie). */
export function bodyOf(name: string, glossary: AgencyGlossary): Body | null {
  const index = bodyIndex(glossary);
  return longestEnding(name, index.zhEnds) ?? null;
}

type NationalEntry = AgencyGlossary['national'][number];
const nationalIndex = new WeakMap<AgencyGlossary, Map<string, NationalEntry>>();

/** A national body by name or alias: one hash lookup (the index is built once per glossary). */
export function national(name: string, glossary: AgencyGlossary): NationalEntry | null {
  let index = nationalIndex.get(glossary);
  if (!index) {
    index = new Map();
    for (const n of glossary.national)
      for (const k of [n.name, ...(n.aliases ?? [])]) if (!index.has(k)) index.set(k, n);
    nationalIndex.set(glossary, index);
  }
  return index.get(name) ?? null;
}

/** 市发改委 → 市发展和改革委员会: a body written in a short form takes the glossary's full form. */
export function expandBodyAlias(name: string, glossary: AgencyGlossary): string {
  const index = bodyIndex(glossary);
  const alias = longestEnding(name, index.aliasEnds);
  const body = bodyOf(name, glossary)?.zh.length ?? 0;
  if (!alias || alias.alias.length < body) return name;
  return name.slice(0, name.length - alias.alias.length) + alias.zh;
}

/** The known place a name starts with (岳阳, 城陵矶 …): from the glossary and the document context. */
export function placePrefix(name: string, ctx: DocContext, glossary: AgencyGlossary): string | null {
  return knownPlaces(ctx, glossary).find((p) => name.startsWith(p)) ?? null;
}

/** The places placePrefix knows, longest first (a stable sort: the glossary's first, then the
 *  context's), remembered per glossary and context places. */
const placeLists = new WeakMap<AgencyGlossary, Map<string, string[]>>();
function knownPlaces(ctx: DocContext, glossary: AgencyGlossary): string[] {
  let lists = placeLists.get(glossary);
  if (!lists) {
    lists = new Map();
    placeLists.set(glossary, lists);
  }
  const own = [ctx.city, ctx.district, ctx.province];
  const key = own.map((p) => p ?? '').join('|');
  let list = lists.get(key);
  if (!list) {
    list = [
      ...Object.keys(glossary.places ?? {}),
      ...own.filter((p): p is string => !!p).flatMap((p) => [p, p.replace(/[省市区县]$/, '')]),
    ]
      .filter((p) => p.length >= 2)
      .sort((a, b) => b.length - a.length);
    if (lists.size >= 256) lists.clear();
    lists.set(key, list);
  }
  return list;
}

/** The short name of the area (片区) the document covers: 岳阳片区, **片区. */
export function areaName(ctx: DocContext): string | null {
  const m = /([^）)]*?片区)$/.exec(ctx.zoneId?.replace(/^zone:/, '').replace(/^.*自由贸易试验区/, '') ?? '');
  return m ? m[1] : null;
}

/** The register's national bodies (today's and historical) joined to the glossary's, so running text
 *  finds 人力资源社会保障部 or 国家粮食局 like the glossary's own: full names and plates always, short
 *  forms only where they are no local body's word (发展改革委 stays the city's in a city plan). */
export function withRegisterBodies(
  glossary: AgencyGlossary,
  bodies: { name: string; short: string[]; plates?: string[]; en: string; category: string }[],
  isLocalWord: (s: string) => boolean,
): AgencyGlossary {
  const known = new Set(glossary.national.flatMap((n) => [n.name, ...(n.aliases ?? [])]));
  const extra: AgencyGlossary['national'] = [];
  for (const b of bodies) {
    if (known.has(b.name)) continue;
    const aliases = [...(b.plates ?? []), ...b.short.filter((s) => s.length >= 3 && !isLocalWord(s))];
    extra.push({ name: b.name, en: b.en, kind: b.category, aliases: aliases.filter((a) => !known.has(a)) });
    known.add(b.name);
  }
  return { ...glossary, national: [...glossary.national, ...extra] };
}

/** Function words (主管部门, 机关) as bodies of kind 'function': a prefix or a place makes them an
 *  agency (市商务主管部门); alone they are no body (agencies.ts). */
export function withFunctionWords(glossary: AgencyGlossary, words: { zh: string; en: string }[]): AgencyGlossary {
  const known = new Set(glossary.bodies.map((b) => b.zh));
  const extra = words.filter((w) => !known.has(w.zh)).map((w) => ({ zh: w.zh, en: w.en, kind: 'function' }));
  return { ...glossary, bodies: [...glossary.bodies, ...extra] };
}
