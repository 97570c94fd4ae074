// Bytes → text. Byte-order marks first; then strict UTF-8; otherwise the detector (chardet) proposes
// and a score of the decoded text confirms (Big5 bytes decode as GB18030 without an error, into
// rare characters). Empty, binary and undecodable input throws a named error with file and line.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { BinaryFileError, EmptyFileError, EncodingError } from '../../../core/errors.ts';
import { lineOfByte, lineOfIndex, nulPattern, scanControls } from './binary.ts';
import { scoreText } from './text-score.ts';

export const ENCODINGS = ['UTF-8', 'UTF-8-BOM', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string; // without the byte-order mark
  encoding: EncodingName;
  warnings: string[];
}

/** iconv-lite's names; GB18030 is a superset of GBK and GB2312, so it decodes all three. */
const ICONV_NAME: Record<EncodingName, string> = {
  'UTF-8': 'utf8',
  'UTF-8-BOM': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

const SAMPLE_BYTES = 256 * 1024;
/** Characters of a UTF-8 reading scored to confirm it (valid UTF-8 is strong evidence already). */
const SAMPLE_CHARS = 64 * 1024;
/** Below this score no supported encoding gives readable text. */
const MIN_SCORE = 0.5;

interface Bom {
  encoding: EncodingName | 'UTF-32';
  length: number;
}

function detectBom(b: Uint8Array): Bom | null {
  if (
    b.length >= 4 &&
    ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) ||
      (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))
  ) {
    return { encoding: 'UTF-32', length: 4 };
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'UTF-8-BOM', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return null;
}

function decodeAs(encoding: EncodingName, bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return iconv.decode(buffer, ICONV_NAME[encoding], { stripBOM: false });
}

/** Strict UTF-8 (null when any sequence is invalid). */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The decoded start of the bytes, without the last characters a cut may have split. */
function sampleText(encoding: EncodingName, bytes: Uint8Array): string {
  if (bytes.length <= SAMPLE_BYTES) return decodeAs(encoding, bytes);
  return decodeAs(encoding, bytes.subarray(0, SAMPLE_BYTES)).slice(0, -4);
}

interface Candidate {
  encoding: EncodingName;
  score: number;
}

/** The detector's proposals that we support, then GB18030 and Big5 always, best score first. */
function rankLegacy(bytes: Uint8Array): { ranked: Candidate[]; detected: string | null } {
  const matches = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  const proposed = matches
    .map((m) => m.name as string)
    .filter((n): n is EncodingName => (ENCODINGS as readonly string[]).includes(n));
  const names = [...new Set<EncodingName>([...proposed, 'GB18030', 'Big5'])].filter((n) => !n.startsWith('UTF-8'));
  const ranked = names.map((encoding) => ({ encoding, score: scoreText(sampleText(encoding, bytes)).score }));
  ranked.sort((a, b) => b.score - a.score); // stable: ties keep the detector's order
  return { ranked, detected: matches[0]?.name ?? null };
}

/** Checks the decoded text: controls mean binary, U+FFFD from a legacy decoder means bad bytes. */
function checkText(file: string, text: string, encoding: EncodingName, warnings: string[]): void {
  const controls = scanControls(text);
  if (controls.count > Math.max(8, text.length / 1000)) {
    const code = text.charCodeAt(controls.first).toString(16).toUpperCase().padStart(4, '0');
    throw new BinaryFileError(
      file,
      lineOfIndex(text, controls.first),
      `binary content: ${controls.count} control characters (first U+${code}), not a text file`,
    );
  }
  if (controls.count > 0) {
    warnings.push(`${file}:${lineOfIndex(text, controls.first)}: ${controls.count} stray control character(s) dropped`);
  }
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1 && !encoding.startsWith('UTF-8')) {
    throw new EncodingError(
      file,
      lineOfIndex(text, bad),
      `invalid ${encoding} byte sequence: the file is not valid in any supported encoding`,
    );
  }
  if (bad !== -1)
    warnings.push(`${file}:${lineOfIndex(text, bad)}: the text already contains U+FFFD replacement characters`);
  if (!/\S/.test(text)) throw new EmptyFileError(file, 1, 'the file contains only whitespace');
}

function decodeWithBom(file: string, bytes: Uint8Array, bom: Bom): Decoded {
  if (bom.encoding === 'UTF-32') throw new EncodingError(file, 1, 'UTF-32 is not supported: save the file as UTF-8');
  const body = bytes.subarray(bom.length);
  if (body.length === 0) throw new EmptyFileError(file, 1, 'the file holds only a byte-order mark');
  const strict = bom.encoding === 'UTF-8-BOM' ? tryUtf8(body) : decodeAs(bom.encoding, body);
  if (strict === null) {
    const loose = decodeAs(bom.encoding, body);
    throw new EncodingError(
      file,
      lineOfIndex(loose, loose.indexOf('\uFFFD')),
      'invalid UTF-8 byte sequence after a UTF-8 byte-order mark',
    );
  }
  const warnings: string[] = [];
  checkText(file, strict, bom.encoding, warnings);
  return { text: strict, encoding: bom.encoding, warnings };
}

