// resolveAgency: a mention of a government body as written ("市商务粮食局", "岳阳海关", "区自贸办")
// → one Agency in the document's jurisdiction, or null for collective phrases (各有关单位).
// Pure: the glossary (data/dictionaries/agencies.json) is passed in.

import { type AgencyLevel, type AgencyProps, makeId } from '../model.ts';
import type { AgencyGlossary, DocContext } from './types.ts';

export interface ResolvedAgency {
  id: string;
  props: AgencyProps;
}

/** List noise after the last agency: "市卫健委等相关部门单位" → "市卫健委". */
const NOISE_RE = /等(?:相关|有关|其他)?(?:[\u4e00-\u9fa5]{0,8}?)(?:部门|单位|机构)(?:单位)?$/;
const LEAD_WORDS_RE = /^(?:由|联合|会同|配合|协调|协助|支持|依托|向|请|积极|主动|并)+/;
const ALTERNATE_RE = /^(.+?)[<＜〈《（(]([^<＜〈《（()）>＞〉》]+)[>＞〉》）)]$/;
const PREFIX_RE = /^(市|区|省|县)(?!场|区|级|属|直|内|外|民)/;

export interface CleanMention {
  name: string; // the body as written, noise stripped: 市委组织部
  alternates: string[]; // bracketed alternates: 市委人才办
  written: string; // the mention as it stood: 市委组织部<市委人才办>
}

export function cleanMention(raw: string): CleanMention {
  const written = raw.replace(/\s+/g, '').replace(/^[、，,；;：:]+|[、，,；;：:。]+$/g, '');
  let name = written.replace(LEAD_WORDS_RE, '').replace(NOISE_RE, '');
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
  return /^(各|有关|相关|其他|全[区市省]|本[区市省])/.test(name) || /(各部门|有关部门|相关部门|成员单位|各单位)$/.test(name);
}

type Body = AgencyGlossary['bodies'][number];

function bodyOf(name: string, glossary: AgencyGlossary): Body | null {
  let best: Body | null = null;
  for (const b of glossary.bodies) if (name.endsWith(b.zh) && (!best || b.zh.length > best.zh.length)) best = b;
  return best;
}

function national(name: string, glossary: AgencyGlossary): AgencyGlossary['national'][number] | null {
  return glossary.national.find((n) => n.name === name || (n.aliases ?? []).includes(name)) ?? null;
}

const LEVEL_EN: Record<AgencyLevel, string> = {
  national: '',
  provincial: 'Provincial',
  municipal: 'Municipal',
  district: 'District',
  zone: '',
  enterprise: '',
};

function placeEn(place: string | null, glossary: AgencyGlossary): string | null {
  if (!place) return null;
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
  const prefix = PREFIX_RE.exec(name)?.[1];
  if (prefix) {
    const rest = name.slice(1);
    const jurisdiction = prefix === '市' ? ctx.city : prefix === '区' ? ctx.district : prefix === '省' ? ctx.province : null;
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
    if (name.startsWith(j) || name.startsWith(short) || (short.length >= 2 && name.includes(short))) return { name, jurisdiction: j, level };
  }
  if (body && /厅$/.test(body.zh) && ctx.province) return { name: ctx.province + name, jurisdiction: ctx.province, level: 'provincial' };
  return { name, jurisdiction: ctx.city ?? ctx.province, level: ctx.city ? 'municipal' : 'provincial' };
}

function composeEn(p: Placed, written: string, body: Body | null, glossary: AgencyGlossary): string | null {
  if (!body) return null;
  const stem = written.replace(PREFIX_RE, '');
  const own = stem.length > body.zh.length ? placeEn(stem, glossary) : null;
  if (own) return `${own} ${body.en}`;
  const where = placeEn(p.jurisdiction, glossary);
  const level = LEVEL_EN[p.level];
  return [where, level, body.en].filter((s) => s).join(' ');
}

/** Resolves one mention; null for collective phrases and for strings that name no body. */
export function resolveAgency(raw: string, ctx: DocContext, glossary: AgencyGlossary): ResolvedAgency | null {
  const mention = cleanMention(raw);
  const canonical = glossary.variants[mention.name] ?? mention.name;
  if (isCollective(canonical, glossary)) return null;
  const aliases = [...new Set([mention.written, mention.name, ...mention.alternates].filter((a) => a !== canonical))];
  const nat = national(canonical, glossary);
  if (nat) {
    const props: AgencyProps = { name: nat.name, shortName: mention.name, aliases, level: 'national', jurisdiction: '中国', kind: nat.kind, nameEn: nat.en };
    return { id: makeId.agency(nat.name), props };
  }
  const body = bodyOf(canonical, glossary);
  if (!body || canonical.length <= body.zh.length - 1) return null;
  if (canonical === body.zh && body.zh.length <= 1) return null;
  const placed = place(canonical, ctx, body);
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
