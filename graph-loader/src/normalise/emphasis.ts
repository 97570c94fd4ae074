// Markdown emphasis (**x**, __x__) → x. Care is needed because masked documents write hidden names
// as "**" ("**片区", "中国（**）自由贸易试验区**片区"): there, two masks on one line would look like
// an emphasis pair. A document that masks gets the strict rule: only a pair that opens the line and
// closes after sentence punctuation or at the end of the line ("**制度创新：**…", "**EWTO 功能区。**").

const MASK_HINT = /[（(]\*\*[）)]/;
const STRICT_PAIR =
  /^(#{1,6}\s+|[-+*]\s+|\d+[.．]\s*)?\*\*([^*\n]{1,80}?[。：:！？!?；;])\*\*|^(#{1,6}\s+|[-+*]\s+)?\*\*([^*\n]{1,80})\*\*$/;
const BOLD = /\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*/g;
const UNDERLINE = /(?<![\w])__(?=[^\s_])([^_\n]*?[^\s_])__(?![\w])/g;

/** True when the text uses "**" to mask names: a "（**）" or a line with an odd number of "**". */
export function usesMasks(lines: readonly string[]): boolean {
  for (const line of lines) {
    if (!line.includes('**')) continue;
    if (MASK_HINT.test(line)) return true;
    if ((line.match(/\*\*/g)?.length ?? 0) % 2 === 1) return true;
  }
  return false;
}

/** The line without emphasis markers; `masked` selects the strict rule. */
export function stripEmphasis(line: string, masked: boolean): string {
  if (!line.includes('**') && !line.includes('__')) return line;
  if (masked) {
    return line.replace(
      STRICT_PAIR,
      (_m, p1: string | undefined, t1: string | undefined, p2: string | undefined, t2: string | undefined) =>
        `${p1 ?? p2 ?? ''}${t1 ?? t2 ?? ''}`,
    );
  }
  return line.replace(BOLD, '$1').replace(UNDERLINE, '$1');
}
