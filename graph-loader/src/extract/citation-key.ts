// Document numbers and citation keys. parseDocNumber reads 国发〔2017〕17号 in any bracket style
// (〔〕 [] () 【】 ［］ （）) and incomplete ones (湘政发〔2020〕 号 → serial null); citationKey gives the
// normalised key the Policy id is made of: the document number when it is complete, else the title
// without 《》, with （） for every bracket pair and without spaces. Pure.

export interface DocNumber {
  prefix: string; // 国发
  year: number; // 2017
  serial: number | null; // 17, or null when the number is missing (湘政发〔2020〕 号)
}

const YEAR_OPEN = '〔\\[［(（【';
const YEAR_CLOSE = '〕\\]］)）】';
/** prefix (CJK, 1–12 chars), year in any bracket, optional serial, 号. */
export const DOC_NUMBER_SOURCE = `([\\u4e00-\\u9fff]{1,12}?)\\s*[${YEAR_OPEN}]\\s*((?:19|20)\\d{2})\\s*[${YEAR_CLOSE}]\\s*(\\d{0,5})\\s*号`;
const WHOLE_RE = new RegExp(`^\\s*${DOC_NUMBER_SOURCE}\\s*$`, 'u');

export function parseDocNumber(s: string): DocNumber | null {
  const m = WHOLE_RE.exec(s.normalize('NFKC').replace(/[（]/g, '(').replace(/[）]/g, ')'));
  if (!m) return null;
  const serial = m[3] ? Number(m[3]) : null;
  return { prefix: m[1] as string, year: Number(m[2]), serial };
}

/** 国发〔2017〕17号; incomplete numbers keep their gap: 湘政发〔2020〕号. */
export function formatDocNumber(n: DocNumber): string {
  return `${n.prefix}〔${n.year}〕${n.serial ?? ''}号`;
}

const BRACKET_OPEN = /[(（［[【〔]/g;
const BRACKET_CLOSE = /[)）］\]】〕]/g;

/** A title as a key: no 《》, no spaces, every bracket pair as （）. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[《》〈〉]/g, '')
    .replace(/\s+/g, '')
    .replace(BRACKET_OPEN, '（')
    .replace(BRACKET_CLOSE, '）')
    .trim();
}

/** The key of a cited document or a loaded plan: a document number normalised to 〔〕
 *  (湘政发〔2020〕号 when the serial is missing), otherwise the normalised title. Callers that know
 *  both prefer the title over an incomplete number, which is not unique (extractCitations does). */
export function citationKey(titleOrNumber: string): string {
  const n = parseDocNumber(titleOrNumber);
  return n ? formatDocNumber(n) : normaliseTitle(titleOrNumber);
}

const WRAPPER_RE = /^(.*?)关于(?:印发|转发|发布|公布)(.+?)的(?:通知|决定|公告|函)$/u;

/** The document a notice issues: "国务院关于印发中国（河南）自由贸易试验区总体方案的通知" →
 *  { issuer: 国务院, inner: 中国（河南）自由贸易试验区总体方案 }. */
export function unwrapNotice(title: string): { issuer: string | null; inner: string } | null {
  const m = WRAPPER_RE.exec(normaliseTitle(title));
  if (!m) return null;
  const inner = (m[2] as string).replace(/^《(.+)》$/, '$1');
  return { issuer: m[1] ? (m[1] as string) : null, inner: normaliseTitle(inner) };
}

/** The issuer named at the head of a title: "河南省人民政府关于…" → 河南省人民政府. */
export function titleIssuer(title: string): string | null {
  const m = /^(.{2,40}?)关于/u.exec(normaliseTitle(title));
  return m ? (m[1] as string) : null;
}
