// Lists of administrative functions that stand for the local bureaus: "联合公安、市场监管等部门",
// "在线联通海关、商务、税务等多部门" — 公安 is the 公安局, 商务 the 商务局 of the document's place.
// Only inside a list closed by 等(多个/相关)部门/单位, so 商务 elsewhere stays a word.

import { resolveAgency } from './agencies.ts';
import type { AgencyFact, AssignInput } from './assignments.ts';
import { findLists } from './list-scan.ts';
import { ownRanges, sentenceAround } from './spans.ts';
import type { AgencyGlossary } from '../types.ts';

/** 商务 → 商务局, 市场监管 → 市场监管局: bureau words of the glossary without their 局. */
const functionWords = new WeakMap<AgencyGlossary, Map<string, string>>();
function functionsOf(glossary: AgencyGlossary): Map<string, string> {
  let map = functionWords.get(glossary);
  if (!map) {
    map = new Map();
    for (const b of glossary.bodies) {
      for (const w of [b.zh, ...(b.aliases ?? [])]) if (/局$/.test(w) && w.length >= 3) map.set(w.slice(0, -1), w);
    }
    functionWords.set(glossary, map);
  }
  return map;
}

/** The longest function word a string ends with. */
function lastWord(s: string, functions: Map<string, string>): string | null {
  for (let k = 0; k <= s.length - 2; k++) if (functions.has(s.slice(k))) return s.slice(k);
  return null;
}

/** Facts for the function words of such lists in every segment's own text. */
export function findFunctionLists(input: AssignInput): AgencyFact[] {
  const { text, segments, ctx, glossary } = input;
  const functions = functionsOf(glossary);
  const facts: AgencyFact[] = [];
  for (const seg of segments) {
    for (const [from, to] of ownRanges(seg, segments)) {
      for (const { index, list } of findLists(text.slice(from, to))) {
        let at = from + index;
        for (const [i, whole] of list.split('、').entries()) {
          // the first item may carry the verb before it: 联合公安 → 公安
          const item = i === 0 ? (lastWord(whole, functions) ?? whole) : whole;
          at += whole.length - item.length;
          const bureau = functions.get(item);
          const agency = bureau ? resolveAgency(bureau, ctx, glossary) : null;
          if (agency) {
            const mention = { raw: item, start: at, end: at + item.length };
            const evidence = sentenceAround(text, mention.start, mention.end, { start: from, end: to });
            facts.push({ agency, role: 'INVOLVED_IN', method: 'pattern', measureId: seg.id, evidence, mention });
          }
          at += item.length + 1;
        }
      }
    }
  }
  return facts;
}
