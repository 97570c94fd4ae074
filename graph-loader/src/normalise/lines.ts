// Line-level whitespace: one newline convention, no invisible characters, trimmed lines (tabs kept:
// they separate table cells), whitespace-only lines blank, runs of blank lines collapsed to one.

/** CR LF, CR, VT, FF, NEL, LS, PS → LF. */
export function unifyNewlines(text: string): string {
  return text.replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n');
}

/** Drops byte-order marks, zero-width spaces and stray control characters (never tab or LF). */
export function dropInvisible(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
    if (!control && code !== 0xfeff && code !== 0x200b) continue;
    out += text.slice(last, i);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Leading spaces (ASCII, no-break, ideographic) and trailing spaces removed; tabs are kept in table
 *  rows (an empty last cell) and dropped from the end of other lines; whitespace-only lines → ''. */
export function trimLine(line: string): string {
  const out = line.replace(/^[ \u00a0\u3000]+/, '').replace(/[ \u00a0\u3000]+$/, '');
  if (out.trim() === '') return '';
  const body = out.replace(/\t+$/, '');
  return body.includes('\t') ? out : body;
}

/** At most one blank line in a row, none at the start or the end. */
export function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
