// Traditional → simplified at character level, so the normalised text keeps one UTF-16 code unit per
// code unit of the cleaned original (offsets stay 1:1). Phrase-level vocabulary (資訊 → 信息) is not
// done here: it belongs in the dictionaries' aliases. Also tells Hans from Hant.
import { openccConverters, type ScriptConverters } from '../../../core/chinese-script.ts';
import type { Script } from '../../../core/model.ts';

export { openccConverters, type ScriptConverters };

function isIdeograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const UNKNOWN = -1;

/** A per-code-unit table filled lazily: each distinct character is converted once. */
class CharTable {
  private readonly table = new Int32Array(0x10000).fill(UNKNOWN);
  constructor(private readonly convert: (text: string) => string) {}

  map(code: number): number {
    let mapped = this.table[code] ?? UNKNOWN;
    if (mapped === UNKNOWN) {
      const out = this.convert(String.fromCharCode(code));
      mapped = out.length === 1 ? out.charCodeAt(0) : code; // keep 1:1: ignore one-to-many results
      this.table[code] = mapped;
    }
    return mapped;
  }
}

const tables = new WeakMap<ScriptConverters, { simplified: CharTable; traditional: CharTable }>();

function tablesFor(converters: ScriptConverters): { simplified: CharTable; traditional: CharTable } {
  let t = tables.get(converters);
  if (!t) {
    t = { simplified: new CharTable(converters.toSimplified), traditional: new CharTable(converters.toTraditional) };
    tables.set(converters, t);
  }
  return t;
}

/** Converts every traditional character to its simplified form; same length as the input. */
export function simplifyCharacters(text: string, converters: ScriptConverters = openccConverters()): string {
  const { simplified } = tablesFor(converters);
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isIdeograph(code)) continue;
    const mapped = simplified.map(code);
    if (mapped === code) continue;
    parts.push(text.slice(last, i), String.fromCharCode(mapped));
    last = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

export interface ScriptCounts {
  traditional: number; // characters that only traditional text uses (they change under t → s)
  simplified: number; // characters that only simplified text uses (they change under s → t)
}

export function countScriptCharacters(
  text: string,
  converters: ScriptConverters = openccConverters(),
  limit = 1 << 20,
): ScriptCounts {
  const { simplified, traditional } = tablesFor(converters);
  const counts: ScriptCounts = { traditional: 0, simplified: 0 };
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isIdeograph(code)) continue;
    if (simplified.map(code) !== code) counts.traditional++;
    else if (traditional.map(code) !== code) counts.simplified++;
  }
  return counts;
}

/** Hant when traditional-only characters outnumber simplified-only ones (Hans for text without any). */
export function detectScript(text: string, converters: ScriptConverters = openccConverters()): Script {
  const counts = countScriptCharacters(text, converters);
  return counts.traditional > counts.simplified ? 'Hant' : 'Hans';
}
