// Document metadata from the header (graph-loader/src/header): title, document number, issuer,
// date, addressees, each with where it was found. The manifest overrides each field. The Document
// id is the policy id of its number, else of its title, so a citation meets it.

import { relationship } from '../fragment/build.ts';
import { type Header, readHeader } from '../header/index.ts';
import {
  type DocumentProps,
  type Fragment,
  type GraphNode,
  type Script,
  makeId,
  typedNode,
} from '../../../core/model.ts';
import type { MetadataEntry } from '../lang/metadata.ts';
import { resolveAgency } from './agencies.ts';
import { citationKey } from './citations.ts';
import { evidenceSpan } from './spans.ts';
import type { AgencyGlossary, DocContext, DocPrefixEntry, ManifestEntry } from '../types.ts';

export interface DocumentMeta {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
}

export interface HeaderOptions {
  manifest?: ManifestEntry;
  metadata?: readonly MetadataEntry[]; // fields of the export metadata normalisation removed
  prefixes?: readonly DocPrefixEntry[];
}

/** The header of a normalised text (see header/index.ts). */
export function documentHeader(text: string, options: HeaderOptions = {}): Header {
  return readHeader({ text, ...options });
}

/** The four Document fields of a header; the title is '' when none was found. */
export function metaOf(header: Header): DocumentMeta {
  return {
    title: header.title ?? '',
    docNumber: header.docNumber,
    issuer: header.issuer,
    issuedOn: header.issuedOn,
  };
}

export function documentMeta(text: string, manifest?: ManifestEntry): DocumentMeta {
  return metaOf(documentHeader(text, { manifest }));
}

/** The header as Document properties: the transmitting notice, addressees, and where each field was
 *  found ("title:title-line") and which were not. */
export function headerProps(header: Header): GraphNode['properties'] {
  return {
    noticeTitle: header.noticeTitle,
    titleAlternatives: header.titleAlternatives,
    addressees: header.addressees,
    headerSources: Object.entries(header.sources).map(([field, source]) => `${field}:${source}`),
    headerMissing: [...header.missing],
  };
}

/** Warnings for a header the loader could not read (the caller names the file). */
export function headerWarnings(header: Header): string[] {
  const out: string[] = [];
  if (!header.title) out.push('no title found in the header; the file name is used as the title');
  const missing = header.missing.filter((f) => f === 'docNumber' || f === 'issuer' || f === 'issuedOn');
  if (missing.length === 3)
    out.push(
      'no document number, issuer or date found in the header (no 发文字号, signature, date line or front matter)',
    );
  return out;
}

/** The Document id: policy:<citationKey(docNumber ?? title)>, falling back to the file name. */
export function documentId(meta: DocumentMeta, file: string): string {
  const key = meta.docNumber ?? (meta.title || file.replace(/^.*[\\/]/, ''));
  return makeId.policy(citationKey(key));
}

export interface DocumentInput {
  file: string;
  text: string;
  script: Script;
  sha256: string;
  encoding: string;
}

export function documentProps(meta: DocumentMeta, input: DocumentInput): DocumentProps {
  return {
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issuedOn: meta.issuedOn,
    file: input.file,
    script: input.script,
    sha256: input.sha256,
    encoding: input.encoding,
    text: input.text,
    kind: 'document',
  };
}

/** (Document)-[:ISSUED_BY]->(Agency) from the issuer: evidence is the line that names it, or
 *  nothing when only the manifest says so. */
export function issuerFragment(
  meta: DocumentMeta,
  docId: string,
  text: string,
  ctx: DocContext,
  glossary: AgencyGlossary,
): Fragment {
  const fragment: Fragment = { nodes: [], relationships: [] };
  // joint issuers are joined by 、
  for (const name of meta.issuer?.split('、') ?? []) {
    const agency = resolveAgency(name, ctx, glossary);
    if (!agency) continue;
    const at = text.indexOf(name);
    const lineEnd = at < 0 ? -1 : text.indexOf('\n', at);
    const span =
      at < 0 ? { evidence: '', start: 0, end: 0 } : evidenceSpan(text, at, lineEnd < 0 ? text.length : lineEnd);
    fragment.nodes.push(typedNode('Agency', agency.id, agency.props));
    fragment.relationships.push(
      relationship('ISSUED_BY', docId, agency.id, docId, span, at < 0 ? 'manifest' : 'structure'),
    );
  }
  return fragment;
}
