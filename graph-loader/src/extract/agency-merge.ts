// Merging the agencies of one document: mentions that resolve to one id share a node (their written
// forms become aliases); a spelling that differs from a more frequent one by one character of its
// place name (城临矶新港区 / 城陵矶新港区) is a typo the document itself corrects; two names that may
// or may not be one body (市商务局 / 市商务粮食局) stay apart and are reported as a warning.

import type { AgencyProps } from '../../../core/model.ts';
import { type ResolvedAgency, cleanMention, resolveAgency } from './agencies.ts';
import type { AgencyFact } from './assignments.ts';
import type { AgencyGlossary, DocContext } from '../types.ts';

/** The text and context a mention was found in: to place a body by the place words before it. */
export interface MergeScope {
  text: string;
  ctx: DocContext;
}

const LOOK_BACK = 160;

/** A body whose place the document does not give (市政务服务中心 in a national report) takes the
 *  place named last before it in its sentence's neighbourhood (北京市…市政务服务中心). */
function placeByText(f: AgencyFact, scope: MergeScope, glossary: AgencyGlossary): AgencyFact {
  const { text, ctx } = scope;
  if (f.agency.props.scope !== 'document' || !ctx.places) return f;
  const from = Math.max(0, f.mention.start - LOOK_BACK);
  const window = text.slice(from, f.mention.start);
  const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('。'));
  const hits = ctx.places.findAll(window.slice(cut + 1));
  const hit = hits[hits.length - 1];
  if (!hit) return f;
  const level = hit.level === 'district' ? 'district' : hit.level === 'city' ? 'municipal' : 'provincial';
  const local = { ...ctx, ...hit.place, level } as DocContext;
  const agency = resolveAgency(f.mention.raw, local, glossary);
  return agency && agency.props.scope === 'place' ? { ...f, agency } : f;
}

interface Group {
  agency: ResolvedAgency;
  count: number;
  written: Map<string, number>;
  suffix?: string;
}

function bodySuffix(name: string, glossary: AgencyGlossary): string {
  let best = '';
  for (const b of glossary.bodies) if (name.endsWith(b.zh) && b.zh.length > best.length) best = b.zh;
  return best;
}

function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff += 1;
  return diff === 1;
}

/** Is `a` a typo of `b`: same body, stems (place part) one character apart, b more frequent. */
function isTypo(a: Group, b: Group, glossary: AgencyGlossary): boolean {
  const an = a.agency.props.name;
  const bn = b.agency.props.name;
  if (an.length !== bn.length || a.count >= b.count) return false;
  a.suffix ??= bodySuffix(an, glossary);
  b.suffix ??= bodySuffix(bn, glossary);
  const suffix = a.suffix;
  if (!suffix || suffix !== b.suffix) return false;
  return oneCharApart(an.slice(0, an.length - suffix.length), bn.slice(0, bn.length - suffix.length));
}

/** Bodies whose names nest (商务局 in 商务粮食局) in one jurisdiction: maybe one body, maybe not. */
function maybeSame(a: AgencyProps, b: AgencyProps): boolean {
  if (a.jurisdiction !== b.jurisdiction || a.name === b.name) return false;
  // both written the same way (市… bodies of the city, or both named bodies such as 岳阳海事局)
  const j = a.jurisdiction ?? '';
  if (a.name.startsWith(j) !== b.name.startsWith(j)) return false;
  const [short, long] = a.name.length < b.name.length ? [a.name, b.name] : [b.name, a.name];
  if (long.length - short.length > 3 || !short.endsWith(long.slice(-1))) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i += 1;
  return i === short.length && short.length >= 4;
}

/** Groups whose names are one character apart share a key with that character blanked: the
 *  candidates of a typo are found by hash, linear in the number of agencies times a name's length. */
function typoBuckets(groups: Map<string, Group>): (g: Group) => Group[] {
  const keys = (name: string): string[] => Array.from(name, (_, i) => `${name.slice(0, i)}\u0000${name.slice(i + 1)}`);
  const byKey = new Map<string, Group[]>();
  for (const g of groups.values())
    for (const k of keys(g.agency.props.name)) {
      const list = byKey.get(k);
      if (list) list.push(g);
      else byKey.set(k, [g]);
    }
  return (g) => [...new Set(keys(g.agency.props.name).flatMap((k) => byKey.get(k) ?? []))];
}

