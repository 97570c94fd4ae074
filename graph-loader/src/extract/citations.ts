// extractCitations: cited documents (《…》 titles with the number in the brackets that follow, bare
// document numbers) → Policy{kind:'document'} nodes, Document|Measure-CITES->Policy (the innermost
// measure when inside one) and Policy-ISSUED_BY->Agency. Short references ("《总体方案》", a
// "以下简称" name, the plan a cited notice issues) resolve back to the full citation; the document's
// own title is not a citation of itself. Ids: makeId.policy(citationKey(number or title)). Pure.

import { makeId, typedNode } from '../../../core/model.ts';
import type { Fragment, GraphNode, GraphRelationship } from '../../../core/model.ts';
import {
  issuerBefore,
  issuerNode,
  issuerRightBefore,
  jointIssuers,
  looksLikeIssuer,
  prefixEntry,
} from './citation-issuer.ts';
import {
  citationKey,
  formatDocNumber,
  normaliseTitle,
  parseDocNumber,
  titleIssuer,
  unwrapNotice,
} from './citation-key.ts';
import type { DocNumber } from './citation-key.ts';
import { type KnownDocument, knownDocuments, lookupKnown } from './citation-known.ts';
import { type RawCitation, scanCitations } from './citation-scan.ts';
import type { TermExtractor, TermInput } from '../types.ts';
import { innermostMeasure, relationship } from './term-text.ts';

export { citationKey, parseDocNumber } from './citation-key.ts';
export type { DocNumber } from './citation-key.ts';

interface Cited {
  key: string;
  title: string | null;
  number: DocNumber | null;
  numberText: string | null;
  issuer: string | null;
  issuerInText: boolean; // the text names the issuer or writes the number (ISSUED_BY needs evidence)
  names: Set<string>; // normalised titles and short names this citation answers to
  aliases: Set<string>; // as written
}

const DOC_TYPE_RE =
  /(?:方案|意见|通知|办法|规定|条例|法|规划|计划|决定|细则|清单|目录|措施|纲要|指引|指南|协定|报告|建议|公告|批复|函|标准|制度|规则|准则|安排|图谱|白皮书|纪要|通报|决议|章程|守则)$/;
const TRAILER_RE = /(?:（(?:试行|暂行|修订|修正|征求意见稿|草案)）|\d{4}(?:年版|版|年)?|（\d{4}年?）)+$/;

/** Is a title a document (plan, rule, report…) rather than a case, a periodical or a slogan? */
export function isDocumentTitle(title: string): boolean {
  return DOC_TYPE_RE.test(normaliseTitle(title).replace(TRAILER_RE, ''));
}

