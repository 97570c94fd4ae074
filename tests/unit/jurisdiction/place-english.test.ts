// A place in English by its pinyin, for the places the glossary has no English name for.
import { describe, expect, it } from 'vitest';
import { placeInPinyin } from '../../../graph-loader/src/lang/place-english.ts';

describe('placeInPinyin', () => {
  it.each([
    ['合肥市', 'Hefei'],
    ['深圳市', 'Shenzhen'],
    ['重庆市', 'Chongqing'],
    ['厦门市', 'Xiamen'],
    ['西安市', "Xi'an"],
    ['六安市', "Lu'an"],
    ['奉贤区', 'Fengxian'],
    ['阿坝藏族羌族自治州', 'Aba'],
    ['中国（上海）自由贸易试验区', null],
  ])('%s → %s', (name, en) => {
    expect(placeInPinyin(name)).toBe(en);
  });
});