/** Agencies that may nest (商务局 in 商务粮食局) share a jurisdiction, a first and a last character:
 *  only those are compared pairwise. */
function pairBuckets(agencies: ResolvedAgency[]): ResolvedAgency[][] {
  const buckets = new Map<string, ResolvedAgency[]>();
  for (const a of agencies) {
    const j = a.props.jurisdiction ?? '';
    const rest = a.props.name.startsWith(j) ? a.props.name.slice(j.length) : a.props.name;
    const key = `${j}|${rest.slice(0, 1)}|${a.props.name.slice(-1)}`;
    buckets.set(key, [...(buckets.get(key) ?? []), a]);
  }
  return [...buckets.values()].filter((b) => b.length > 1);
}

function groupFacts(facts: AgencyFact[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const aliases = new Map<string, Set<string>>();
  for (const f of facts) {
    const g = groups.get(f.agency.id) ?? { agency: f.agency, count: 0, written: new Map<string, number>() };
    g.count += 1;
    const form = cleanMention(f.mention.raw).name;
    g.written.set(form, (g.written.get(form) ?? 0) + 1);
    const set = aliases.get(f.agency.id) ?? new Set<string>();
    for (const a of f.agency.props.aliases) set.add(a);
    aliases.set(f.agency.id, set);
    groups.set(f.agency.id, g);
  }
  for (const [id, g] of groups) g.agency = { id, props: { ...g.agency.props, aliases: [...(aliases.get(id) ?? [])] } };
  return groups;
}

/** A name for a warning: the group's name, else the id without its label (and document key). */
function nameOf(id: string, groups: Map<string, Group>): string {
  return groups.get(id)?.agency.props.name ?? id.replace(/^agency:/, '').replace(/^.*[#/]/, '');
}

export interface MergedAgencies {
  facts: AgencyFact[];
  agencies: ResolvedAgency[];
  warnings: string[];
  before: number; // distinct agency ids before merging typos
}

export function mergeAgencies(
  found: AgencyFact[],
  glossary: AgencyGlossary,
  file: string,
  scope?: MergeScope,
): MergedAgencies {
  const facts = scope ? found.map((f) => placeByText(f, scope, glossary)) : found;
  const groups = groupFacts(facts);
  const before = groups.size;
  const redirect = new Map<string, string>();
  const near = typoBuckets(groups);
  for (const a of groups.values()) {
    const target = near(a).find((b) => b !== a && isTypo(a, b, glossary));
    if (target) redirect.set(a.agency.id, target.agency.id);
  }
  for (const [from, to] of redirect) {
    const a = groups.get(from);
    const b = groups.get(to);
    if (!a || !b) continue;
    const aliases = new Set([
      ...b.agency.props.aliases,
      a.agency.props.name,
      ...a.agency.props.aliases,
      a.agency.props.shortName,
    ]);
    aliases.delete(b.agency.props.name);
    b.agency = { id: b.agency.id, props: { ...b.agency.props, aliases: [...aliases] } };
    b.count += a.count;
    groups.delete(from);
  }
  // the usual written form is the short name
  for (const g of groups.values()) {
    const usual = [...g.written].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
    if (usual && usual !== g.agency.props.shortName) {
      const aliases = new Set([...g.agency.props.aliases, g.agency.props.shortName]);
      aliases.delete(g.agency.props.name);
      aliases.delete(usual);
      g.agency = { id: g.agency.id, props: { ...g.agency.props, shortName: usual, aliases: [...aliases].sort() } };
    }
  }
  const agencies = [...groups.values()].map((g) => g.agency);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const merged = facts.map((f) => ({ ...f, agency: byId.get(redirect.get(f.agency.id) ?? f.agency.id) ?? f.agency }));
  const warnings: string[] = [];
  for (const bucket of pairBuckets(agencies))
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++)
        if (maybeSame(bucket[i].props, bucket[j].props))
          warnings.push(
            `${file}: agencies kept apart, may be one body: ${bucket[i].props.name} / ${bucket[j].props.name}`,
          );
  for (const [from, to] of redirect)
    warnings.push(`${file}: agency spelling merged as a typo: ${nameOf(from, groups)} → ${nameOf(to, groups)}`);
  for (const a of agencies)
    if (a.props.scope === 'document')
      warnings.push(`${file}: agency place unknown, kept to this document: ${a.props.name}`);
  return { facts: merged, agencies, warnings, before };
}
