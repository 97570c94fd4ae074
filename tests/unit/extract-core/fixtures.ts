// Shared test fixtures: document contexts for the seeds' jurisdictions and a runner that turns a plan
// snippet into agency facts through the real segmenter and extractors.
import { dedupeFacts, findAssignments } from '../../../graph-loader/src/extract/assignments.ts';
import { findClauses } from '../../../graph-loader/src/extract/clauses.ts';
import { findFunctionLists } from '../../../graph-loader/src/extract/function-lists.ts';
import { findMentions } from '../../../graph-loader/src/extract/mentions.ts';
import { findTableAssignments } from '../../../graph-loader/src/extract/table-assignments.ts';
import type { DocContext } from '../../../graph-loader/src/types.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { readDicts } from './seed-text.ts';

export const DICTS = readDicts();
export const GLOSSARY = DICTS.agencies;

function ctx(province: string | null, city: string | null, district: string | null): DocContext {
  return {
    docId: 'policy:test',
    file: 'test.txt',
    title: 'test',
    province,
    city,
    district,
    zoneId: null,
    masked: false,
  };
}
export const YUEYANG = ctx('湖南省', '岳阳市', null);
export const JINSHUI = ctx('河南省', '郑州市', '金水区');
export const HAIDIAN = ctx('北京市', '北京市', '海淀区');

/** "ROLE agency-name method" for each fact found in a snippet, in text order. */
export function factsOf(text: string, context: DocContext = YUEYANG): string[] {
  const segments = segment(text, context.docId);
  const input = { text, segments, ctx: context, glossary: GLOSSARY };
  const explicit = [...findAssignments(input), ...findTableAssignments(input)];
  const spans = findClauses(text, 0, text.length).map((c): [number, number] => [c.start, c.end]);
  const facts = dedupeFacts([...explicit, ...findMentions(input, spans), ...findFunctionLists(input)]);
  return facts
    .sort((a, b) => a.mention.start - b.mention.start)
    .map((f) => `${f.role} ${f.agency.props.name} ${f.method}`);
}
