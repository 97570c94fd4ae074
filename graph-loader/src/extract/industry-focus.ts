// Which industry mentions state a zone's priorities ("重点发展X、Y、Z等产业", "七大产业集群",
// "以…为重点企业的X产业"), and which zone they belong to. Zone-level text (background and section
// introductions) needs a strong cue and speaks for the document's zone; a zone that opens the line
// ("翠湖片区。重点发展…") or the sentence ("岳阳片区面积…，发展…等产业") speaks for itself with any cue.
// Inside measures only a named zone with a strong cue counts. Pure.

import type { Segment } from '../types.ts';
import { lastIndexOfChar } from './char-index.ts';
import type { ZoneMention } from './zone-areas.ts';
import { firstFrom, innermostSegment, segmentChain, type Span, sentenceAround } from './term-text.ts';

const STRONG_BEFORE_RE =
  /重点发展|大力发展|着力发展|优先发展|重点聚集发展|聚集发展|集聚发展|重点培育|重点布局|培育发展|发展壮大|主要发展|聚焦|围绕|锚定|为重点企业的|为龙头的/g;
/** "以X、Y为主": the hits between 以 and 为主. */
const MAINLY_RE = /以[^，,。；;以]{0,40}?为主/g;
const WEAK_BEFORE_RE = /发展|构建|打造|形成|涵盖|培育|布局/g;
const STRONG_AFTER_RE =
  /^[^，,。；;]{0,20}?(?:产业集群|主导产业|产业体系|支柱产业|重点产业|新兴产业集群|千亿级产业|百亿级产业|产业方向)/;
