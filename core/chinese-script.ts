// OpenCC's traditional ↔ simplified converters, shared by the loader (normalise/script.ts converts
// plans character by character with them) and the query service (search input, query parameters).
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
