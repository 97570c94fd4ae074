// Which industry mentions state a zone's priorities ("重点发展X、Y、Z等产业", "七大产业集群",
// "以…为重点企业的X产业"), and which zone they belong to: the zone leading the line ("翠湖片区。重点
// 发展…"), the subject zone of the sentence, or the document's zone in zone-level text. Pure.

import type { Segment } from './types.ts';
import type { ZoneMention } from './zone-areas.ts';
import { innermostSegment, type Span, sentenceAround } from './term-text.ts';

const CUE_BEFORE_RE =
  /重点发展|大力发展|着力发展|优先发展|加快发展|积极发展|聚集发展|集聚发展|重点培育|重点布局|培育发展|发展壮大|聚焦|围绕|锚定|涵盖|以[^，,。；;]{0,40}为主|为重点企业的|为龙头的|构建|打造|形成/g;
const CUE_AFTER_RE =
  /^[^，,。；;]{0,12}?(?:等)?[^，,。；;]{0,8}?(?:产业集群|主导产业|产业体系|支柱产业|优势产业|特色产业|重点产业|新兴产业|产业|行业|业态|领域)/;
const FOCUS_TITLE_RE = /优势产业|主导产业|重点产业|产业定位|产业发展重点/;
const CLAUSE_END = /[，,。；;]/;

export interface FocusInput {
  text: string;
  segments: readonly Segment[];
  mentions: readonly ZoneMention[]; // zone mentions of the document, sorted
  docZone: string | null;
}

/** Is the hit in a priority statement: a cue before it in the same clause run, or a list that
 *  ends in 产业/产业集群/主导产业 after it? */
function hasCue(text: string, sentence: Span, hit: Span): boolean {
  const before = text.slice(sentence.start, hit.start);
  let cueEnd = -1;
  for (const m of before.matchAll(CUE_BEFORE_RE)) cueEnd = sentence.start + m.index + m[0].length;
  if (cueEnd >= 0) {
    const between = text.slice(cueEnd, hit.start);
    const breaks = [...between].filter((c) => CLAUSE_END.test(c)).length;
    if (breaks === 0) return true;
  }
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  return CUE_AFTER_RE.test(after) && /产业|行业|业态|领域/.test(before + after);
}

/** An industry named as a paragraph heading ("跨境电子商务。积极推进…") in a section about a zone's
 *  industry priorities. */
function isFocusHeading(input: FocusInput, hit: Span): boolean {
  const lineStart = input.text.lastIndexOf('\n', hit.start - 1) + 1;
  const lead = input.text.slice(lineStart, hit.start);
  if (!/^[\s#*\d.．、()（）一二三四五六七八九十]*$/.test(lead)) return false;
  if (!/^[。:：]/.test(input.text.slice(hit.end, hit.end + 1))) return false;
  const seg = innermostSegment(input.segments, hit.start, hit.end, (s) => FOCUS_TITLE_RE.test(s.title));
  return seg !== null;
}

/** The zone that opens the line: "1.翠湖片区。重点发展…", "郑州经济开发区。加快…". */
function lineZone(input: FocusInput, pos: number): ZoneMention | null {
  const lineStart = input.text.lastIndexOf('\n', pos - 1) + 1;
  const first = input.mentions.find((m) => m.start >= lineStart && m.start < pos);
  if (!first) return null;
  const lead = input.text.slice(lineStart, first.start);
  const next = input.text.slice(first.end, first.end + 1);
  return /^[\s#*\d.．、()（）一二三四五六七八九十]*$/.test(lead) && /[。:：.]/.test(next) ? first : null;
}

/** The zone whose priority an industry mention states, or null. */
export function focusZone(input: FocusInput, hit: Span): string | null {
  const sentence = sentenceAround(input.text, hit.start, hit.end);
  const heading = isFocusHeading(input, hit);
  if (!heading && !hasCue(input.text, sentence, hit)) {
    const seg = innermostSegment(input.segments, hit.start, hit.end);
    if (!seg || !FOCUS_TITLE_RE.test(seg.title) || seg.kind !== 'background') return null;
  }
  const leading = lineZone(input, hit.start);
  if (leading) return leading.fullName;
  const subject = input.mentions.find((m) => m.start >= sentence.start && m.end <= hit.start);
  if (subject) return subject.fullName;
  const seg = innermostSegment(input.segments, hit.start, hit.end);
  const zoneLevel = !seg || seg.kind === 'background' || seg.kind === 'section' || heading;
  return zoneLevel ? input.docZone : null;
}
