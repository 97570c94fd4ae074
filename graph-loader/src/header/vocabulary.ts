// The header vocabulary (data/dictionaries/header-vocabulary.json) as the patterns the header rules
// share: how a title ends (文种 or the name of a text, then a bracketed qualifier), how the name of
// an issuing body ends, the verbs of a transmitting notice.
import vocabulary from '../../../data/dictionaries/header-vocabulary.json' with { type: 'json' };

const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);

export const DOC_KIND_WORDS = byLength(vocabulary.docKinds.words);
export const INSTRUMENT_WORDS = byLength(vocabulary.instrumentKinds.words);
export const TRANSMITTAL_VERBS = byLength(vocabulary.transmittalVerbs.words);
export const ISSUER_SUFFIXES = byLength(vocabulary.issuerSuffixes.words);

const SUFFIX = vocabulary.titleSuffixes.pattern;
const KINDS = [...DOC_KIND_WORDS, ...INSTRUMENT_WORDS].join('|');

/** A title ends with a 文种 or the name of a text, then at most two bracketed qualifiers. */
export const TITLE_END_RE = new RegExp(`(?:${KINDS})(?:${SUFFIX}){0,2}$`, 'u');
/** A notice title ends with a 文种 (通知, 函, 意见…). */
export const NOTICE_END_RE = new RegExp(`(?:${DOC_KIND_WORDS.join('|')})(?:${SUFFIX}){0,2}$`, 'u');
/** The name of an issuing body ends with one of the suffixes. */
export const ISSUER_END_RE = new RegExp(`(?:${ISSUER_SUFFIXES.join('|')})$`, 'u');
/** X转发/批转Y的通知 (the transmitted text named without 关于 before the verb): group 2 is Y. */
export const FORWARD_RE = new RegExp(`^.{2,40}?(转发|批转)(.{2,120}?)的(通知|函)$`, 'u');
/** X印发《Y》的通知 (an issuing body, a transmitting verb, the text in 《》, no 关于): group 1 is X,
 *  group 2 the verb, group 3 Y with its 《》. */
export const ISSUED_RE = new RegExp(
  `^((?:(?!关于)[^《》]){2,40}?)(${TRANSMITTAL_VERBS.join('|')})(《[^《》]{2,118}》(?:[、和及]《[^《》]{2,118}》)*)的(通知|函)$`,
  'u',
);
/** 关于印发/转发…的通知: group 1 the verb, group 2 what is transmitted, group 3 the 文种. */
export const TRANSMITTAL_RE = new RegExp(
  `关于(${TRANSMITTAL_VERBS.join('|')})(.{2,120}?)的(${DOC_KIND_WORDS.join('|')})(?:${SUFFIX})?$`,
  'u',
);
