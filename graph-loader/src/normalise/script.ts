// Traditional → simplified at character level, so the normalised text keeps one UTF-16 code unit per
// code unit of the cleaned original (offsets stay 1:1). Phrase-level vocabulary (資訊 → 信息) is not
// done here: it belongs in the dictionaries' aliases. Also tells Hans from Hant.
// The loader's default converters (defaultConverters) read their character tables from
// data/encoding/script-characters.json, OpenCC's character conversions derived once (the unit test
// tests/unit/normalise/script-characters.test.ts derives them again): OpenCC's converters are built
// only when a whole string is converted (a Hant plan's names), not in every parse worker.
import scriptData from '../../../data/encoding/script-characters.json' with { type: 'json' };
import {
  characterTables,
  isIdeograph,
  mapIdeographs,
  openccConverters,
  type ScriptConverters,
} from '../../../core/chinese-script.ts';
import type { Script } from '../../../core/model.ts';

export { openccConverters, type ScriptConverters };

export interface ScriptCounts {
  traditional: number; // characters that only traditional text uses (they change under t → s)
  simplified: number; // characters that only simplified text uses (they change under s → t)
}

interface CharMap {
  map(code: number): number;
}

/** A per-code-unit table: each listed character to its pair, every other to itself (0: unlisted;
 *  no pair is U+0000). */
class PairTable implements CharMap {
  private readonly table = new Uint16Array(0x10000);
  constructor(pairs: { from: string; to: string }) {
    for (let i = 0; i < pairs.from.length; i++) this.table[pairs.from.charCodeAt(i)] = pairs.to.charCodeAt(i);
  }
  map(code: number): number {
    return this.table[code] || code;
  }
}

let defaults: ScriptConverters | null = null;
let defaultTables: { simplified: CharMap; traditional: CharMap } | null = null;

/** OpenCC's converters, built on their first whole-string use; their character tables are the data's. */
export function defaultConverters(): ScriptConverters {
  defaults ??= {
    toSimplified: (text) => openccConverters().toSimplified(text),
    toTraditional: (text) => openccConverters().toTraditional(text),
  };
  return defaults;
}

/** The character tables of these converters: the data's for the default ones, else built from them. */
export function scriptTables(converters: ScriptConverters): { simplified: CharMap; traditional: CharMap } {
  if (converters !== defaultConverters()) return characterTables(converters);
  defaultTables ??= {
    simplified: new PairTable(scriptData.toSimplified),
    traditional: new PairTable(scriptData.toTraditional),
  };
  return defaultTables;
}

/** Converts every traditional character to its simplified form; same length as the input. */
export function simplifyCharacters(text: string, converters: ScriptConverters = defaultConverters()): string {
  return mapIdeographs(text, scriptTables(converters).simplified);
}

export function countScriptCharacters(
  text: string,
  converters: ScriptConverters = defaultConverters(),
  limit = 1 << 20,
): ScriptCounts {
  const { simplified, traditional } = scriptTables(converters);
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
export function detectScript(text: string, converters: ScriptConverters = defaultConverters()): Script {
  const counts = countScriptCharacters(text, converters);
  return counts.traditional > counts.simplified ? 'Hant' : 'Hans';
}
