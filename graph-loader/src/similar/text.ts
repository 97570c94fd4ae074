// The text a measure is compared by: its own words (sub-measures cut out), without the parts every plan
// writes differently for the same reform — numbering, agency tags, deadlines, labels such as 落实举措 —
// and without punctuation or spaces. Pure string functions over the vocabulary in
// data/dictionaries/similarity.json.
import vocabulary from '../../../data/dictionaries/similarity.json' with { type: 'json' };

export interface SimilarityVocabulary {
  /** labels that open an agency or deadline tag: "(牵头单位:…  责任单位:…)" */
  tagLabels: string[];
  /** words that label parts of a measure in one plan's layout ("落实举措") */
  boilerplate: string[];
  /** top-level sections whose items are not reforms (总则, 附则, 法律责任, 保障措施…) */
  skipSections: string[];
  /** measures shorter than this (after stripping) are not compared */
  minChars: number;
}

export const SIMILARITY_VOCABULARY: SimilarityVocabulary = vocabulary;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function tagPattern(labels: string[]): RegExp {
  const names = labels.map(escape).join('|');
  // a bracketed tag holding a label, closed or left open at the end of the text
  return new RegExp(`[(（][^()（）]*(?:${names})[^()（）]*(?:[)）]|$)`, 'g');
}

const CN = '[一二三四五六七八九十百零〇两]+';
/** numbering at the start of the text or after a sentence break: 一、 （一） (1) 1. 1、 ① 第一条 */
const NUMBERING = new RegExp(
  `(^|[。；;：:！!？?\\s])\\s*(?:第${CN}[章节条部分]+|${CN}[、．.]|[（(]\\s*${CN}\\s*[）)]|[（(]\\s*[0-9０-９]{1,3}\\s*[）)]|[0-9０-９]{1,3}[、．.](?![0-9０-９])|[①-⑳])`,
  'g',
);
/** dates and deadlines: 2021年8月底前, 2022年6月30日, 2023年上半年 */
const DATES =
  /[0-9０-９]{4}\s*年(?:\s*[0-9０-９]{1,2}\s*月)?(?:\s*[0-9０-９]{1,2}\s*日)?(?:上半年|下半年|底|末|初|中)?(?:前|以前|之前)?/g;
/** anything that is not a letter or a digit (punctuation, spaces, symbols) */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export interface TextCleaner {
  (text: string): string;
}

/** A cleaner for a vocabulary: text in, the comparable character string out. */
export function textCleaner(vocab: SimilarityVocabulary = SIMILARITY_VOCABULARY): TextCleaner {
  const tags = tagPattern(vocab.tagLabels);
  const boilerplate = vocab.boilerplate.length > 0 ? new RegExp(vocab.boilerplate.map(escape).join('|'), 'g') : null;
  return (text: string): string => {
    let t = text.replace(tags, ' ');
    t = t.replace(NUMBERING, '$1 ');
    t = t.replace(DATES, ' ');
    if (boilerplate) t = t.replace(boilerplate, ' ');
    return t.replace(NON_WORD, '').toLowerCase();
  };
}

/** True when a measure sits in a section whose items are not reforms ("第六章 法律责任", "附 则"). */
export function inSkippedSection(section: string | null | undefined, vocab = SIMILARITY_VOCABULARY): boolean {
  if (!section) return false;
  const title = section.replace(/\s+/g, '').replace(new RegExp(`^第${CN}[章节部分篇]`), '');
  return vocab.skipSections.some((s) => title.startsWith(s));
}

/** A measure's own text: its text with the spans of its sub-measures cut out. Offsets are into the
 *  document text, as Measure.start/end are. */
export function ownText(
  measure: { text: string; start: number },
  children: readonly { start: number; end: number }[],
): string {
  const sorted = [...children].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = measure.start;
  for (const child of sorted) {
    if (child.start >= pos) out += measure.text.slice(pos - measure.start, child.start - measure.start);
    pos = Math.max(pos, child.end);
  }
  return out + measure.text.slice(Math.max(0, pos - measure.start));
}
