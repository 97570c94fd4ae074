// Traditional → simplified at character level, so the normalised text keeps one UTF-16 code unit per
// code unit of the cleaned original (offsets stay 1:1). Phrase-level vocabulary (資訊 → 信息) is not
// done here: it belongs in the dictionaries' aliases. Also tells Hans from Hant.
import {
  characterTables,
  isIdeograph,
  openccConverters,
  simplifyCharacters,
  type ScriptConverters,
} from '../../../core/chinese-script.ts';
import type { Script } from '../../../core/model.ts';

export { openccConverters, simplifyCharacters, type ScriptConverters };

export interface ScriptCounts {
  traditional: number; // characters that only traditional text uses (they change under t → s)
  simplified: number; // characters that only simplified text uses (they change under s → t)
}

export function countScriptCharacters(
  text: string,
  converters: ScriptConverters = openccConverters(),
  limit = 1 << 20,
): ScriptCounts {
  const { simplified, traditional } = characterTables(converters);
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
