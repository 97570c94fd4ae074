// The signature block (GB/T 9704-2012 §7.3.5: 发文机关署名 above 成文日期), as copies print it: the
// issuer and the date on two lines, a person signing an order ("省长 马兴瑞") above the date, or both on
// one line, spaced ("国务院办公厅           2018年7月24日") or glued to the last sentence of a flattened
// document ("…认真贯彻落实。国务院办公厅2020年5月31日（此件公开发布）"). Pure.
import { ANY_DATE, parseDate } from './dates.ts';
import { cleanLine, isSentence } from './lines.ts';
import { ISSUER_END_RE } from './vocabulary.ts';

export interface Signature {
  signer: string | null; // the text above or before the date: an issuer, a person, or a run ending in one
  issuer: string | null; // the signer when it is the name of a body
  date: string; // ISO
  line: number;
  kind: 'signature' | 'date-line'; // date-line: a date on its own line with no signer above it
  noted?: boolean; // followed by the publication note （此件公开发布）: a signature wherever it sits
}

const PUBLISHED = String.raw`(?:[（(]此件[^）)\n]{0,8}[）)])?`;
const DATE_ONLY = new RegExp(String.raw`^(${ANY_DATE})[\s\u3000]{0,30}${PUBLISHED}$`, 'u');
const INLINE = new RegExp(
  String.raw`(?:^|[。！？；：:\s\u3000\u00a0])([\u4e00-\u9fa5（）()、]{2,40})[\s\u3000\u00a0]{0,60}(${ANY_DATE})[\s\u3000\u00a0]{0,30}${PUBLISHED}$`,
  'u',
);
const NOTED = new RegExp(
  String.raw`(?:^|[。！？；：:\s\u3000\u00a0])([\u4e00-\u9fa5（）()、]{2,40})[\s\u3000\u00a0]{0,60}(${ANY_DATE})[\s\u3000\u00a0]{0,30}[（(]此件[^）)\n]{0,8}[）)]$`,
  'u',
);
const TAIL = 200;
const TAIL_DATE = 50; // the date's 日 sits within this many characters of the line's end
const SIGNER_MAX = 40;

/** The name of a body, as a signature or a title prints it. */
export function looksLikeIssuer(s: string): boolean {
  return s.length >= 2 && s.length <= SIGNER_MAX && !isSentence(s) && !/[:：]/u.test(s) && ISSUER_END_RE.test(s);
}

/** A person signing an order: a post and a name, spaced ("省长 马兴瑞", "市长 张某某"). */
function looksLikeSigner(s: string): boolean {
  return /^[\u4e00-\u9fa5]{1,10}[\s\u3000\u00a0]+[\u4e00-\u9fa5·]{2,6}$/u.test(s);
}

const MAX_JOINT = 4;

function previousNonBlank(lines: readonly string[], i: number): number | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if ((lines[k] ?? '').trim() !== '') return k;
  return null;
}

/** The bodies signing above line i: one per line (joint issues stack them), or several on one
 *  line separated by spaces; joined by 、. */
function issuersAbove(lines: readonly string[], i: number): string | null {
  const names: string[] = [];
  let k = previousNonBlank(lines, i);
  while (k !== null && names.length < MAX_JOINT) {
    const raw = (lines[k] ?? '').trim();
    const parts = raw.split(/[\s\u3000\u00a0]{2,}/u).map(cleanLine);
    if (!parts.every((p) => looksLikeIssuer(p))) break;
    names.unshift(...parts);
    k = previousNonBlank(lines, k);
  }
  return names.length > 0 ? names.join('、') : null;
}

function signatureAt(lines: readonly string[], i: number): Signature | null {
  const line = (lines[i] ?? '').trim();
  const inside = noteInside(line, i);
  if (inside) return inside;
  // a signature line ends with its date, or with the publication note after it
  if (!/[日）)]$/u.test(line) || !line.slice(-TAIL_DATE).includes('日')) return null;
  const only = DATE_ONLY.exec(line);
  if (only) {
    const date = parseDate(only[1] as string);
    if (!date) return null;
    const k = previousNonBlank(lines, i);
    const above = k === null ? null : (lines[k] ?? '').trim();
    const signer = above !== null && looksLikeSigner(above) ? above : null;
    const issuer = issuersAbove(lines, i);
    return { signer: issuer ?? signer, issuer, date, line: i, kind: issuer || signer ? 'signature' : 'date-line' };
  }
  const inline = INLINE.exec(line.slice(-TAIL));
  if (!inline) return null;
  const date = parseDate(inline[2] as string);
  if (!date) return null;
  const signer = inline[1] as string;
  const noted = /此件[^）)]{0,8}[）)]$/u.test(line);
  return { signer, issuer: looksLikeIssuer(signer) ? signer : null, date, line: i, kind: 'signature', noted };
}

/** A flattened document signs inside its one line, before "（此件公开发布）" and the attachment. */
function noteInside(line: string, i: number): Signature | null {
  const at = line.indexOf('此件');
  const end = at < 0 ? -1 : line.indexOf('）', at);
  if (at < 0 || end < 0 || end === line.length - 1) return null;
  const m = NOTED.exec(line.slice(Math.max(0, at - TAIL), end + 1));
  const date = m ? parseDate(m[2] as string) : null;
  if (!m || !date) return null;
  const signer = m[1] as string;
  return { signer, issuer: looksLikeIssuer(signer) ? signer : null, date, line: i, kind: 'signature', noted: true };
}

/** Every signature block and date line of the text, in order. */
export function findSignatures(text: string): Signature[] {
  const lines = text.split('\n');
  const out: Signature[] = [];
  for (let i = 0; i < lines.length; i++) {
    const s = signatureAt(lines, i);
    if (s) out.push(s);
  }
  return out;
}
