// extractIndustries: dictionary industries (simplified, traditional, Taiwan/Hong Kong spellings and
// short forms; longest match wins) → Measure-TARGETS->Industry from the innermost measure naming
// them, and Zone-FOCUSES_ON->Industry from priority statements (industry-focus.ts). Pure.

import { makeId, typedNode } from '../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship } from '../../../core/model.ts';
import type { IndustryEntry, TermExtractor, TermInput } from '../types.ts';
import { countChar, indexOfChar, lastIndexOfChar } from './char-index.ts';
import { focusZone } from './industry-focus.ts';
import { instrumentHits } from './instruments.ts';
import { nameMatcher, type TermHit } from './term-matcher.ts';
import { assignmentSpans, firstFrom, fold, innermostActing, insideAny, relationship } from './term-text.ts';
import { docZonesOf } from './zones.ts';

export function industryNode(e: IndustryEntry): GraphNode {
  return typedNode('Industry', makeId.industry(e.name), {
    name: e.name,
    aliases: [...e.aliases, ...(e.shortNames ?? [])],
    nameEn: e.nameEn,
    group: e.group,
  });
}

/** Industry mentions outside assignment clauses and not the head of an instrument's name
 *  (国际贸易“单一窗口” is the single window, not the trade sector). */
export function industryHits(input: TermInput): TermHit<string>[] {
  const skip = assignmentSpans(input.text);
  const folded = fold(input.text);
  const instrumentStarts = new Set(instrumentHits(input).map((i) => i.start));
  // an instrument at the same start, or right after the hit (past one opening quote)
  const headsInstrument = (h: TermHit<string>) =>
    instrumentStarts.has(h.start) ||
    instrumentStarts.has(h.end) ||
    (instrumentStarts.has(h.end + 1) && /^["'“]?$/.test(folded.slice(h.end, h.end + 1)));
  // a word that starts with 化 right after another character ends a word: 证券化工作 is not 化工
  const splitsWord = (h: TermHit<string>) =>
    (h.form.startsWith('化') && /[\u4e00-\u9fff]/.test(folded[h.start - 1] ?? '')) ||
    AGENCY_AFTER_RE.test(folded.slice(h.end, h.end + 5));
  return nameMatcher(input.dicts.industries)
    .findAll(folded)
    .filter((h) => !insideAny(skip, h.start, h.end) && !headsInstrument(h) && !splitsWord(h));
}

/** The sector word is part of a body's name: 金融办, 地方金融监管局, 文化旅游广电局. */
const AGENCY_AFTER_RE = /^[\u4e00-\u9fff]{0,3}?(?:局|委|厅|署|办(?![理事法结件]))/;

/** A sector word used as a tool, not served: "利用VR等现代技术", "依托资讯技术创新风险研判",
 *  "区块链等信息化技术手段在人才引进中的应用", "“区块链+政务服务”". */
const TOOL_BEFORE_RE = /(?:利用|应用|运用|借助|依托|结合)(?:[^，,。；;提推促发]{0,6})$/;
/** …or the kind of talent, rules or a name: 专业服务人才, 国际贸易规则, 中关村软体园. */
const TOOL_AFTER_RE =
  /^(?:[^，,。；;]{0,8}?等[^，,。；;]{0,4}?技术(?:手段|落地)|\+政务|技术(?:优势|手段)|应用场景|规则|人才|[^，,。；;、]{0,4}体系)/;
const NAME_AFTER_RE = /^(?:园|交易会|博览会|洽谈会|大会|论坛)/;
/** An application domain of another technology: "推进区块链在政务服务、金融服务…等领域的应用". */
/** Goods in a list, not sectors: "国际展品、艺术品、电子商务快件、试剂等特殊物品". */
const GOODS_AFTER_RE = /^[^，,。；;]{0,30}?等(?:特殊|进口|出口)?(?:物品|商品|货物)/;
/** Domains of rule-making: "参与资讯技术安全、数据隐私保护等重点领域规则制定". */
const RULES_AFTER_RE = /^[^，,。；;]{0,40}?等(?:重点)?领域(?:的)?规则/;
const DOMAIN_AFTER_RE = /^[^，,。；;]{0,40}?等(?:重点)?领域(?:中)?的?(?:应用|推广|示范)/;

/** The word sits in a quoted proper name: “海淀区大数据平台”项目, “智慧港区”. */
function insideQuotedName(folded: string, h: TermHit<string>): boolean {
  const open = lastIndexOfChar(folded, '"', h.start - 1);
  const close = indexOfChar(folded, '"', h.end);
  if (open < 0 || close < 0 || close - open > 30 || folded.slice(open, close).includes('\n')) return false;
  const quotesBefore = countChar(folded, '"', lastIndexOfChar(folded, '\n', h.start) + 1, h.start);
  return quotesBefore % 2 === 1 && QUOTED_NAME_END_RE.test(folded.slice(h.end, close));
}

const QUOTED_NAME_END_RE = /(?:平台|项目|中心|基地|园区|产业园|示范区|试验区|港区)$/;

function usedAsTool(folded: string, h: TermHit<string>): boolean {
  if (insideQuotedName(folded, h)) return true;
  const after = folded.slice(h.end, h.end + 48);
  const window = folded.slice(Math.max(0, h.start - 60), h.start);
  const clause = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf('。'), window.lastIndexOf(';')) + 1);
  const domain = DOMAIN_AFTER_RE.test(after) && clause.includes('在');
  return (
    domain ||
    GOODS_AFTER_RE.test(after) ||
    RULES_AFTER_RE.test(after) ||
    TOOL_BEFORE_RE.test(folded.slice(Math.max(0, h.start - 12), h.start)) ||
    TOOL_AFTER_RE.test(after) ||
    NAME_AFTER_RE.test(after)
  );
}

