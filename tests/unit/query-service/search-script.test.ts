// Search input and saved-query parameters are simplified by the loader's own converter, character by
// character, so what an analyst types and the stored text agree — also where OpenCC's phrase tables
// would keep a traditional form (乾隆 stays 乾隆 as a phrase; the loader stores 干隆).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openccConverters, simplifyCharacters } from '../../../core/chinese-script.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { normaliseText } from '../../../query-service/saved-queries/params.ts';
import { simplify } from '../../../query-service/service.ts';
import { ROOT, SEED_DIR } from '../../fixtures/encoded-copies.ts';

const typed: { input: string; stored: string }[] = [
  { input: '乾隆', stored: '干隆' }, // the phrase table would keep 乾隆
  { input: '乾坤', stored: '干坤' },
  { input: '跨境電商', stored: '跨境电商' },
  { input: '岳陽海關', stored: '岳阳海关' },
  { input: '資訊 服務', stored: '资讯 服务' }, // vocabulary is the dictionaries' business, not the converter's
  { input: '跨境电商', stored: '跨境电商' }, // simplified input stays as it is
];

describe('search input is simplified like the stored text', () => {
  it.each(typed)('$input → $stored', ({ input, stored }) => {
    expect(simplify(input)).toBe(stored);
    expect(simplify(input)).toBe(simplifyCharacters(input));
    expect(normaliseText(input, 'simplified', simplify)).toBe(stored);
    expect(normaliseText(input, 'fulltext', simplify)).toBe(
      stored
        .split(' ')
        .map((w) => `"${w}"`)
        .join(' AND '),
    );
  });

  it('differs from the phrase tables where they keep a traditional form', () => {
    expect(openccConverters().toSimplified('乾隆')).toBe('乾隆');
    expect(simplify('乾隆')).not.toBe(openccConverters().toSimplified('乾隆'));
  });
});

// The traditional seed and the Taiwan regulation of the corpus: every sentence of the text as
// written, typed into search, becomes exactly the stored (normalised) sentence.
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

async function traditionalTexts(): Promise<{ name: string; text: string }[]> {
  const taiwan = (await readdir(CORPUS)).filter((f) => f.startsWith('15_') && /\.(txt|md)$/.test(f));
  const paths = [join(SEED_DIR, '002_bb333e7070ab7c6d.txt'), ...taiwan.map((f) => join(CORPUS, f))];
  return Promise.all(paths.map(async (p) => ({ name: p.split('/').pop() ?? p, text: await readFile(p, 'utf8') })));
}

describe.each(await traditionalTexts())('$name', ({ text }) => {
  const doc = normalise(text);
  const sentences = doc.original.split(/(?<=[。；\n])/).filter((s) => /[\u4e00-\u9fff]/.test(s));

  it('is traditional text with sentences to search', () => {
    expect(doc.script).toBe('Hant');
    expect(sentences.length).toBeGreaterThan(20);
  });

  it('every sentence typed into search equals the stored sentence', () => {
    let at = 0;
    for (const sentence of sentences) {
      const start = doc.original.indexOf(sentence, at);
      at = start + sentence.length;
      expect(simplify(sentence)).toBe(doc.text.slice(start, at));
    }
  });
});
