// Byte- and text-level checks that tell a text file from a binary one, with the line of the problem.

/** 1-based line of a byte offset (counts LF bytes before it; fine for ASCII-compatible encodings). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a string index. */
export function lineOfIndex(text: string, index: number): number {
  let line = 1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < index) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}

export interface NulPattern {
  count: number;
  first: number; // byte offset of the first NUL, -1 when none
  /** the UTF-16 byte order the NULs suggest (ASCII characters have one zero byte), if any */
  utf16: 'UTF-16LE' | 'UTF-16BE' | null;
}

/** Where NUL bytes sit: none in text encodings but UTF-16/32; alternating in BOM-less UTF-16. */
export function nulPattern(bytes: Uint8Array, sampleBytes = 1 << 20): NulPattern {
  let count = 0;
  let first = -1;
  let odd = 0;
  const end = Math.min(bytes.length, sampleBytes);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (first === -1) first = i;
    count++;
    if (i % 2 === 1) odd++;
  }
  if (count === 0 && bytes.length > end) {
    const rest = bytes.indexOf(0, end);
    if (rest !== -1) return { count: 1, first: rest, utf16: null };
  }
  let utf16: NulPattern['utf16'] = null;
  if (count > 0 && bytes.length % 2 === 0) {
    if (odd >= count * 0.98) utf16 = 'UTF-16LE';
    else if (odd <= count * 0.02) utf16 = 'UTF-16BE';
  }
  return { count, first, utf16 };
}

/** C0 controls other than tab, LF, VT, FF, CR (VT and FF are line and page breaks in Word and PDF
 *  copies), DEL, and the C1 range that only mis-decoded bytes produce. */
export function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return code >= 0x7f && code <= 0x9f;
}

export interface ControlScan {
  count: number;
  first: number; // string index of the first control character, -1 when none
}

export function scanControls(text: string): ControlScan {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    if (first === -1) first = i;
    count++;
  }
  return { count, first };
}