function targets(input: TermInput, hits: readonly TermHit<string>[]): GraphRelationship[] {
  const seen = new Set<string>();
  const rels: GraphRelationship[] = [];
  const folded = fold(input.text);
  for (const h of hits) {
    // sections are structure: their introduction describes the group, the measures below it act
    const measure = innermostActing(input.segments, h.start, h.end);
    if (!measure) continue;
    const key = `${measure.id}|${h.key}`;
    // a sector the measure already targets: the use of this mention (a tool?) does not matter
    if (seen.has(key) || usedAsTool(folded, h)) continue;
    seen.add(key);
    const base = {
      type: 'TARGETS' as const,
      from: measure.id,
      to: makeId.industry(h.key),
      text: input.text,
      docId: input.ctx.docId,
    };
    rels.push(relationship({ ...base, at: h, method: 'dictionary' }));
  }
  return rels;
}

function focuses(input: TermInput, hits: readonly TermHit<string>[]): GraphRelationship[] {
  const zones = docZonesOf(input);
  const focusInput = {
    text: input.text,
    segments: input.segments,
    mentions: zones.mentionsOutsideTitles(),
    docZone: zones.docZone,
    isFtz: (fullName: string) => zones.nodes.get(fullName)?.kind === 'ftz',
    industryIn: (start: number, end: number) => {
      const h = hits[firstFrom(hits, start)];
      return h !== undefined && h.end <= end;
    },
  };
  const seen = new Set<string>();
  const rels: GraphRelationship[] = [];
  for (const h of hits) {
    const zone = focusZone(focusInput, h);
    if (!zone) continue;
    const key = `${zone}|${h.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = {
      type: 'FOCUSES_ON' as const,
      from: makeId.zone(zone),
      to: makeId.industry(h.key),
      text: input.text,
      docId: input.ctx.docId,
    };
    rels.push(relationship({ ...base, at: h, method: 'pattern' }));
  }
  return rels;
}

export const extractIndustries: TermExtractor = (input: TermInput): Fragment => {
  const hits = industryHits(input);
  const relationships = [...targets(input, hits), ...focuses(input, hits)];
  const used = new Set(relationships.map((r) => r.end));
  const nodes = input.dicts.industries.filter((e) => used.has(makeId.industry(e.name))).map(industryNode);
  return { nodes, relationships };
};
