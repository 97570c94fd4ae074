// The signature block (GB/T 9704-2012 §7.3.5: 发文机关署名 above 成文日期), as copies print it: the
// issuer and the date on two lines, a person signing an order ("省长 马兴瑞") above the date, or both on
// one line, spaced ("国务院办公厅           2018年7月24日") or glued to the last sentence of a flattened
// document ("…认真贯彻落实。国务院办公厅2020年5月31日（此件公开发布）"). Pure.
import { ANY_DATE, parseDate } from './dates.ts';
import { isSentence } from './lines.ts';
import { ISSUER_END_RE } from './vocabulary.ts';

export interface Signature {
  signer: string | null; // the text above or before the date: an issuer, a person, or a run ending in one
  issuer: string | null; // the signer when it is the name of a body
  date: string; // ISO
  line: number;
  kind: 'signature' | 'date-line'; // date-line: a date on its own line with no signer above it
}

const PUBLISHED = String.raw`(?:[（(]此件[^）)\n]{0,8}[）)])?`;
const DATE_ONLY = new RegExp(String.raw`^(${ANY_DATE})[\s\u3000]{0,10}${PUBLISHED}$`, 'u');
const INLINE = new RegExp(
  String.raw`(?:^|[。！？；：:\s\u3000\u00a0])([\u4e00-\u9fa5（）()、]{2,40})[\s\u3000\u00a0]{0,60}(${ANY_DATE})[\s\u3000\u00a0]{0,10}${PUBLISHED}$`,
  'u',
);
const TAIL = 200;
const SIGNER_MAX = 40;

/** The name of a body, as a signature or a title prints it. */
export function looksLikeIssuer(s: string): boolean {
  return s.length >= 2 && s.length <= SIGNER_MAX && !isSentence(s) && !/[:：]/u.test(s) && ISSUER_END_RE.test(s);
}

/** A person signing: a short run of characters without punctuation ("省长 马兴瑞"). */
function looksLikeSigner(s: string): boolean {
  return s.length >= 2 && s.length <= 20 && !isSentence(s) && !/[:：]/u.test(s) && !/\d/u.test(s);
}

function previousNonBlank(lines: readonly string[], i: number): string | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const line = (lines[k] ?? '').trim();
    if (line !== '') return line;
  }
  return null;
}

function signatureAt(lines: readonly string[], i: number): Signature | null {
  const line = (lines[i] ?? '').trim();
  if (line === '' || !/日/u.test(line)) return null;
  const only = DATE_ONLY.exec(line);
  if (only) {
    const date = parseDate(only[1] as string);
    if (!date) return null;
    const above = previousNonBlank(lines, i);
    const signer = above !== null && looksLikeSigner(above.replace(/\s+/gu, ' ')) ? above : null;
    const issuer = above !== null && looksLikeIssuer(above) ? above : null;
    return { signer: issuer ?? signer, issuer, date, line: i, kind: issuer || signer ? 'signature' : 'date-line' };
  }
  const inline = INLINE.exec(line.slice(-TAIL));
  if (!inline) return null;
  const date = parseDate(inline[2] as string);
  if (!date) return null;
  const signer = inline[1] as string;
  return { signer, issuer: looksLikeIssuer(signer) ? signer : null, date, line: i, kind: 'signature' };
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
