// Chinese numerals as official documents write them (一、 （十二） 第一百零一条 2021年八月): shared by the
// segmenter (numbering markers) and extraction (deadlines), below both.

/** The value of each Chinese digit, with the zeros copies print (〇, the circle ○, a letter O). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99, 一百零一 → 101; null if not a Chinese numeral. */
export function chineseToNumber(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + current;
}
