// OpenCC's traditional ↔ simplified converters and the one character-level simplification, shared by
// the loader (normalise/ converts plans with it) and the query service (search input, query
// parameters), so that what an analyst types and the stored text are converted alike: 乾隆 → 干隆 in
// both (OpenCC's phrase tables would keep 乾隆, the stored text has 干隆).
import * as OpenCC from 'opencc-js';

/** Whole-string converters (the loader calls them one character at a time, see normalise/script.ts). */
export interface ScriptConverters {
  toSimplified: (text: string) => string;
  toTraditional: (text: string) => string;
}

let defaults: ScriptConverters | null = null;

/** OpenCC's standard traditional ('t') ↔ mainland simplified ('cn') tables. The 'tw'/'hk' variants
 *  are left out on purpose: they would also rewrite characters that are correct in simplified text
 *  (著 in 显著 → 着). */
export function openccConverters(): ScriptConverters {
  defaults ??= {
    toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
    toTraditional: OpenCC.Converter({ from: 'cn', to: 't' }),
  };
  return defaults;
}

export function isIdeograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const UNKNOWN = -1;

/** A per-code-unit table filled lazily: each distinct character is converted once. */
export class CharTable {
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

/** The per-character tables of these converters (built once per converters object). */
export function characterTables(converters: ScriptConverters): { simplified: CharTable; traditional: CharTable } {
  let t = tables.get(converters);
  if (!t) {
    t = { simplified: new CharTable(converters.toSimplified), traditional: new CharTable(converters.toTraditional) };
    tables.set(converters, t);
  }
  return t;
}

/** Every ideograph of `text` through `table` (one character for one); the text itself when none changes. */
export function mapIdeographs(text: string, table: { map(code: number): number }): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isIdeograph(code)) continue;
    const mapped = table.map(code);
    if (mapped === code) continue;
    parts.push(text.slice(last, i), String.fromCharCode(mapped));
    last = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** Converts every traditional character to its simplified form; same length as the input. */
export function simplifyCharacters(text: string, converters: ScriptConverters = openccConverters()): string {
  return mapIdeographs(text, characterTables(converters).simplified);
}
