// Export metadata and debris around a document: dropped from the text, their labelled fields kept.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { frontMatterLength, metadataEntries } from '../../../graph-loader/src/lang/metadata.ts';

const FRONT_MATTER = [
  '---',
  '标题: 关于印发《临港新片区城市体检实施方案（试行）》的通知',
  '文号: 沪自贸临管委〔2024〕53号',
  '发布单位: 中国（上海）自由贸易试验区临港新片区管理委员会',
  '发布日期: 2024-05-18',
  '状态: 有效',
  '官方链接: https://www.shanghai.gov.cn/zhengce/detail?businessId=e773',
  '---',
  '',
  '> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅。',
  '> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。',
  '',
  '# 关于印发《临港新片区城市体检实施方案（试行）》的通知',
  '',
  '一、总体要求',
  '',
  '> 引用的一段正文。',
].join('\n');

const PKULAW = [
  '    【法宝引证码】 CLI.11.4619854',
  '原文链接：https://www.pkulaw.com/lar/b92b11495b6da1cb826d5b04ef638f64bdfb.html',
  '发布部门：广东省人民政府',
  '发文字号：广东省人民政府令第290号',
  '时效性：现行有效',
  '广东省公共数据管理办法',
  '第一章　总则',
].join('\r\n');

describe('normalise: export metadata', () => {
  it('YAML front matter and the leading quote lines go; their fields are metadata; a body quote keeps its text', () => {
    const n = normalise(FRONT_MATTER);
    expect(n.text.startsWith('# 关于印发《临港新片区城市体检实施方案（试行）》的通知')).toBe(true);
    expect(n.text).toContain('一、总体要求\n\n引用的一段正文。');
    expect(n.text).not.toContain('标题');
    expect(n.dropped.filter((d) => d.kind === 'front-matter')).toHaveLength(8);
    expect(n.dropped.filter((d) => d.kind === 'quote')).toHaveLength(2);
    expect(n.metadata).toEqual([
      {
        field: 'title',
        value: '关于印发《临港新片区城市体检实施方案（试行）》的通知',
        label: '标题',
        source: 'front-matter',
      },
      { field: 'docNumber', value: '沪自贸临管委〔2024〕53号', label: '文号', source: 'front-matter' },
      {
        field: 'issuer',
        value: '中国（上海）自由贸易试验区临港新片区管理委员会',
        label: '发布单位',
        source: 'front-matter',
      },
      { field: 'date', value: '2024-05-18', label: '发布日期', source: 'front-matter' },
    ]);
  });

  it('北大法宝 header lines go; 发布部门 and 发文字号 are metadata', () => {
    const n = normalise(PKULAW);
    expect(n.text).toBe('广东省公共数据管理办法\n第一章　总则');
    expect(n.dropped.map((d) => d.kind)).toEqual(Array(5).fill('export-header'));
    expect(n.metadata).toEqual([
      { field: 'issuer', value: '广东省人民政府', label: '发布部门', source: 'export-header' },
      { field: 'docNumber', value: '广东省人民政府令第290号', label: '发文字号', source: 'export-header' },
    ]);
  });

  it('a <!-- --> marker goes', () => {
    const n = normalise('# 某条例\n\n<!-- INFO END -->\n\n第一条 为了规范管理，制定本条例。');
    expect(n.text).toBe('# 某条例\n\n第一条 为了规范管理，制定本条例。');
    expect(n.dropped).toEqual([{ kind: 'marker', text: '<!-- INFO END -->' }]);
  });
});

describe('frontMatterLength', () => {
  it.each([
    [['---', '标题: 某方案', '---', '正文'], 3],
    [['', '---', '标题: 某方案', 'tags:', '  - 政策', '---'], 6],
    [['---', '一、总体要求', '---'], 0], // a rule around a heading, not fields
    [['---', '---'], 0],
    [['正文', '---', '标题: 某方案', '---'], 0],
    [['---', '标题: 某方案'], 0], // never closed
  ])('%j → %i', (lines, length) => {
    expect(frontMatterLength(lines)).toBe(length);
  });
});

describe('metadataEntries', () => {
  it('reads several fields on one page line; 来源 may name the issuer', () => {
    expect(metadataEntries('编稿时间: 2021-01-19 19:28 来源: 岳阳市商务粮食局 浏览:', 'page-meta')).toEqual([
      { field: 'date', value: '2021-01-19 19:28', label: '编稿时间', source: 'page-meta' },
      { field: 'issuer', value: '岳阳市商务粮食局', label: '来源', source: 'page-meta' },
    ]);
  });

  it.each(['一、总体要求', '为了规范管理，制定本办法。'])('%s has none', (line) => {
    expect(metadataEntries(line, 'page-meta')).toEqual([]);
  });
});