/** Normalised forms of the document's own title: it does not cite itself. */
function selfNames(title: string): Set<string> {
  const t = normaliseTitle(title.replace(/^#+\s*/, ''));
  const inner = unwrapNotice(t)?.inner;
  const names = new Set([t, inner ?? t].filter((s) => s.length >= 4));
  for (const n of [...names]) names.add(n.replace(TRAILER_RE, ''));
  return names;
}

const OWN_BEFORE_RE = /(?:特|现|本|并)(?:编制|制定|制订|印发)$/;
const OWN_AFTER_RE = /^(?:（[^）]*）)?\s*(?:已经[^，。]{0,12}同意|现印发给你们|印发给你们)/;

/** "特编制《…》", "《…》已经市政府同意，现印发给你们": the document names itself. */
function isOwnTitle(text: string, raw: RawCitation): boolean {
  return (
    OWN_BEFORE_RE.test(text.slice(Math.max(0, raw.start - 6), raw.start)) ||
    OWN_AFTER_RE.test(text.slice(raw.end, raw.end + 30))
  );
}

function findKnown(cited: readonly Cited[], title: string): Cited | undefined {
  for (let i = cited.length - 1; i >= 0; i--) if (cited[i]?.names.has(title)) return cited[i];
  if (title.length > 12) return undefined;
  for (let i = cited.length - 1; i >= 0; i--) {
    const c = cited[i] as Cited;
    if ([...c.names].some((n) => n.length > title.length && n.endsWith(title))) return c;
  }
  return undefined;
}

function newCited(
  raw: RawCitation,
  title: string | null,
  number: DocNumber | null,
  text: string,
  input: TermInput,
  registered: KnownDocument | undefined,
): Cited {
  const complete = number && number.serial !== null ? formatDocNumber(number) : null;
  const key = citationKey(complete ?? title ?? raw.number ?? '');
  const notice = title ? unwrapNotice(title) : null;
  const fromPrefix = number ? (prefixEntry(number.prefix, input.dicts.docPrefixes)?.issuer ?? null) : null;
  const candidates = [
    notice?.issuer ?? null,
    title ? titleIssuer(title) : null,
    title ? issuerBefore(text, raw.titleStart) : null,
    title ? issuerRightBefore(text, raw.titleStart) : null,
  ];
  const named = candidates.find(looksLikeIssuer) ?? null;
  const issuer = named ?? fromPrefix;
  const issuerInText = named !== null || (fromPrefix !== null && raw.number !== null);
  const names = new Set<string>(
    [title, notice?.inner, raw.shortName ? normaliseTitle(raw.shortName) : null].filter((s): s is string => !!s),
  );
  const aliases = new Set<string>(
    [raw.title, notice?.inner, raw.shortName, raw.number].filter((s): s is string => !!s && s !== title),
  );
  if (registered) {
    // one set of properties for a known document, whichever plan cites it and however
    for (const t of registered.titles) names.add(t);
    const [canonical, ...others] = registered.titles;
    const props = { key, title: canonical ?? title, number, numberText: complete, issuer, issuerInText };
    return { ...props, names, aliases: new Set(others) };
  }
  return { key, title, number, numberText: complete ?? raw.number, issuer, issuerInText, names, aliases };
}

/** Each raw citation → its Cited record (new or resolved back to an earlier one), or null. */
function resolveAll(input: TermInput, raws: readonly RawCitation[]): { raw: RawCitation; cited: Cited }[] {
  const self = selfNames(input.ctx.title);
  const known = knownDocuments(input.dicts.docPrefixes);
  const cited: Cited[] = [];
  const out: { raw: RawCitation; cited: Cited }[] = [];
  for (const raw of raws) {
    const title = raw.title ? normaliseTitle(raw.title) : null;
    const written = raw.number ? parseDocNumber(raw.number) : null;
    const registered = lookupKnown(known, title, written, (t) => t.replace(TRAILER_RE, ''));
    const number = written ?? registered?.number ?? null;
    // a case, a slogan or a periodical is not a citation, unless its publisher is named with it
    if (title && !number && !isDocumentTitle(title) && !issuerRightBefore(input.text, raw.titleStart)) continue;
    if (title && (self.has(title) || self.has(title.replace(TRAILER_RE, '')) || isOwnTitle(input.text, raw))) continue;
    const earlier =
      !number && title
        ? findKnown(cited, title)
        : cited.find(
            (c) =>
              number && c.number && formatDocNumber(c.number) === formatDocNumber(number) && number.serial !== null,
          );
    if (earlier) {
      if (raw.shortName) earlier.names.add(normaliseTitle(raw.shortName));
      out.push({ raw, cited: earlier });
      continue;
    }
    const c = newCited(raw, title, number, input.text, input, registered);
    cited.push(c);
    out.push({ raw, cited: c });
  }
  return out;
}

function policyNode(c: Cited): GraphNode {
  return typedNode('Policy', makeId.policy(c.key), {
    title: c.title,
    docNumber: c.numberText,
    issuer: c.issuer,
    year: c.number?.year ?? null,
    kind: 'document',
    aliases: [...c.aliases],
  });
}

export const extractCitations: TermExtractor = (input: TermInput): Fragment => {
  const resolved = resolveAll(
    input,
    scanCitations(
      input.text,
      input.dicts.docPrefixes.map((p) => p.prefix),
    ),
  );
  const nodes = new Map<string, GraphNode>();
  const relationships: GraphRelationship[] = [];
  const seen = new Set<string>();
  for (const { raw, cited } of resolved) {
    const id = makeId.policy(cited.key);
    nodes.set(id, policyNode(cited));
    const from = innermostMeasure(input.segments, raw.start, raw.end)?.id ?? input.ctx.docId;
    const base = {
      text: input.text,
      docId: input.ctx.docId,
      at: { start: raw.start, end: raw.end },
      method: 'citation' as const,
    };
    if (!seen.has(`${from}|${id}`)) relationships.push(relationship({ ...base, type: 'CITES', from, to: id }));
    seen.add(`${from}|${id}`);
    if (!cited.issuer || !cited.issuerInText || seen.has(`issuer|${id}`)) continue;
    seen.add(`issuer|${id}`);
    const level = cited.number ? prefixEntry(cited.number.prefix, input.dicts.docPrefixes)?.level : undefined;
    for (const issuer of jointIssuers(cited.issuer, input.ctx)) {
      const agency = issuerNode(issuer, input.ctx, input.dicts, level);
      nodes.set(agency.id, agency);
      relationships.push(relationship({ ...base, type: 'ISSUED_BY', from: id, to: agency.id }));
    }
  }
  return { nodes: [...nodes.values()], relationships };
};
