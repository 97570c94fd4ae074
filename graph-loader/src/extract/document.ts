// Document metadata from the head of a plan: title, document number (郑政办〔2018〕94号), issuer
// ("郑州市人民政府办公厅文件"), date (a date line or 编稿时间). The manifest overrides each field.
// The Document id is the policy id of its number, else of its title, so a citation meets it.

import { relationship } from '../fragment/build.ts';
import { type DocumentProps, type Fragment, type Script, makeId, typedNode } from '../../../core/model.ts';
import { resolveAgency } from './agencies.ts';
import { citationKey } from './citations.ts';
import { evidenceSpan } from './spans.ts';
import type { AgencyGlossary, DocContext, ManifestEntry } from '../types.ts';

export interface DocumentMeta {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
}

const HEAD_LINES = 40;
const PLAN_WORD_RE =
  /(方案|规划|意见|通知|报告|办法|计划|措施|纲要|细则|决定|要点|清单|条例|规定)(（[^）]*）|\([^)]*\))?$/;
const DOC_NUMBER_RE = /^[\u4e00-\u9fa5]{1,10}[〔[［【(（]\d{4}[〕\]］】)）]\s*\d*\s*号$/;
const ISSUER_RE = /^(.{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|委员会|办公室|办公厅|局|厅|委|部|署))(?:文件)?$/;
const DATE_LINE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发)?$/;
const EDIT_DATE_RE = /(?:编稿时间|发布时间|发布日期|成文日期)[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})/;

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** Removes Markdown heading marks and the spaces a PDF left between Chinese characters. */
function cleanTitle(s: string): string {
  return s
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .replace(/([\u4e00-\u9fa5）)])\s+([\u4e00-\u9fa5（(])/g, '$1$2')
    .trim();
}

/** The lines before the first numbered heading or the first long paragraph. */
function headLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n').slice(0, HEAD_LINES)) {
    const line = raw.trim();
    if (/^(#+\s*)?([一二三四五六七八九十]+、|第[一二三四五六七八九十]+章)/.test(line)) break;
    out.push(line);
  }
  return out;
}

function findTitle(lines: string[]): string | null {
  const candidates: string[] = [];
  lines.forEach((line, i) => {
    const t = cleanTitle(line);
    if (t.length < 4 || t.length > 80 || /[。，,；]/.test(t) || !PLAN_WORD_RE.test(t)) return;
    // a title broken over two short lines: 中国（河南）…郑州片区 / 金水区块实施方案
    const prev = i > 0 ? cleanTitle(lines[i - 1]) : '';
    const joined =
      prev && prev.length <= 40 && !/[。，,；：:]/.test(prev) && !PLAN_WORD_RE.test(prev) && !/文件$/.test(prev)
        ? prev + t
        : t;
    candidates.push(joined);
  });
  return candidates.find((c) => !/^关于/.test(c)) ?? candidates[0] ?? null;
}

export function documentMeta(text: string, manifest?: ManifestEntry): DocumentMeta {
  const lines = headLines(text);
  const docNumber = lines.map(cleanTitle).find((l) => DOC_NUMBER_RE.test(l)) ?? null;
  const issuerLine = lines.map(cleanTitle).find((l) => /文件$/.test(l) && ISSUER_RE.test(l));
  const issuer = issuerLine ? (ISSUER_RE.exec(issuerLine)?.[1] ?? null) : null;
  const date =
    lines
      .map(cleanTitle)
      .map((l) => DATE_LINE_RE.exec(l))
      .find((m) => m) ?? EDIT_DATE_RE.exec(text.slice(0, 2000));
  const issuedOn = date ? `${date[1]}-${pad(date[2])}-${pad(date[3])}` : null;
  return {
    title: manifest?.title ?? findTitle(lines) ?? '',
    docNumber: manifest?.docNumber ?? docNumber,
    issuer: manifest?.issuer ?? issuer,
    issuedOn: manifest?.issuedOn ?? issuedOn,
  };
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
  if (!meta.issuer) return { nodes: [], relationships: [] };
  const agency = resolveAgency(meta.issuer, ctx, glossary);
  if (!agency) return { nodes: [], relationships: [] };
  const at = text.indexOf(meta.issuer);
  const lineEnd = at < 0 ? -1 : text.indexOf('\n', at);
  const span =
    at < 0 ? { evidence: '', start: 0, end: 0 } : evidenceSpan(text, at, lineEnd < 0 ? text.length : lineEnd);
  return {
    nodes: [typedNode('Agency', agency.id, agency.props)],
    relationships: [relationship('ISSUED_BY', docId, agency.id, docId, span, at < 0 ? 'manifest' : 'structure')],
  };
}
