// Agencies named in running text: "联合海关、国检等部门", "配合人民银行", "向省药品监督管理局争取",
// "区自贸办要发挥好牵头…作用", "X牵头，Y、Z配合", "X负责". Every occurrence of a body word of the
// glossary (局, 海关, 发改委, 公安部 …) is a candidate end; the name is the longest stretch before it
// that reads as a body's name (a 市/区/省 prefix, a known place, a national body, or the bare body
// word). They become INVOLVED_IN; roles (X牵头, X负责, X会同Y …) are the grammar's (grammar/, read by
// assignments.ts), which outranks a mention of the same body. Mentions inside assignment clauses and
// inside 《titles》 are left out.

import { type ResolvedAgency, looksLikeAgency, resolveAgency } from './agencies.ts';
import type { AgencyFact, AssignInput } from './assignments.ts';
import type { ListItem } from './clauses.ts';
import { overlapping, sortedRanges, type SortedRanges } from './overlaps.ts';
import { ownRanges, sentenceAround } from './spans.ts';
import type { AgencyGlossary, Segment } from '../types.ts';

const MAX_NAME = 20;
/** 市 区 省 县: a level word opening a name */
const LEVEL_AT = new Set([...'市区省县'].map((c) => c.charCodeAt(0)));
const STOP_RE = /[，,。；;、：:\s（()）“”《》]/;
/** STOP_RE at one offset of the text (no one-character string per test; code units, as without u) */
const STOP_AT = new RegExp(STOP_RE.source, 'y');
function stopAt(text: string, i: number): boolean {
  STOP_AT.lastIndex = i;
  return STOP_AT.test(text);
}
const BOUNDARY_RE = /[^\u4e00-\u9fa5]|[由与和及向对并在将请经报等同、]/;
/** Words before a bare body word (海关, 文广新局) that make it an actor, not part of a noun phrase. */
const BARE_CUE_RE =
  /(联合|会同|配合|协调|协同|依托|需要|邀请|提请|争取|通过|商请|报请|联通|对接|给|与|和|及|向|由|请|经|报|在|对|、)$/;
/** Noun phrases built on a body word: 海关特殊监管区域, 海关编码 … */
const NOUN_AFTER_RE =
  /^(特殊监管|监管区|监管场所|监管模式|监管中心|监管要求|编码|封志|担保|多式联运|部门|系统|总署|特殊津贴|办公室)/;
/** Bodies named after the place they run (综保区, 新港区): in running text mostly the place itself. */
const PLACE_BODY_RE = /(综保区|综合保税区|新港区|开发区|高新区)$/;
/** Authorities named for their decisions, not as actors: 落实党中央、国务院的决策部署. */
const AUTHORITY_AFTER_RE = /^[^。；;]{0,30}?(决策部署|战略部署|战略举措|重大决策|重要讲话|指示精神|会议精神)/;

interface Hit {
  item: ListItem;
  agency: ResolvedAgency;
}

/** The words a body's name can end with (two characters or more), by their last character; built
 *  once per glossary. */
const wordIndex = new WeakMap<AgencyGlossary, Map<number, string[]>>();
function bodyWords(glossary: AgencyGlossary): Map<number, string[]> {
  let index = wordIndex.get(glossary);
  if (!index) {
    const words = [
      ...glossary.bodies.flatMap((b) => [b.zh, ...(b.aliases ?? [])]),
      ...glossary.national.flatMap((n) => [n.name, ...(n.aliases ?? [])]),
      ...Object.keys(glossary.variants),
    ].filter((w) => w.length >= 2);
    index = new Map();
    // keyed by the last UTF-16 code unit (a number: no one-character string per position of the text)
    for (const w of new Set(words)) {
      const last = w.charCodeAt(w.length - 1);
      index.set(last, [...(index.get(last) ?? []), w]);
    }
    wordIndex.set(glossary, index);
  }
  return index;
}

/** Offsets just after each occurrence of a body word in [from, to) (a shorter word ending inside a
 *  longer one counts too; the longest name wins later). */
function candidateEnds(text: string, from: number, to: number, words: Map<number, string[]>): number[] {
  const ends: number[] = [];
  for (let end = from + 2; end <= to; end++) {
    const list = words.get(text.charCodeAt(end - 1));
    if (list && endsWord(text, from, end, list)) ends.push(end);
  }
  return ends;
}

/** Does a word of the list end at `end` (and start at `from` or after)? (a loop: no closure per end) */
function endsWord(text: string, from: number, end: number, list: readonly string[]): boolean {
  for (const w of list) if (end - w.length >= from && text.startsWith(w, end - w.length)) return true;
  return false;
}

