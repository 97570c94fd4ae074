// One form for comparing two printings of a title or name: full-width → half-width (NFKC), every
// bracket kind → (), dashes → -, curly and straight quotes → ", 《》〈〉 and whitespace dropped. Only
// for comparing; values keep the form the document prints. Pure.

const BRACKETS: Record<string, string> = { '〔': '(', '〕': ')', '[': '(', ']': ')', '【': '(', '】': ')' };

export function normaliseForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[〔〕[\]【】]/gu, (c) => BRACKETS[c] ?? c)
    .replace(/[—–－‐-]+/gu, '-')
    .replace(/[“”"「」『』]/gu, '"')
    .replace(/[‘’']/gu, "'")
    .replace(/[《》〈〉\s]/gu, '');
}
