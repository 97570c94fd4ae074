import { describe, expect, it } from 'vitest';
import { pickMentions, readerSegments } from '../../../web/src/graph/reader-segments.ts';
import { labelName, preferredLang, relName, translate } from '../../../web/src/i18n/i18n.ts';
import { en, zh } from '../../../web/src/i18n/messages.ts';

const text = '由岳阳海关牵头，发展跨境电子商务。';
const mentions = [
  { nodeId: 'agency:岳阳海关', label: 'Agency', start: 1, end: 5 },
  { nodeId: 'agency:岳阳海关', label: 'Agency', start: 1, end: 5 }, // the same span from another relationship
  { nodeId: 'industry:跨境电子商务', label: 'Industry', start: 10, end: 16 },
  { nodeId: 'industry:电子商务', label: 'Industry', start: 12, end: 16 }, // overlaps the longer one
];

describe('plan reader segments', () => {
  it('keeps non-overlapping mentions, longest first', () => {
    expect(pickMentions(mentions, text.length).map((m) => m.nodeId)).toEqual([
      'agency:岳阳海关',
      'industry:跨境电子商务',
    ]);
  });

  it('cuts the text into plain, highlighted and marked runs that rebuild it', () => {
    const segments = readerSegments(text, mentions, { start: 0, end: 8 }, [{ id: 'measure:x#1', start: 0 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['岳阳海关', '跨境电子商务']);
    expect(
      segments
        .filter((s) => s.marked)
        .map((s) => s.text)
        .join(''),
    ).toBe('由岳阳海关牵头，');
    expect(segments[0].anchor).toBe('measure:x#1');
  });

  it('ignores a mark outside the text', () => {
    expect(readerSegments(text, [], { start: 5, end: 500 }).some((s) => s.marked)).toBe(false);
  });
});

describe('i18n', () => {
  it('has every key in both languages', () => expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort()));
  it('fills placeholders', () => {
    expect(translate('zh', 'rows', { n: 3 })).toBe('3 行');
    expect(translate('en', 'stateTruncated', { rowCap: 5000 })).toBe(
      'More than 5000 rows: the result was cut. Narrow the query.',
    );
  });
  it('names labels and relationship types', () => {
    expect(labelName('zh', 'Agency')).toBe('机构');
    expect(relName('en', 'LEADS')).toBe('leads');
    expect(relName('en', 'UNKNOWN')).toBe('UNKNOWN');
  });
  it('prefers English only when the browser asks first', () => {
    expect(preferredLang(['en-GB', 'zh'])).toBe('en');
    expect(preferredLang(['zh-CN'])).toBe('zh');
    expect(preferredLang([])).toBe('zh');
  });
});

describe('readable properties', () => {
  it('writes dates, areas, lists and booleans for people, in both languages', async () => {
    const { readableProps } = await import('../../../web/src/graph/format-props.ts');
    const props = {
      name: '岳阳片区',
      areaKm2: 19.94,
      aliases: ['岳阳', '岳阳片'],
      masked: false,
      text: 'long',
      issuedOn: '2021-01-19',
      empty: [],
    };
    expect(readableProps(props, 'zh')).toEqual([
      ['name', '岳阳片区'],
      ['issuedOn', '2021年1月19日'],
      ['aliases', '岳阳、岳阳片'],
      ['areaKm2', '19.94 km²'],
      ['masked', '否'],
    ]);
    expect(Object.fromEntries(readableProps(props, 'en')).issuedOn).toBe('19 Jan 2021');
  });
});