/** Does a span of the list hold the offset, as (s, e]? */
function blockedEnd(blocked: readonly [number, number][], at: number): boolean {
  for (const [s, e] of blocked) if (at > s && at <= e) return true;
  return false;
}

/** Does a span of the list hold the offset, as [s, e)? */
function blockedStart(blocked: readonly [number, number][], at: number): boolean {
  for (const [s, e] of blocked) if (at >= s && at < e) return true;
  return false;
}

/** The four characters before `start` (not before `from`): where a cue stands. */
function wordsBefore(text: string, from: number, start: number): string {
  return text.slice(Math.max(from, start - 4), start);
}

/** The longest name ending at `end` that reads as a body's name and resolves. */
function nameEndingAt(text: string, end: number, from: number, input: AssignInput): Hit | null {
  // a name never spans punctuation: start after the last stop inside the window
  let lo = Math.max(from, end - MAX_NAME);
  for (let i = end - 1; i >= lo; i--) {
    if (stopAt(text, i)) {
      lo = i + 1;
      break;
    }
  }
  // what follows the name is the same for every start: a noun phrase or an authority's decision
  // after it rules out every name ending here (the checks below are pure, so none is skipped unread)
  if (NOUN_AFTER_RE.test(text.slice(end, end + 6)) || AUTHORITY_AFTER_RE.test(text.slice(end, end + 40))) return null;
  const acting = /^(牵头|负责|配合)/.test(text.slice(end, end + 2));
  const deptAfter = text[end] === '门';
  for (let start = lo; start <= end - 2; start++) {
    const cand = text.slice(start, end);
    if (
      LEVEL_AT.has(text.charCodeAt(start)) &&
      start > from &&
      !BOUNDARY_RE.test(text[start - 1]) &&
      !BARE_CUE_RE.test(wordsBefore(text, from, start))
    )
      continue;
    if (!looksLikeAgency(cand, input.ctx, input.glossary)) continue;
    if (
      (isBareBody(cand, input.glossary) || PLACE_BODY_RE.test(cand)) &&
      !BARE_CUE_RE.test(wordsBefore(text, from, start)) &&
      !acting
    )
      continue;
    if (deptAfter && /部$/.test(cand)) continue;
    const agency = resolveAgency(cand, input.ctx, input.glossary);
    if (agency) return { item: { raw: cand, start, end }, agency };
  }
  return null;
}

/** A body word standing alone (海关, 法院), without a prefix, place or national name. */
function isBareBody(cand: string, glossary: AgencyGlossary): boolean {
  if (glossary.national.some((n) => n.name === cand || (n.aliases ?? []).includes(cand)) || cand in glossary.variants)
    return false;
  return glossary.bodies.some((b) => b.zh === cand || (b.aliases ?? []).includes(cand));
}

/** 《…》 spans: titles of documents name their issuers, which are not actors of the measure. */
function titleSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  const re = /《[^》]*》/g;
  const body = text.slice(from, to);
  for (let m = re.exec(body); m; m = re.exec(body)) spans.push([from + m.index, from + m.index + m[0].length]);
  return spans;
}

/** Mentions in the own text of one segment (children excluded), outside the skipped spans. */
function segmentMentions(
  seg: Segment,
  input: AssignInput,
  skip: SortedRanges,
  words: Map<number, string[]>,
): AgencyFact[] {
  const { text, segments } = input;
  const facts: AgencyFact[] = [];
  for (const [from, to] of ownRanges(seg, segments)) {
    const blocked = [...overlapping(skip, from, to), ...titleSpans(text, from, to)];
    const hits: Hit[] = [];
    for (const end of candidateEnds(text, from, to, words)) {
      if (blockedEnd(blocked, end)) continue;
      const hit = nameEndingAt(text, end, from, input);
      if (!hit || blockedStart(blocked, hit.item.start)) continue;
      // a longer name over the same words wins (海关总署 over 海关)
      while (hits.length && hits[hits.length - 1].item.end > hit.item.start) hits.pop();
      hits.push(hit);
    }
    for (const hit of hits) {
      const evidence = sentenceAround(text, hit.item.start, hit.item.end, { start: from, end: to });
      facts.push({
        agency: hit.agency,
        role: 'INVOLVED_IN',
        method: 'pattern',
        measureId: seg.id,
        evidence,
        mention: hit.item,
      });
    }
  }
  return facts;
}

/** Running-text mentions in every segment: status sections (现状) name actors too. */
export function findMentions(input: AssignInput, clauseSpans: [number, number][]): AgencyFact[] {
  const words = bodyWords(input.glossary);
  // only tested with some(): sorted by start for overlapping()
  const skip = sortedRanges([...clauseSpans].sort((a, b) => a[0] - b[0]));
  return input.segments.flatMap((s) => segmentMentions(s, input, skip, words));
}