/** BOM-less UTF-16 or a binary file. The NULs of ASCII characters (line breaks, digits) suggest a byte
 *  order, but Chinese characters such as U+4E00 carry NULs of the other parity, so both orders of an
 *  even-length file are scored and the one that reads as text wins. */
function decodeWithNuls(file: string, bytes: Uint8Array): Decoded {
  const nul = nulPattern(bytes);
  const orders: ('UTF-16LE' | 'UTF-16BE')[] =
    nul.utf16 === 'UTF-16BE' ? ['UTF-16BE', 'UTF-16LE'] : bytes.length % 2 === 0 ? ['UTF-16LE', 'UTF-16BE'] : [];
  const best = orders
    .map((encoding) => ({ encoding, score: scoreText(sampleText(encoding, bytes)).score }))
    .sort((a, b) => b.score - a.score)[0];
  if (best && best.score >= 0.8) {
    const text = decodeAs(best.encoding, bytes);
    const warnings = [`${file}: ${best.encoding} without a byte-order mark`];
    checkText(file, text, best.encoding, warnings);
    return { text, encoding: best.encoding, warnings };
  }
  throw new BinaryFileError(file, lineOfByte(bytes, nul.first), `binary file: NUL byte at offset ${nul.first}`);
}

/** Share of control bytes (other than tab, LF, VT, FF, CR) in the sample: text has almost none. */
function controlByteShare(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) controls++;
  }
  return end === 0 ? 0 : controls / end;
}

function decodeLegacy(file: string, bytes: Uint8Array, ranking = rankLegacy(bytes)): Decoded {
  const { ranked, detected } = ranking;
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) {
    const sample = decodeAs('GB18030', bytes.subarray(0, SAMPLE_BYTES));
    const line = lineOfIndex(sample, Math.max(0, sample.search(/[\uFFFD\uE000-\uF8FF]/)));
    if (controlByteShare(bytes) > 0.01 || !detected) {
      throw new BinaryFileError(file, line, 'binary file: not text in UTF-8, UTF-16, GB18030/GBK or Big5');
    }
    throw new EncodingError(
      file,
      line,
      `unsupported encoding (the detector suggests ${detected}): save the file as UTF-8, GB18030/GBK or Big5`,
    );
  }
  const text = decodeAs(best.encoding, bytes);
  const warnings: string[] = [];
  checkText(file, text, best.encoding, warnings);
  return { text, encoding: best.encoding, warnings };
}

/** Text that is UTF-8 but for some bytes: when UTF-8 still reads better than any legacy encoding,
 *  a file cut inside its last character loads with a warning, other bad bytes fail at their line.
 *  Null when the bytes are not UTF-8 at all. */
function decodeBrokenUtf8(file: string, bytes: Uint8Array, legacy: Candidate | undefined): Decoded | null {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const score = scoreText(lenient.slice(0, SAMPLE_CHARS)).score;
  if (legacy && legacy.score >= score) return null;
  const bad = lenient.indexOf('\uFFFD');
  if (bad === lenient.length - 1) {
    const text = lenient.slice(0, -1);
    const warnings = [
      `${file}:${lineOfIndex(text, text.length)}: the file ends inside a character (truncated?); the incomplete bytes were dropped`,
    ];
    checkText(file, text, 'UTF-8', warnings);
    return { text, encoding: 'UTF-8', warnings };
  }
  throw new EncodingError(file, lineOfIndex(lenient, bad), 'invalid UTF-8 byte sequence in an otherwise UTF-8 file');
}

/** Decodes the bytes of a plan. Throws EmptyFileError, BinaryFileError or EncodingError. */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new EmptyFileError(file, 1, 'empty file (0 bytes)');
  const bom = detectBom(bytes);
  if (bom) return decodeWithBom(file, bytes, bom);
  if (nulPattern(bytes).count > 0) return decodeWithNuls(file, bytes);
  const utf8 = tryUtf8(bytes);
  if (utf8 === null) {
    const ranking = rankLegacy(bytes);
    return decodeBrokenUtf8(file, bytes, ranking.ranked[0]) ?? decodeLegacy(file, bytes, ranking);
  }
  const utf8Score = scoreText(utf8.slice(0, SAMPLE_CHARS)).score;
  if (utf8Score < 0.9) {
    // A short legacy-encoded text can be valid UTF-8 by chance: let the better reading win.
    const ranking = rankLegacy(bytes);
    const legacy = ranking.ranked[0];
    if (legacy && legacy.score > utf8Score + 0.2) return decodeLegacy(file, bytes, ranking);
  }
  const warnings: string[] = [];
  checkText(file, utf8, 'UTF-8', warnings);
  return { text: utf8, encoding: 'UTF-8', warnings };
}
