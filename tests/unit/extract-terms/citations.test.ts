import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../graph-loader/src/extract/citations.ts';
import type { Fragment } from '../../../core/model.ts';
import { evidenceHolds, pairs, seg, termInput } from './helpers.ts';

function policies(f: Fragment): Record<string, unknown>[] {
  return f.nodes.filter((n) => n.labels.includes('Policy')).map((n) => ({ id: n.id, ...n.properties }));
}

describe('extractCitations: titles, numbers and issuers', () => {
  const cases: {
    name: string;
    text: string;
    policies: { id: string; docNumber: string | null; issuer: string | null }[];
  }[] = [
    {
      name: 'notice with a number in full-width brackets',
      text: '为贯彻落实《国务院关于印发中国（河南）自由贸易试验区总体方案的通知》（国发〔2017〕17号），制定本方案。',
      policies: [{ id: 'policy:国发〔2017〕17号', docNumber: '国发〔2017〕17号', issuer: '国务院' }],
    },
    {
      name: 'square-bracket year and ASCII parentheses',
      text: '根据《某省人民政府关于加快发展的意见》(豫政[2019]8号)执行。',
      policies: [{ id: 'policy:豫政〔2019〕8号', docNumber: '豫政〔2019〕8号', issuer: '某省人民政府' }],
    },
    {
      name: 'incomplete number keeps the title as key and the number as written',
      text: '按照《湖南省人民政府关于印发中国(湖南)自由贸易试验区实施方案的通知》(湘政发〔2020〕 号)文件。',
      policies: [
        {
          id: 'policy:湖南省人民政府关于印发中国（湖南）自由贸易试验区实施方案的通知',
          docNumber: '湘政发〔2020〕 号',
          issuer: '湖南省人民政府',
        },
      ],
    },
    {
      name: 'issuer from the prefix table when the title does not name it',
      text: '鼓励符合《湖南省金融发展专项资金管理办法》(湘财金〔2019〕36号)规定的机构。',
      policies: [{ id: 'policy:湘财金〔2019〕36号', docNumber: '湘财金〔2019〕36号', issuer: '湖南省财政厅' }],
    },
    {
      name: 'issuer written before 关于印发《…》的通知',
      text: '根据湖南省工业和信息化厅关于印发《湖南省绿色设计产品评价管理办法》的通知,认定产品。',
      policies: [{ id: 'policy:湖南省绿色设计产品评价管理办法', docNumber: null, issuer: '湖南省工业和信息化厅' }],
    },
    {
      name: 'a periodical named with its publisher',
      text: '“递进式商事纠纷多元化解模式”经验被最高人民法院《司法改革动态》刊发。',
      policies: [{ id: 'policy:司法改革动态', docNumber: null, issuer: '最高人民法院' }],
    },
    {
      name: 'a bare document number in running text',
      text: '依据国办发〔2016〕43号文件精神推进。',
      policies: [{ id: 'policy:国办发〔2016〕43号', docNumber: '国办发〔2016〕43号', issuer: '国务院办公厅' }],
    },
  ];

  it.each(cases)('$name', async ({ text, policies: expected }) => {
    const f = extractCitations(await termInput(text));
    expect(policies(f).map((p) => ({ id: p.id, docNumber: p.docNumber, issuer: p.issuer }))).toEqual(expected);
    expect(evidenceHolds(f, text)).toBe(true);
    const issued = expected.filter((p) => p.issuer).map((p) => `${p.id} -> agency:${p.issuer}`);
    expect(pairs(f, 'ISSUED_BY')).toEqual(issued.sort());
  });
});

