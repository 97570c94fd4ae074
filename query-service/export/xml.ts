// XML text escaping for the GraphML and SVG writers: the five entities, and characters XML 1.0
// cannot carry (control characters other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF)
// dropped.
export function escapeXml(text: string): string {
  return dropInvalid(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dropInvalid(text: string): string {
  let out = '';
  for (const ch of text) {
    // iterating a string yields whole code points; a lone surrogate comes out as one unit
    const code = ch.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const surrogate = ch.length === 1 && code >= 0xd800 && code <= 0xdfff;
    if (!control && !surrogate && code !== 0xfffe && code !== 0xffff) out += ch;
  }
  return out;
}
