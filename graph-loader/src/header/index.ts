// The header of an official document (GB/T 9704-2012 党政机关公文格式): title, 发文字号, issuer,
// 成文日期 and 主送机关, each with where it was found, and the fields not found. Rules, first found
// wins: the manifest overrides everything; then the text's own header (title line, 文号 line, order,
// 发文机关标志, signature block, adoption line, promulgation note); then the export's metadata (front
// matter, 北大法宝 fields, page fields); last the 文号 prefix table. A 印发/转发 notice transmits a text:
// the Document is that text, with the notice's number, issuer and date. Pure.
import type { DocPrefixEntry, ManifestEntry } from '../types.ts';
import { type MetadataEntry, type MetadataField, metadataEntries } from '../lang/metadata.ts';
import { addresseesIn } from './addressees.ts';
import { ANY_DATE, parseDate } from './dates.ts';
import { docNumbersIn, orderNumber, standaloneDocNumber } from './doc-number.ts';
import { adoptionIn, issuerFromMark, issuerFromPrefix, issuerFromTitle, promulgationIn } from './issuer.ts';
import { cleanLine, type HeadLine, headLines } from './lines.ts';
import { findSignatures, looksLikeIssuer, type Signature } from './signature.ts';
import { normaliseForMatch } from './normal-form.ts';
import { findTitle, type TitleHit } from './title.ts';
import { transmitted } from './transmittal.ts';
import { type Candidate, firstOf, type HeaderField, type HeaderSource, HEADER_FIELDS } from './types.ts';

export type { HeaderField, HeaderSource } from './types.ts';
export { HEADER_FIELDS } from './types.ts';

export interface Header {
  title: string | null; // the Document's title: for a transmitting notice, the text it carries
  noticeTitle: string | null; // the transmitting notice's own title
  titleAlternatives: string[]; // other texts the notice carries, then the notice title
  docNumber: string | null;
  issuer: string | null; // joint issuers joined by 、
  issuedOn: string | null; // ISO date
  addressees: string[];
  sources: Partial<Record<HeaderField, HeaderSource>>;
  missing: HeaderField[];
}

export interface HeaderInput {
  text: string; // normalised, simplified
  metadata?: readonly MetadataEntry[];
  prefixes?: readonly DocPrefixEntry[];
  manifest?: ManifestEntry;
}

const AFTER_TITLE = 80; // lines after the title searched for the transmitted text
const FOOTER_CHARS = 600; // the end of the text where the 版记 sits
const TAIL_LINES = 12; // non-blank lines at the end of the text where a closing signature sits

interface Reading {
  head: HeadLine[];
  titleHit: TitleHit | null;
  titleLine: number; // line index of the title in the text, -1 when none
  signature: Signature | null;
  dateLine: Signature | null;
  footerDate: string | null; // 版记: "X办公厅 2018年10月16日印发"
  lines: string[];
}

const FOOTER = new RegExp(`(${ANY_DATE})\\s{0,4}印发\\s*$`, 'mu');

/** The 印发日期 of the 版记 (GB/T 9704-2012 §8.3), the last date printed with 印发 at a line's end. */
function footerDate(text: string): string | null {
  const tail = text.slice(-FOOTER_CHARS);
  const m = FOOTER.exec(tail);
  return m ? parseDate(m[1] as string) : null;
}

/** The line number where the last TAIL_LINES non-blank lines of the text start. */
function tailStart(text: string): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] ?? '').trim() !== '' && ++seen >= TAIL_LINES) return i;
  return 0;
}

function read(text: string, prefixes: readonly DocPrefixEntry[]): Reading {
  const head = headLines(text);
  const titleHit = findTitle(head, prefixes);
  const titleLine = titleHit ? (head[titleHit.line]?.index ?? -1) : -1;
  const lastHead = head.at(-1)?.index ?? -1;
  // a signature closes the notice in the head or the document at its end; a date under a name in
  // the middle of the body (a table's deadline under its agency) is none
  const tail = tailStart(text);
  const signatures = findSignatures(text).filter((s) => s.line <= lastHead || s.line >= tail || s.noted);
  return {
    head,
    titleHit,
    titleLine,
    // a flattened document signs on its title's line
    signature: signatures.find((s) => s.kind === 'signature' && s.line >= titleLine) ?? null,
    dateLine: signatures.find((s) => s.kind === 'date-line' && s.line > titleLine && s.line <= lastHead) ?? null,
    lines: text.split('\n', titleLine + AFTER_TITLE + 1),
    footerDate: footerDate(text),
  };
}

