// A place of the gazetteer in English: its name without the level word, in Hanyu Pinyin without tones,
// as Chinese place names are romanised (合肥市 → Hefei, 六安市 → Lu'an, 奉贤区 → Fengxian). Pure; the
// pinyin comes from pinyin-pro, whose word dictionary reads 重庆, 厦门, 长沙 right.
import { pinyin } from 'pinyin-pro';
import { canonicalPlace } from './places.ts';

const LEVEL_RE =
  /(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|自治州|自治县|地区|新区|省|市|区|县|州|盟|旗)$/u;

export function placeInPinyin(name: string): string | null {
  // an autonomous prefecture by its place name alone (阿坝藏族羌族自治州 → 阿坝州 → Aba)
  const stem = canonicalPlace(name).replace(LEVEL_RE, '');
  if (!/^[\u4e00-\u9fff]{2,8}$/u.test(stem)) return null;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true });
  // a syllable that opens with a, o or e takes an apostrophe after the first (西安 → Xi'an)
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/u.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