describe('extractCitations: what is not a citation', () => {
  it.each([
    ['a case title', '《“四链融合”促进老工业基地转型升级》入选最佳实践案例。'],
    ['a periodical without its publisher', '经验被《司法改革动态》刊发。'],
    ['the document naming itself', '特编制《中国（河南）自由贸易试验区郑州片区产业发展规划》（以下简称为规划）。'],
    ['the header number on its own line', '郑政办〔2018〕94号\n\n各县（市、区）人民政府：'],
  ])('%s', async (_name, text) => {
    expect(policies(extractCitations(await termInput(text)))).toEqual([]);
  });

  it('skips the title the document carries', async () => {
    const text = '《中国（河南）自由贸易试验区郑州片区产业发展规划（暂行）》已经市政府同意，现印发给你们。';
    const f = extractCitations(
      await termInput(text, [], { title: '关于印发中国（河南）自由贸易试验区郑州片区 产业发展规划（暂行）的通知' }),
    );
    expect(policies(f)).toEqual([]);
  });
});

describe('extractCitations: short references and CITES sources', () => {
  it('resolves 《总体方案》 and the plan a notice issues back to the notice', async () => {
    const text =
      '为落实《国务院关于印发中国(湖南)自由贸易试验区总体方案的通知》(国发〔2020〕10号)。\n' +
      '按照《中国(湖南)自由贸易试验区总体方案》要求，力争一年内《总体方案》落实率达50%。';
    const f = extractCitations(await termInput(text));
    expect(policies(f).map((p) => p.id)).toEqual(['policy:国发〔2020〕10号']);
    expect(pairs(f, 'CITES')).toEqual(['policy:test-doc -> policy:国发〔2020〕10号']);
  });

  it('resolves a 以下简称 name', async () => {
    const text = '落实《关于推进某项改革的实施意见》（以下简称《意见》）。\n（1）按照《意见》要求办理。';
    const f = extractCitations(await termInput(text, [seg(text, '1', '（1）按照《意见》要求办理。')]));
    expect(policies(f).map((p) => p.id)).toEqual(['policy:关于推进某项改革的实施意见']);
    expect(pairs(f, 'CITES')).toEqual([
      'm1 -> policy:关于推进某项改革的实施意见',
      'policy:test-doc -> policy:关于推进某项改革的实施意见',
    ]);
  });

  it('cites from the innermost measure', async () => {
    const text = '（八）开展改革试点。\n(1)落实《湖南省“证照分离”改革全覆盖试点实施方案》。';
    const segments = [seg(text, '8', text), seg(text, '8.1', '(1)落实《湖南省“证照分离”改革全覆盖试点实施方案》。')];
    const f = extractCitations(await termInput(text, segments));
    expect(pairs(f, 'CITES')).toEqual(['m8.1 -> policy:湖南省“证照分离”改革全覆盖试点实施方案']);
  });
});

describe('extractCitations: one node for one document across plans', () => {
  it('meets a citation by number and one by title alone through the known documents', async () => {
    const byNumber =
      '和《中国（河南）自由贸易试验区建设领导小组办公室关于印发中国（河南）自由贸易试验区郑州片区实施方案的通知》（豫自贸办〔2017〕15号）';
    const byTitle =
      '为贯彻落实《中国（河南）自由贸易试验区总体方案》和《中国（河南）自由贸易试验区郑州片区实施方案》。';
    const a = policies(extractCitations(await termInput(byNumber)));
    const b = policies(extractCitations(await termInput(byTitle)));
    expect(a.map((p) => p.id)).toEqual(['policy:豫自贸办〔2017〕15号']);
    expect(b.map((p) => p.id)).toEqual(['policy:国发〔2017〕17号', 'policy:豫自贸办〔2017〕15号']);
    const [fromA] = a;
    const fromB = b.find((p) => p.id === 'policy:豫自贸办〔2017〕15号');
    expect(fromB).toEqual(fromA);
    expect(fromA?.['title']).toBe('中国（河南）自由贸易试验区郑州片区实施方案');
    // the issuer is known, but ISSUED_BY needs words in the text: the number or the issuer
    expect(pairs(extractCitations(await termInput(byTitle)), 'ISSUED_BY')).toEqual([]);
    expect(pairs(extractCitations(await termInput(byNumber)), 'ISSUED_BY')).toHaveLength(1);
  });
});