/** A page field left in the text ("编稿时间: 2021-01-19 19:28 来源: X") is metadata too. */
function labelledFields(line: string): MetadataEntry[] {
  const entries = metadataEntries(line, 'page-meta');
  return entries.length > 0 && line.startsWith(entries[0]?.label ?? '\u0000') ? entries : [];
}

function meta(metadata: readonly MetadataEntry[], field: MetadataField): Candidate[] {
  return metadata.filter((m) => m.field === field).map((m) => ({ value: m.value, source: m.source }));
}

type Titles = Pick<Header, 'noticeTitle' | 'titleAlternatives'> & { title: Candidate | null };

function titles(r: Reading, metadata: readonly MetadataEntry[], prefixes: readonly DocPrefixEntry[]): Titles {
  const notice = r.titleHit?.title ?? meta(metadata, 'title')[0]?.value ?? null;
  if (notice === null) return { title: null, noticeTitle: null, titleAlternatives: [] };
  const after = r.lines.slice(r.titleLine + 1).map(cleanLine);
  const next = r.titleHit ? findTitle(r.head, prefixes, r.titleHit.line + 1) : null;
  const repeat = next !== null && normaliseForMatch(next.title) === normaliseForMatch(notice);
  const carried = transmitted(notice, after, next && !repeat ? next.title : null);
  const source: HeaderSource = r.titleHit ? 'title-line' : (meta(metadata, 'title')[0]?.source ?? 'title-line');
  if (!carried) return { title: { value: notice, source }, noticeTitle: null, titleAlternatives: [] };
  const [first, ...others] = carried.titles;
  return {
    title: first ? { value: first, source: carried.source } : null,
    noticeTitle: notice,
    titleAlternatives: [...others, notice],
  };
}

function numbers(r: Reading, prefixes: readonly DocPrefixEntry[], metadata: readonly MetadataEntry[]): Candidate[] {
  const out: Candidate[] = [];
  if (r.titleHit?.docNumber) out.push({ value: r.titleHit.docNumber, source: 'title-line' });
  const cleans = r.head.map((h) => h.clean);
  cleans.forEach((line, k) => {
    const alone = standaloneDocNumber(line, prefixes);
    if (alone) out.push({ value: alone, source: 'doc-number-line' });
    const order = orderNumber(cleans, k);
    if (order) out.push({ value: order.value, source: 'order', issuer: order.issuer, date: order.date });
    const note = promulgationIn(line);
    if (note) out.push({ value: note.docNumber, source: 'promulgation-note', issuer: note.issuer, date: note.date });
  });
  for (const m of meta(metadata, 'docNumber')) out.push({ ...m, value: standaloneDocNumber(m.value) ?? m.value });
  return out;
}

/** A signer that ends with a body named elsewhere is that body ("…典型做法国务院办公厅" → 国务院办公厅). */
function signer(r: Reading, known: readonly string[]): Candidate[] {
  const s = r.signature?.signer;
  if (!s) return [];
  const named = known.find((k) => s.endsWith(k));
  if (named) return [{ value: named, source: 'signature' }];
  return looksLikeIssuer(s) ? [{ value: s, source: 'signature' }] : [];
}

function issuers(r: Reading, notice: string | null, numbered: Candidate[], input: HeaderInput): Candidate[] {
  const mark = r.head.map((h) => issuerFromMark(h.clean)).find((x) => x !== null) ?? null;
  const fromTitle = notice ? issuerFromTitle(notice) : null;
  const adoption = r.head.map((h) => adoptionIn(h.clean)).find((x) => x !== null) ?? null;
  const prefix = numbered[0] ? issuerFromPrefix(numbered[0].value, input.prefixes ?? []) : null;
  const fromNumbers = numbered.flatMap((c) => (c.issuer ? [{ value: c.issuer, source: c.source }] : []));
  const known = [mark, fromTitle, prefix, ...fromNumbers.map((c) => c.value)].filter((x): x is string => !!x);
  const metadata = meta(input.metadata ?? [], 'issuer').flatMap((c) => {
    const parts = c.value.split(/[、,，;；\s]+/u).filter((p) => p !== '');
    return parts.length > 0 && parts.every(looksLikeIssuer) ? [{ value: parts.join('、'), source: c.source }] : [];
  });
  return [
    ...signer(r, known),
    ...(mark ? [{ value: mark, source: 'issuer-mark' as const }] : []),
    ...(fromTitle ? [{ value: fromTitle, source: 'title-line' as const }] : []),
    ...fromNumbers,
    ...(adoption ? [{ value: adoption.issuer, source: 'adoption-line' as const }] : []),
    ...metadata,
    ...(prefix ? [{ value: prefix, source: 'doc-prefix' as const }] : []),
  ];
}

