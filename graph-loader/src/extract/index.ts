// extractDocument: one normalised plan text → its property-graph fragment. Pure: the pipeline
// (parse-plan.ts) decodes, normalises and passes the script converter in; the loader writes. Document
// node, measure hierarchy, agencies with their roles, then the term extractors (zones, industries,
// instruments, citations), merged and de-duplicated.

import { relationship, measureNodes, structureRelationships } from '../fragment/build.ts';
import { mergeFragments, mergeNodes } from '../fragment/merge.ts';
import { typedNode } from '../../../core/model.ts';
import type { AgencyProps, Fragment, GraphNode, Script, UnderstandingReport } from '../../../core/model.ts';
import type { Header } from '../header/index.ts';
import type { MetadataEntry } from '../lang/metadata.ts';
import { segment } from '../segment/index.ts';
import { noStructureReason } from '../segment/report.ts';
import { dedupeFacts, findAssignments } from './assignments.ts';
import { mergeAgencies } from './agency-merge.ts';
import { extractCitations } from './citations.ts';
import { documentContext } from './context.ts';
import {
  documentHeader,
  documentId,
  documentProps,
  headerProps,
  headerWarnings,
  issuerFragment,
  metaOf,
} from './document.ts';
import { documentClauses } from './clauses.ts';
import { extractIndustries } from './industries.ts';
import { extractInstruments } from './instruments.ts';
import { measureExtras } from './measures.ts';
import { composeReport, reportProps, structureOfFragment } from './understanding.ts';
import { findTableAssignments } from './table-assignments.ts';
import { findFooterAgencies } from './footers.ts';
import { findFunctionLists } from './function-lists.ts';
import { findMentions } from './mentions.ts';
import { agencyNames } from './written-names.ts';
import type { DocContext, Dictionaries, ManifestEntry, Segment, TermInput } from '../types.ts';
import { extractZones } from './zones.ts';

export interface ExtractInput {
  file: string;
  text: string; // normalised, simplified
  script: Script;
  sha256: string;
  encoding: string;
  manifest?: ManifestEntry;
  dicts: Dictionaries;
  /** simplified → traditional, for a traditional plan's agency aliases (parsePlan passes the
   *  converters it normalised with; without it a Hant plan's agencies get no traditional aliases) */
  toTraditional?: (text: string) => string;
  metadata?: readonly MetadataEntry[]; // export metadata normalisation removed (front matter, 北大法宝 fields)
}

export interface Extracted {
  fragment: Fragment;
  warnings: string[];
  header?: Header; // the header read, with where each field came from (extractDocument always sets it)
  report?: UnderstandingReport; // what was understood (extractDocument always sets it; also on the Document)
}

function withTraditional(props: AgencyProps, toTraditional: (s: string) => string): string[] {
  const forms = [props.name, props.shortName, ...props.aliases];
  const extra = forms.map(toTraditional).filter((t) => !forms.includes(t));
  return [...new Set([...props.aliases, ...extra])];
}

/** The whole text as one scope, named by the Document id (only for finding mentions). */
function wholeDocument(docId: string, text: string): Segment {
  return {
    id: docId,
    path: '',
    number: '',
    title: '',
    text,
    start: 0,
    end: text.length,
    depth: 0,
    kind: 'section',
    parentId: null,
    section: '',
  };
}

function agencyFragment(text: string, segments: Segment[], ctx: DocContext, input: ExtractInput): Extracted {
  const assign = { text, segments, ctx, glossary: input.dicts.agencies };
  const explicit = [
    ...findAssignments(assign),
    ...findTableAssignments(assign),
    ...findFooterAgencies(text, ctx, input.dicts.agencies),
  ];
  const spans = documentClauses(text).map((c): [number, number] => [c.start, c.end]);
  // a plan without any numbering: its running text still names agencies, found on the Document
  const scope = segments.length > 0 ? assign : { ...assign, segments: [wholeDocument(ctx.docId, text)] };
  const mentions = [...findMentions(scope, spans), ...findFunctionLists(scope)];
  const merged = mergeAgencies(dedupeFacts([...explicit, ...mentions]), input.dicts.agencies, input.file, {
    text,
    ctx,
  });
  // masked names (**海关) are kept as written and flagged, never guessed; a traditional-script plan
  // adds the traditional spelling of each name (the normalised text it was found in is simplified)
  const traditional = input.script === 'Hant' ? (input.toTraditional ?? null) : null;
  const nodes: GraphNode[] = merged.agencies.map((a) => {
    const aliases = traditional ? withTraditional(a.props, traditional) : a.props.aliases;
    return typedNode('Agency', a.id, { ...a.props, aliases, masked: a.props.name.includes('**') });
  });
  const relationships = dedupeFacts(merged.facts).map((f) =>
    relationship(f.role, f.agency.id, f.measureId, ctx.docId, f.evidence, f.method, { mention: f.mention.raw }),
  );
  return { fragment: { nodes, relationships }, warnings: merged.warnings };
}

export function extractDocument(input: ExtractInput): Extracted {
  const { text, file, manifest, dicts } = input;
  const header = documentHeader(text, { manifest, metadata: input.metadata, prefixes: dicts.docPrefixes });
  const meta = metaOf(header);
  const title = meta.title || file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const docId = documentId({ ...meta, title }, file);
  const segments = segment(text, docId);
  const headerContext = {
    issuers: meta.issuer ? meta.issuer.split('、') : [],
    docNumber: meta.docNumber,
    addressees: header.addressees,
  };
  const ctx = documentContext({ text, file, title, docId, manifest, dicts, header: headerContext });
  const extras = measureExtras(text, segments);
  const measures: Fragment = {
    nodes: measureNodes(text, segments, docId, extras),
    relationships: structureRelationships(segments, docId, text),
  };
  const agencies = agencyFragment(text, segments, ctx, input);
  const terms: TermInput = { text, segments, ctx, dicts };
  const termFragments = [extractZones, extractIndustries, extractInstruments, extractCitations].map((fn) => fn(terms));
  const issuer = issuerFragment({ ...meta, title }, docId, text, ctx, dicts.agencies);
  const facts = mergeFragments([measures, agencies.fragment, issuer, ...termFragments]);
  // the understanding report: what was found, and a warning for what was not (no structure, no header)
  const headProps = headerProps(header);
  const noHeader = headerWarnings(header);
  const structure = structureOfFragment(text, segments, facts, agencyNames(text, segments, ctx, dicts.agencies));
  const report = composeReport(headProps, structure, noHeader);
  const docNode = typedNode(
    'Document',
    docId,
    { ...documentProps({ ...meta, title }, input), ...headProps, ...reportProps(report) },
    ['Policy'],
  );
  // facts are merged already (one relationship per key): only the Document node joins them
  const fragment = { nodes: mergeNodes([docNode, ...facts.nodes]), relationships: facts.relationships };
  const warnings = [...agencies.warnings]; // parsePlan adds the header warnings
  if (segments.length === 0)
    warnings.push(`${file}: ${noStructureReason(text)}; the plan is one document without measures`);
  else if (structure.warning) warnings.push(`${file}: ${structure.warning}`);
  return { fragment, warnings, header, report };
}
