// A notice that transmits a text (关于印发/转发《X》的通知): the Document is X. Its title comes from the
// 《》 of the notice title, else from the 《》 of the notice's transmitting sentence ("现将《X》印发给
// 你们", "《X》已经…同意，现印发给你们") when it names what the title names, else from the attachment's
// own title line (the next title in the head, or a line that reads X), else from the title itself
// (关于印发X的通知 → X). Without 关于 the notice is "X印发《Y》的通知" when X is the name of a body. Several texts: the first is the title, the others alternatives. Pure.
import { normaliseForMatch } from './normal-form.ts';
import { FORWARD_RE, ISSUED_RE, ISSUER_END_RE, TRANSMITTAL_RE } from './vocabulary.ts';

export type TransmittedSource = 'notice-title' | 'transmittal-sentence' | 'attachment-title';

export interface Transmitted {
  titles: string[];
  source: TransmittedSource;
}

const BOOK_TITLE = /《([^《》\n]{2,100})》/gu;
const SENTENCE = /(?:印发|转发|批转|发布|颁布|公布)/u;

function bookTitles(s: string): string[] {
  return [...s.matchAll(BOOK_TITLE)].map((m) => m[1] as string);
}

/** What a notice title transmits (without 《》), or null when it is not a transmitting notice. */
export function transmittedPart(noticeTitle: string): string | null {
  const m = TRANSMITTAL_RE.exec(noticeTitle) ?? FORWARD_RE.exec(noticeTitle);
  if (m) return m[2] as string;
  const issued = ISSUED_RE.exec(noticeTitle);
  return issued && ISSUER_END_RE.test(issued[1] as string) ? (issued[3] as string) : null;
}

/** The texts a transmitting notice carries. `after` are the lines after the notice title (its body
 *  and what follows), `nextTitle` the next title in the head. Null when the title transmits nothing. */
export function transmitted(
  noticeTitle: string,
  after: readonly string[],
  nextTitle: string | null,
): Transmitted | null {
  const part = transmittedPart(noticeTitle);
  if (part === null) return null;
  const inTitle = bookTitles(part);
  if (inTitle.length > 0) return { titles: inTitle, source: 'notice-title' };
  const wanted = normaliseForMatch(part);
  for (const line of after.slice(0, 12)) {
    if (!SENTENCE.test(line)) continue;
    const titles = bookTitles(line);
    const first = titles[0];
    if (first && wanted.startsWith(normaliseForMatch(first))) return { titles, source: 'transmittal-sentence' };
  }
  if (nextTitle) return { titles: [nextTitle], source: 'attachment-title' };
  const own = after.find((line) => normaliseForMatch(line) === wanted);
  if (own) return { titles: [own], source: 'attachment-title' };
  return { titles: [part], source: 'notice-title' };
}