/** 成文日期 under the signature; for a law or regulation (not a transmitting notice) the adoption
 *  date comes first: an order's signature is its promulgation. */
function dates(r: Reading, numbered: Candidate[], input: HeaderInput, transmits: boolean): Candidate[] {
  const adoption = r.head.map((h) => adoptionIn(h.clean)).find((x) => x?.date) ?? null;
  const out: Candidate[] = [];
  if (adoption?.date && !transmits) out.push({ value: adoption.date, source: 'adoption-line' });
  if (r.signature) out.push({ value: r.signature.date, source: 'signature' });
  if (r.dateLine) out.push({ value: r.dateLine.date, source: 'date-line' });
  if (adoption?.date) out.push({ value: adoption.date, source: 'adoption-line' });
  for (const c of numbered) if (c.date) out.push({ value: c.date, source: c.source });
  for (const m of meta(input.metadata ?? [], 'date')) {
    const value = parseDate(m.value);
    if (value) out.push({ value, source: m.source });
  }
  const printed = r.footerDate;
  if (printed) out.push({ value: printed, source: 'distribution-footer' });
  return out;
}

function addressees(r: Reading, prefixes: readonly DocPrefixEntry[]): string[] {
  const start = r.titleHit ? r.titleHit.line : -1;
  for (const h of r.head.slice(start + 1, start + 8)) {
    let line = h.clean;
    if (start >= 0 && h === r.head[start]) continue;
    if (line === '' || standaloneDocNumber(line, prefixes)) continue;
    const glued = docNumbersIn(line.slice(0, 200), prefixes)[0];
    if (glued && h.index === r.titleLine) line = line.slice(glued.end);
    const found = addresseesIn(line);
    if (found) return found;
  }
  const first = r.titleHit ? r.head[r.titleHit.line] : undefined;
  if (first && r.titleHit?.docNumber) {
    const glued = docNumbersIn(first.clean.slice(0, 200), prefixes)[0];
    if (glued) return addresseesIn(first.clean.slice(glued.end)) ?? [];
  }
  return [];
}

function manifestOr(value: string | undefined, found: Candidate | null): Candidate | null {
  return value ? { value, source: 'manifest' } : found;
}

/** The header of a normalised document. */
export function readHeader(input: HeaderInput): Header {
  const prefixes = input.prefixes ?? [];
  const r = read(input.text, prefixes);
  const metadata = [...(input.metadata ?? []), ...r.head.flatMap((h) => labelledFields(h.clean))];
  const withFields: HeaderInput = { ...input, metadata };
  const t = titles(r, metadata, prefixes);
  const numbered = numbers(r, prefixes, metadata);
  const notice = t.noticeTitle ?? t.title?.value ?? null;
  const m = input.manifest;
  const fields: Record<Exclude<HeaderField, 'addressees'>, Candidate | null> = {
    title: manifestOr(m?.title, t.title),
    docNumber: manifestOr(m?.docNumber, firstOf(numbered)),
    issuer: manifestOr(m?.issuer, firstOf(issuers(r, notice, numbered, withFields))),
    issuedOn: manifestOr(m?.issuedOn, firstOf(dates(r, numbered, withFields, t.noticeTitle !== null))),
  };
  const addressed = addressees(r, prefixes);
  const sources: Header['sources'] = {};
  for (const [field, c] of Object.entries(fields)) if (c) sources[field as HeaderField] = c.source;
  if (addressed.length > 0) sources.addressees = 'addressee-line';
  return {
    title: fields.title?.value ?? null,
    noticeTitle: t.noticeTitle,
    titleAlternatives: t.titleAlternatives,
    docNumber: fields.docNumber?.value ?? null,
    issuer: fields.issuer?.value ?? null,
    issuedOn: fields.issuedOn?.value ?? null,
    addressees: addressed,
    sources,
    missing: HEADER_FIELDS.filter((f) => !sources[f]),
  };
}
