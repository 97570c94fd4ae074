// The names a document writes where it assigns responsibility — the lists of labelled fields
// (责任单位：A、B) and the agency columns of task tables — and how each was read (a body, a
// collective, or nothing the loader knows), for the understanding report. Pure.
import { isCollectiveName } from '../grammar/vocabulary.ts';
import type { AgencyGlossary, DocContext, Segment } from '../types.ts';
import { cleanMention, isCollective, resolveAgency } from './agencies.ts';
import { documentClauses, splitList } from './clauses.ts';
import { taskTableRows } from './table-assignments.ts';
import type { AgencyNames, NameVerdict, WrittenName } from './understanding.ts';

function writtenNames(text: string, segments: Segment[]): WrittenName[] {
  const fields = documentClauses(text).flatMap((c) => c.lists.flatMap((l) => l.items));
  const columns = taskTableRows(segments).flatMap((row) =>
    row.cells
      .filter((c) => c.role !== null && c.role !== 'deadline' && c.cell.text !== '')
      .flatMap((c) => splitList(text, c.cell.start, c.cell.end)),
  );
  return [...fields, ...columns].filter((n) => n.raw.replace(/等$/u, '').length >= 2);
}

/** The written names of a document with the verdict of the resolver the extractors use. */
export function agencyNames(text: string, segments: Segment[], ctx: DocContext, glossary: AgencyGlossary): AgencyNames {
  const verdict = (raw: string): NameVerdict => {
    if (resolveAgency(raw, ctx, glossary)) return 'body';
    const name = cleanMention(raw).name;
    const collective =
      isCollective(name, glossary) || isCollectiveName(name) || (ctx.register?.isCollective(name) ?? false);
    return collective ? 'collective' : 'unresolved';
  };
  return { names: writtenNames(text, segments), verdict };
}
