// Areas read from the text: "郑州片区实施范围73.17平方公里", "岳阳城陵矶综合保税区2.07平方公里",
// "用地面积约900公顷" (→ 9 km²). An area belongs to the zone named right before it in the same
// clause, or to the only zone of a sentence that states only one area. Pure.

import type { Span } from './term-text.ts';
import { sentenceAround } from './term-text.ts';

export interface ZoneMention {
  fullName: string;
  start: number;
  end: number;
  listed?: boolean; // one of several areas named by city ("郑州、洛阳、开封自贸试验区")
}

export interface AreaFact {
  fullName: string;
  km2: number;
  at: Span; // the number and its unit
  evidence: Span;
}

const AREA_RE = /(\d+(?:\.\d+)?)\s*(平方公里|平方千米|km2|km²|公顷)/g;
/** Words allowed between a zone's name and its area. */
const GAP_RE =
  /^[\s,，:：]*(?:的)?(?:实施范围|规划范围|总面积|用地面积|规划面积|占地面积|面积|范围)?(?:为|约|共|达|总计|合计)*[\s:：]*$/;

export function toKm2(value: number, unit: string): number {
  const km2 = unit === '公顷' ? value / 100 : value;
  return Math.round(km2 * 10000) / 10000;
}

function nearestBefore(mentions: readonly ZoneMention[], pos: number, text: string): ZoneMention | null {
  let best: ZoneMention | null = null;
  for (const m of mentions) if (m.end <= pos && (!best || m.end > best.end)) best = m;
  if (!best) return null;
  return GAP_RE.test(text.slice(best.end, pos)) ? best : null;
}

/** The only zone of a sentence with a single area figure ("在35.42平方公里的土地上"). */
function soleZoneOfSentence(mentions: readonly ZoneMention[], text: string, at: Span): ZoneMention | null {
  const sentence = sentenceAround(text, at.start, at.end);
  const body = text.slice(sentence.start, sentence.end);
  if ([...body.matchAll(AREA_RE)].length !== 1) return null;
  if (/建筑|产业用地|孵化|仓|楼/.test(body)) return null;
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= at.start);
  const names = new Set(inside.map((m) => m.fullName));
  return names.size === 1 ? (inside[0] as ZoneMention) : null;
}

/** Area facts, the first figure per zone. */
export function findAreas(text: string, mentions: readonly ZoneMention[]): AreaFact[] {
  const facts = new Map<string, AreaFact>();
  for (const m of text.matchAll(AREA_RE)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const zone = nearestBefore(mentions, at.start, text) ?? soleZoneOfSentence(mentions, text, at);
    if (!zone || facts.has(zone.fullName)) continue;
    const km2 = toKm2(Number(m[1]), m[2] as string);
    const evidence = sentenceAround(text, zone.start, at.end);
    facts.set(zone.fullName, { fullName: zone.fullName, km2, at: { start: zone.start, end: at.end }, evidence });
  }
  return [...facts.values()];
}
