// Agencies named in running text: "联合海关、国检等部门", "配合人民银行", "向省药品监督管理局争取",
// "区自贸办要发挥好牵头…作用", "X牵头，Y、Z配合", "X负责". They become INVOLVED_IN, or LEADS /
// SUPPORTS where the sentence says 牵头/负责 or 配合/参与 of the agency itself.

import { type ResolvedAgency, resolveAgency } from './agencies.ts';
import type { AgencyFact, AssignInput } from './assignments.ts';
import type { ListItem } from './clauses.ts';
import { ownRanges, sentenceAround } from './spans.ts';
import type { AgencyGlossary, Segment } from './types.ts';

const CUES = '联合|会同|配合|协调|协同|依托|联系|对接|争取|通过|由|向|请|经|报|支持|推动|指导|督促|委托|邀请|商|与|和|及';
const CUE_RE = new RegExp(`(?:${CUES})`, 'g');
const LEAD_AFTER_RE = /^[^，,。；;]{0,12}?(牵头|负责|主抓|统筹)/;
const SUPPORT_AFTER_RE = /^[^，,。；;]{0,6}?(配合|参与|协助|协同|按职责分工负责)/;
const MAX_NAME = 16;

/** Specific body suffixes (two characters or more), longest first. */
function specificSuffixes(glossary: AgencyGlossary): string[] {
  const names = [...glossary.bodies.map((b) => b.zh), ...glossary.national.flatMap((n) => [n.name, ...(n.aliases ?? [])])];
  return [...new Set(names.filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
}

/** The longest agency name starting at `at` (within MAX_NAME chars), resolved; null if none. */
function nameAt(text: string, at: number, limit: number, input: AssignInput, suffixes: string[]): { item: ListItem; agency: ResolvedAgency } | null {
  const window = text.slice(at, Math.min(limit, at + MAX_NAME));
  const stop = window.search(/[，,。；;、：:\s（()）“”《》]/);
  const piece = stop >= 0 ? window.slice(0, stop) : window;
  for (let len = piece.length; len >= 2; len--) {
    const cand = piece.slice(0, len);
    if (!suffixes.some((s) => cand.endsWith(s))) continue;
    const agency = resolveAgency(cand, input.ctx, input.glossary);
    if (agency) return { item: { raw: cand, start: at, end: at + len }, agency };
  }
  return null;
}

/** Starting offsets of candidate names in [from, to): after a cue word, after a list separator that
 *  follows a found name, a 市/区/省 prefix at a word boundary, or a place the document is in. */
function candidateStarts(text: string, from: number, to: number, places: string[]): number[] {
  const starts = new Set<number>();
  const body = text.slice(from, to);
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(body); m; m = CUE_RE.exec(body)) starts.add(from + m.index + m[0].length);
  const re = /[市区省]/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const prev = body[m.index - 1] ?? '';
    if (m.index === 0 || !/[\u4e00-\u9fa5]/.test(prev) || /[由与和及向对并在将请经报]/.test(prev)) starts.add(from + m.index);
  }
  for (const p of places) for (let i = body.indexOf(p); i >= 0; i = body.indexOf(p, i + 1)) starts.add(from + i);
  return [...starts].sort((a, b) => a - b);
}

function roleAfter(text: string, end: number): Pick<AgencyFact, 'role' | 'method'> {
  const after = text.slice(end, end + 20);
  if (LEAD_AFTER_RE.test(after) && !/^[^，,。；;]{0,3}(配合|参与)/.test(after)) return { role: 'LEADS', method: 'pattern' };
  if (SUPPORT_AFTER_RE.test(after)) return { role: 'SUPPORTS', method: 'pattern' };
  return { role: 'INVOLVED_IN', method: 'pattern' };
}

/** Mentions in the own text of one segment (children excluded), outside the given clause spans. */
function segmentMentions(seg: Segment, input: AssignInput, skip: [number, number][], suffixes: string[], places: string[]): AgencyFact[] {
  const { text, segments } = input;
  const facts: AgencyFact[] = [];
  for (const [from, to] of ownRanges(seg, segments)) {
    let covered = from;
    for (const at of candidateStarts(text, from, to, places)) {
      if (at < covered || skip.some(([s, e]) => at >= s && at < e)) continue;
      const hit = nameAt(text, at, to, input, suffixes);
      if (!hit) continue;
      covered = hit.item.end;
      const evidence = sentenceAround(text, hit.item.start, hit.item.end, { start: from, end: to });
      facts.push({ agency: hit.agency, ...roleAfter(text, hit.item.end), measureId: seg.id, evidence, mention: hit.item });
    }
  }
  return facts;
}

/** Running-text mentions in every measure segment (background sections excluded). */
export function findMentions(input: AssignInput, clauseSpans: [number, number][]): AgencyFact[] {
  const suffixes = specificSuffixes(input.glossary);
  const places = [input.ctx.city, input.ctx.district]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/[市区县]$/, ''))
    .filter((p) => p.length >= 2);
  return input.segments
    .filter((s) => s.kind !== 'background')
    .flatMap((s) => segmentMentions(s, input, clauseSpans, suffixes, places));
}
