// Footer lines that name the bodies behind a document: "主办：市发展改革委", "督办：市政府办公厅二处",
// "承办单位：…". They become (Agency)-[:INVOLVED_IN]->(Document) with the line as evidence.
// (抄送 lists recipients, not participants, and is left out.)

import { resolveAgency } from './agencies.ts';
import type { AgencyFact } from './assignments.ts';
import { splitList } from './clauses.ts';
import { evidenceSpan } from './spans.ts';
import type { AgencyGlossary, DocContext } from '../types.ts';

const FOOTER_RE = /^[ \t\u3000]*(主办|协办|督办|承办)(?:单位)?[：:][ \t\u3000]*(.+)$/gm;

export function findFooterAgencies(text: string, ctx: DocContext, glossary: AgencyGlossary): AgencyFact[] {
  const facts: AgencyFact[] = [];
  const re = new RegExp(FOOTER_RE.source, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const listStart = m.index + m[0].length - m[2].length;
    const evidence = evidenceSpan(text, m.index, m.index + m[0].length);
    for (const item of splitList(text, listStart, listStart + m[2].length)) {
      const agency = resolveAgency(item.raw.replace(/[一二三四五六七八九十\d]+处$/, ''), ctx, glossary);
      if (agency)
        facts.push({ agency, role: 'INVOLVED_IN', measureId: ctx.docId, evidence, method: 'label', mention: item });
    }
  }
  return facts;
}
