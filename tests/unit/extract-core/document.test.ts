import { describe, expect, it } from 'vitest';
import { citationKey } from '../../../graph-loader/src/extract/citations.ts';
import { documentId, documentMeta } from '../../../graph-loader/src/extract/document.ts';
import { readManifest, seedText } from './seed-text.ts';

describe('documentMeta: title, number, issuer, date from the head of the text', () => {
  it.each([
    {
      name: 'a notice header with number, issuer line and date',
      text: '# 郑州市人民政府办公厅文件\n\n郑政办〔2018〕94号\n\n### 关于印发某某规划的通知\n\n2018年10月16日\n\n# 中国（河南）自由贸易试验区郑州片区 产业发展规划（暂行）\n\n正文。\n## 一、现状',
      meta: {
        title: '中国（河南）自由贸易试验区郑州片区产业发展规划（暂行）',
        docNumber: '郑政办〔2018〕94号',
        issuer: '郑州市人民政府办公厅',
        issuedOn: '2018-10-16',
      },
    },
    {
      name: 'a title broken over two lines',
      text: '中国（河南）自由贸易试验区郑州片区\n金水区块实施方案\n\n为贯彻落实《总体方案》，制定本实施方案。\n一、总体要求',
      meta: {
        title: '中国（河南）自由贸易试验区郑州片区金水区块实施方案',
        docNumber: null,
        issuer: null,
        issuedOn: null,
      },
    },
    {
      name: 'a web page date line',
      text: '某某实施方案(征求意见稿)\n编稿时间: 2021-01-19 19:28\n一、总体目标',
      meta: { title: '某某实施方案(征求意见稿)', issuedOn: '2021-01-19' },
    },
    {
      name: 'numbers cited in the preamble are not the document number',
      text: '某区实施方案\n为贯彻落实《通知》（国发〔2017〕17号），制定本方案。\n一、总体要求',
      meta: { title: '某区实施方案', docNumber: null },
    },
  ])('$name', ({ text, meta }) => {
    expect(documentMeta(text)).toMatchObject(meta);
  });

  it('the manifest overrides what the text says', () => {
    const meta = documentMeta('甲方案\n一、任务', {
      title: '乙方案',
      docNumber: '湘政发〔2020〕1号',
      issuer: '湖南省人民政府',
      issuedOn: '2020-01-02',
    });
    expect(meta).toEqual({
      title: '乙方案',
      docNumber: '湘政发〔2020〕1号',
      issuer: '湖南省人民政府',
      issuedOn: '2020-01-02',
    });
  });

  it('the Document id is the policy id of the number, else of the title', () => {
    const withNumber = { title: '某规划', docNumber: '郑政办〔2018〕94号', issuer: null, issuedOn: null };
    expect(documentId(withNumber, 'a.txt')).toBe(`policy:${citationKey('郑政办〔2018〕94号')}`);
    expect(documentId({ ...withNumber, docNumber: null }, 'a.txt')).toBe(`policy:${citationKey('某规划')}`);
  });
});

describe('documentMeta on the seeds', () => {
  const manifest = readManifest();
  it.each([
    ['000_6dd3a853ebbe6fc4.txt', { title: '中国（河南）自由贸易试验区郑州片区金水区块实施方案', docNumber: null }],
    [
      '001_b18cb7838db816cd.txt',
      { docNumber: '郑政办〔2018〕94号', issuer: '郑州市人民政府办公厅', issuedOn: '2018-10-16' },
    ],
    ['002_bb333e7070ab7c6d.txt', { title: '中国（北京）自由贸易试验区科技创新片区海淀组团实施方案' }],
    ['003_f31d9fd870de6b80.txt', { title: '中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)' }],
    ['004_2994b826daeb6449.txt', { title: '中国（河南）自由贸易试验区**片区发展情况报告' }],
  ])('%s', (file, meta) => {
    expect(documentMeta(seedText(file), manifest[file])).toMatchObject(meta);
  });
});
