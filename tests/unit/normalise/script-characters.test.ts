// The loader's default character tables (data/encoding/script-characters.json) are OpenCC's: every
// ideograph maps as OpenCC's converters map it one character at a time, in both directions, and the
// default converters read and convert as OpenCC's do.
import { describe, expect, it } from 'vitest';
import { characterTables, isIdeograph, openccConverters } from '../../../core/chinese-script.ts';
import {
  countScriptCharacters,
  defaultConverters,
  scriptTables,
  simplifyCharacters,
} from '../../../graph-loader/src/normalise/script.ts';

const IDEOGRAPHS = Array.from({ length: 0x10000 }, (_, c) => c).filter(isIdeograph);

describe('default script tables', () => {
  const opencc = characterTables(openccConverters());
  const stored = scriptTables(defaultConverters());

  it.each(['simplified', 'traditional'] as const)('map every ideograph as OpenCC does (%s)', (direction) => {
    const differ = IDEOGRAPHS.filter((c) => stored[direction].map(c) !== opencc[direction].map(c));
    expect(differ.map((c) => String.fromCharCode(c))).toEqual([]);
  });

  it('simplify, count and convert as the OpenCC converters do', () => {
    const text = '中華人民共和國國務院關於印發《中國（上海）自由貿易試驗區總體方案》的通知 海关总署';
    expect(simplifyCharacters(text)).toBe(simplifyCharacters(text, openccConverters()));
    expect(simplifyCharacters(text)).toBe(
      '中华人民共和国国务院关于印发《中国（上海）自由贸易试验区总体方案》的通知 海关总署',
    );
    expect(countScriptCharacters(text)).toEqual(countScriptCharacters(text, openccConverters()));
    expect(defaultConverters().toTraditional('发展')).toBe(openccConverters().toTraditional('发展'));
  });
});
