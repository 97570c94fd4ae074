// Who issued a cited document: the body at the head of its title ("国务院关于…"), the body before
// "关于印发《…》" in the running text, or the document-number prefix table (国发 → 国务院). The
// issuer becomes an Agency through resolveAgency (agencies.ts), or a plain node when the glossary
// does not know the body. Pure.

import { makeId, typedNode } from '../../../core/model.ts';
import type { AgencyLevel, GraphNode } from '../../../core/model.ts';
import { resolveAgency } from './agencies.ts';
import type { DocContext, DocPrefixEntry, Dictionaries } from '../types.ts';

const AGENCY_END_RE = /(?:国务院|中共中央|人民政府|办公厅|办公室|领导小组|委员会|[厅局委部院署行会办组处])$/;
const LEAD_VERBS_RE = /^.*?(?:为贯彻落实|贯彻落实|根据|按照|依据|落实|贯彻|执行|参照|对照|学习)/;

/** The prefix-table entry of a document-number prefix: exact, else the longest table prefix the
 *  number's prefix starts with (署加发 → 署). */
export function prefixEntry(prefix: string, table: readonly DocPrefixEntry[]): DocPrefixEntry | null {
  const exact = table.find((e) => e.prefix === prefix);
  if (exact) return exact;
  let best: DocPrefixEntry | null = null;
  for (const e of table) if (prefix.startsWith(e.prefix) && (!best || e.prefix.length > best.prefix.length)) best = e;
  return best;
}

/** "根据湖南省工业和信息化厅关于印发" before 《 → 湖南省工业和信息化厅. */
export function issuerBefore(text: string, titleStart: number): string | null {
  const before = text.slice(Math.max(0, titleStart - 60), titleStart);
  const m = /([^\s，,。；;、》《:：]{2,40}?)关于(?:印发|转发|发布)$/u.exec(before);
  if (!m) return null;
  const issuer = (m[1] as string).replace(LEAD_VERBS_RE, '');
  return AGENCY_END_RE.test(issuer) ? issuer : null;
}

/** A body written right before the title: "经验被最高人民法院《司法改革动态》刊发" → 最高人民法院. */
export function issuerRightBefore(text: string, titleStart: number): string | null {
  const run = /[\u4e00-\u9fff（）()]{3,24}$/u.exec(text.slice(Math.max(0, titleStart - 24), titleStart));
  if (!run) return null;
  const after = run[0].replace(/^.*(?:按照|依照|根据|依据|[被由经据按的在将对从向])/u, '');
  // a joiner splits after a body (A和B《…》) or before a level or the centre (…号）及市住建委《…》);
  // 国家发展和改革委员会 is one name
  const joined = /^(.*)[和与及](.*)$/u.exec(after);
  const split =
    joined !== null &&
    (AGENCY_END_RE.test(joined[1] as string) || /^(?:[省市区县州]|国务院|国家|中共|中央)/u.test(joined[2] as string));
  const issuer = split ? (joined[2] as string) : after;
  return issuer.length >= 3 && AGENCY_END_RE.test(issuer) && !/关于$/.test(issuer) ? issuer : null;
}

/** Is a string plausibly the name of an issuing body? */
export function looksLikeIssuer(s: string | null): s is string {
  return s !== null && s.length >= 2 && s.length <= 40 && AGENCY_END_RE.test(s);
}

function levelOf(name: string): AgencyLevel {
  if (/^(国务院|中共中央|国家|中国|最高|海关总署|商务部|财政部)/.test(name) || /部$|总署$|总局$/.test(name))
    return 'national';
  if (/^[\u4e00-\u9fff]{2,3}省|自治区/.test(name) || /^中国（[^）]+）自由贸易试验区/.test(name)) return 'provincial';
  if (/^(北京|天津|上海|重庆)市/.test(name)) return 'provincial';
  if (/^[\u4e00-\u9fff]{2,4}市[\u4e00-\u9fff]{1,4}区/.test(name)) return 'district';
  return 'municipal';
}

function jurisdictionOf(name: string, level: AgencyLevel): string | null {
  if (level === 'national') return '中国';
  const m =
    /^(中国（([^）]+)）|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,5}自治区|[\u4e00-\u9fff]{2,3}市(?:[\u4e00-\u9fff]{1,4}区)?)/.exec(
      name,
    );
  if (!m) return null;
  return m[2] ? `${m[2]}省` : (m[1] as string);
}

/** The bodies of a joint issuer written together (中共中央 国务院 → 中共中央国务院 once the title is
 *  normalised; 中共中央办公厅国务院办公厅): two national bodies of the register side by side, else the name. */
export function jointIssuers(name: string, ctx: DocContext): string[] {
  const register = ctx.register;
  if (!register || register.lookupNational(name)) return [name];
  for (let i = 2; i <= name.length - 2; i++) {
    const left = name.slice(0, i);
    const right = name.slice(i);
    if (register.lookupNational(left)?.matchedAs === 'name' && register.lookupNational(right)?.matchedAs === 'name')
      return [left, right];
  }
  return [name];
}

/** The Agency node of an issuer. */
export function issuerNode(name: string, ctx: DocContext, dicts: Dictionaries, level?: AgencyLevel): GraphNode {
  const resolved = resolveAgency(name, ctx, dicts.agencies);
  if (resolved) return typedNode('Agency', resolved.id, resolved.props);
  const lvl = level ?? levelOf(name);
  return typedNode('Agency', makeId.agency(name), {
    name,
    shortName: name,
    aliases: [],
    level: lvl,
    jurisdiction: jurisdictionOf(name, lvl),
    kind: name.startsWith('中共') ? 'party' : 'government',
    nameEn: null,
  });
}
