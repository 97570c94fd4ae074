// Header fields and where each was found (reported on the Document and in the understanding report).
import type { MetadataSource } from '../lang/metadata.ts';

export const HEADER_FIELDS = ['title', 'docNumber', 'issuer', 'issuedOn', 'addressees'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** Where a header field was found. */
export type HeaderSource =
  | 'manifest' // data/plans/manifest.json
  | MetadataSource // front-matter, export-header (北大法宝), page-meta (web page fields)
  | 'title-line' // the title line (a 文号 glued to it, an issuer in "X关于…")
  | 'notice-title' // the 《》 or 关于印发X的通知 of a transmitting notice's title
  | 'transmittal-sentence' // the 《》 of "现将《X》印发给你们"
  | 'attachment-title' // the transmitted text's own title line
  | 'doc-number-line' // a 发文字号 on its own line
  | 'order' // "X令（第N号）"
  | 'promulgation-note' // "（2011年12月15日X令第61号公布…）"
  | 'issuer-mark' // 发文机关标志 "X文件"
  | 'signature' // 发文机关署名 and 成文日期
  | 'date-line' // a date on its own line in the head
  | 'adoption-line' // "…人民代表大会常务委员会第N次会议通过"
  | 'doc-prefix' // the 文号 prefix table (data/dictionaries/doc-prefixes.json)
  | 'distribution-footer' // 版记 印发日期: "X办公厅 2018年10月16日印发"
  | 'addressee-line'; // 主送机关

export interface Candidate {
  value: string;
  source: HeaderSource;
  issuer?: string | null; // an order or promulgation note also names its issuer
  date?: string | null; // and its date
}

export function firstOf(candidates: readonly Candidate[]): Candidate | null {
  return candidates.find((c) => c.value.trim() !== '') ?? null;
}