const WEAK_AFTER_RE = /^[^，,。；;]{0,16}?等[^，,。；;]{0,8}?(?:产业|行业|业态|领域)/;
/** The industry word is part of a proper name: 国际智能制造合作示范区, 保税物流基地, 数字贸易港. */
const NAME_AFTER_RE = /^[^，,。；;、“”"（）()]{0,8}?(?:示范区|试验区|实验区|基地|产业园|园区|平台|港|城|岛|大会|论坛)/;
/** …unless the name is the zone's positioning: 打造“国际智能制造合作示范区”功能定位. */
const POSITIONING_RE = /^[^，,。；;、“”"（）()]{0,12}?[”"](?:功能)?定位/;
/** Companies listed before 等为重点企业 (鸿泰半导体、中航锂电). */
const COMPANY_LIST_RE = /^[^，,。；;]*?等为(?:重点|龙头)企业/;
const FOCUS_TITLE_RE = /优势产业|主导产业|重点产业|产业定位|产业发展重点/;
/** A section about a place: its zone or a place outside the dictionary (航空港经济综合实验区). */
const PLACE_TITLE_RE = /[\u4e00-\u9fff]{2,}(?:实验区|开发区|新区|园区|片区|区块|组团|综保区|综合保税区)/;
const CLAUSE_END = /[，,。；;]/;

export interface FocusInput {
  text: string;
  segments: readonly Segment[];
  mentions: readonly ZoneMention[]; // zone mentions of the document (outside titles 《》), sorted
  docZone: string | null;
  isFtz: (fullName: string) => boolean;
  /** Is an industry named within [start, end)? */
  industryIn: (start: number, end: number) => boolean;
}

type Cue = 'strong' | 'weak' | null;

function lastCueEnd(s: string, re: RegExp): number {
  let end = -1;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** No clause ends in before[end…] (a cue ending at `end`, -1 for none, still holds). */
function unbroken(before: string, end: number): boolean {
  return end >= 0 && !CLAUSE_END.test(before.slice(end));
}

/** The cue of a hit within its sentence: a cue word before it in the same clause, or a list
 *  that ends in 产业集群/主导产业 (strong) or 等…产业 (weak) after it. */
function cueOf(text: string, sentence: Span, hit: Span): Cue {
  const before = text.slice(sentence.start, hit.start);
  const after = text.slice(hit.end, sentence.end);
  const mainly = [...text.slice(sentence.start, sentence.end).matchAll(MAINLY_RE)].some(
    (m) => sentence.start + m.index < hit.start && hit.end <= sentence.start + m.index + m[0].length,
  );
  if (unbroken(before, lastCueEnd(before, STRONG_BEFORE_RE)) || STRONG_AFTER_RE.test(after)) return 'strong';
  if (mainly || unbroken(before, lastCueEnd(before, WEAK_BEFORE_RE)) || WEAK_AFTER_RE.test(after)) return 'weak';
  return null;
}

/** An industry named as a paragraph heading ("跨境电子商务。积极推进…") under a priorities title. */
function isFocusHeading(input: FocusInput, hit: Span): boolean {
  const lineStart = lastIndexOfChar(input.text, '\n', hit.start - 1) + 1;
  if (!/^[\s#*\d.．、()（）一二三四五六七八九十]*$/.test(input.text.slice(lineStart, hit.start))) return false;
  if (!/^[。:：]/.test(input.text.slice(hit.end, hit.end + 1))) return false;
  return innermostSegment(input.segments, hit.start, hit.end, (s) => FOCUS_TITLE_RE.test(s.title)) !== null;
}

/** Start of the paragraph holding pos: a line whose previous non-empty line ends mid-sentence
 *  (a PDF page break) continues that line. */
export function paragraphStart(text: string, pos: number): number {
  let start = lastIndexOfChar(text, '\n', pos - 1) + 1;
  for (let guard = 0; guard < 5 && start > 0; guard++) {
    if (NUMBERED_LINE_RE.test(text.slice(start, start + 12))) break;
    let end = start;
    while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
    const lineStart = lastIndexOfChar(text, '\n', end - 1) + 1;
    const previous = text.slice(lineStart, end);
    if (end === 0 || /[。！？；;:：.)）]$/.test(previous) || previous.length < 40) break;
    start = lineStart;
  }
  return start;
}

const NUMBERED_LINE_RE =
  /^[\s#*]*(?:[一二三四五六七八九十]+[、.．]|\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳])/;

/** The zone that opens the paragraph: "1.翠湖片区。重点发展…", "郑州经济开发区。加快…". */
export function lineZone(input: Pick<FocusInput, 'text' | 'mentions'>, pos: number): ZoneMention | null {
  const lineStart = paragraphStart(input.text, pos);
  const candidate = input.mentions[firstFrom(input.mentions, lineStart)];
  const first = candidate && candidate.start < pos ? candidate : undefined;
  if (!first) return null;
  const lead = input.text.slice(lineStart, first.start);
  const next = input.text.slice(first.end, first.end + 1);
  return /^[\s#*\d.．、()（）一二三四五六七八九十]*$/.test(lead) && /[。:：.]/.test(next) ? first : null;
}

/** The subject zone of a sentence: a zone (not an FTZ, not one item of a list) near its start,
 *  before the hit. */
function subjectZone(input: FocusInput, sentence: Span, hit: Span, within: number): ZoneMention | null {
  let m: ZoneMention | undefined;
  for (let i = firstFrom(input.mentions, sentence.start); i < input.mentions.length; i++) {
    const z = input.mentions[i] as ZoneMention;
    if (z.end > hit.start) break;
    if (!input.isFtz(z.fullName)) {
      m = z;
      break;
    }
  }
  if (!m || m.start - sentence.start > within) return null;
  return /^[、和及与]/.test(input.text.slice(m.end, m.end + 1)) ? null : m;
}

const PLACE_LEAD_RE =
  /^[\s#*\d.．、()（）一二三四五六七八九十]*[\u4e00-\u9fff、]{2,16}?(?:实验区|开发区|新区|园区|片区|区块|组团|综保区|综合保税区)[。:：]/;

/** A paragraph that opens with a place other than one known zone ("郑州航空港经济综合实验区。…",
 *  "郑东、金水区块。…"): its statements are not the document zone's. */
function otherPlaceLine(input: FocusInput, pos: number): boolean {
  const lineStart = paragraphStart(input.text, pos);
  return PLACE_LEAD_RE.test(input.text.slice(lineStart, pos)) && lineZone(input, pos) === null;
}

/** Text about another place than the document's zone ("郑州航空港经济综合实验区产业协同")? */
function aboutOtherPlace(input: FocusInput, hit: Span): boolean {
  for (const s of segmentChain(input.segments, innermostSegment(input.segments, hit.start, hit.end))) {
    if (!PLACE_TITLE_RE.test(s.title)) continue;
    const m = input.mentions[firstFrom(input.mentions, s.start)];
    return !(m && m.end <= s.start + s.title.length + 12);
  }
  return false;
}

const HEADING_RE = /^[\s#*\d.．、()（）一二三四五六七八九十]*([^，,。；;:：\n]{2,14})[。:：]/;

/** In a priorities section, a paragraph headed by an industry ("加工贸易。围绕电子信息、…等先进
 *  制造业，大力发展加工贸易") is about that industry: the others it names serve it. */
function underIndustryHeading(input: FocusInput, hit: Span): boolean {
  const start = paragraphStart(input.text, hit.start);
  const m = HEADING_RE.exec(input.text.slice(start, hit.start));
  if (!m) return false;
  const headStart = start + m[0].length - (m[1] as string).length - 1;
  const headEnd = headStart + (m[1] as string).length;
  return hit.start >= headEnd + 1 && input.industryIn(headStart, headEnd);
}

/** The zone whose priority an industry mention states, or null. */
export function focusZone(input: FocusInput, hit: Span): string | null {
  const after = input.text.slice(hit.end, hit.end + 60);
  if ((NAME_AFTER_RE.test(after) && !POSITIONING_RE.test(after)) || COMPANY_LIST_RE.test(after)) return null;
  const sentence = sentenceAround(input.text, hit.start, hit.end);
  const heading = isFocusHeading(input, hit);
  const seg = innermostSegment(input.segments, hit.start, hit.end);
  const focusSection = seg !== null && FOCUS_TITLE_RE.test(seg.title);
  if (focusSection && !heading && underIndustryHeading(input, hit)) return null;
  const titled = focusSection && seg.kind === 'background';
  const cue: Cue = heading || titled ? 'strong' : cueOf(input.text, sentence, hit);
  if (!cue) return null;
  const zoneLevel = !seg || seg.kind === 'background' || seg.kind === 'section' || focusSection;
  const named = lineZone(input, hit.start) ?? subjectZone(input, sentence, hit, zoneLevel ? 20 : 6);
  if (named) return zoneLevel || cue === 'strong' ? named.fullName : null;
  if (!zoneLevel || cue !== 'strong' || aboutOtherPlace(input, hit) || otherPlaceLine(input, hit.start)) return null;
  return input.docZone;
}
