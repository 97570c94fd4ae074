// Title layouts of GB/T 9704 as copies print them, on the titles of dev documents (39, 22) re-broken
// the ways PDF and web copies break them: the 文种 alone on the last line, three lines, the title
// after the 发文字号 under a 发文机关标志, wrapped in 《》, spaced out.
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../graph-loader/src/header/index.ts';
import type { DocPrefixEntry } from '../../../graph-loader/src/types.ts';

const PREFIXES: DocPrefixEntry[] = [{ prefix: '国办发', issuer: '国务院办公厅', level: 'national' }];
const BODY =
  '\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n近年来，环境监管执法工作取得一定成效。\n一、严格依法保护环境\n正文。\n国务院办公厅\n2014年11月12日';
const T39 = '国务院办公厅关于加强环境监管执法的通知';
const T22 = '国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知';

describe('titles split, wrapped and placed as copies print them', () => {
  it.each([
    [
      '文种 alone on the last line (a word above ends like a 文种: 执法)',
      `国务院办公厅关于加强环境监管执法\n的通知\n国办发〔2014〕56号${BODY}`,
      T39,
    ],
    ['only the 文种 on the last line', `国务院办公厅关于加强环境监管执法的\n通知\n国办发〔2014〕56号${BODY}`, T39],
    ['split inside a word', `国务院办公厅关于加强环境\n监管执法的通知\n国办发〔2014〕56号${BODY}`, T39],
    ['issuer on its own line above 关于…', `国务院办公厅\n关于加强环境监管执法的通知\n国办发〔2014〕56号${BODY}`, T39],
    [
      'three lines, the last one 的通知',
      `国务院办公厅关于对真抓实干成效明显地方\n进一步加大激励支持力度\n的通知\n国办发〔2018〕117号${BODY}`,
      T22,
    ],
    [
      'as the dev document prints it: two lines',
      `国务院办公厅关于对真抓实干成效明显地方\n进一步加大激励支持力度的通知\n国办发〔2018〕117号${BODY}`,
      T22,
    ],
    ['after the 发文字号, under the 发文机关标志', `国务院办公厅文件\n\n国办发〔2014〕56号\n\n${T39}${BODY}`, T39],
    ['after the 发文字号, on two lines', `国办发〔2014〕56号\n国务院办公厅关于加强\n环境监管执法的通知${BODY}`, T39],
    ['wrapped in 《》 by a web copy', `《${T39}》\n国办发〔2014〕56号${BODY}`, T39],
    ['spaced out', `国 务 院 办 公 厅 关 于 加 强 环 境 监 管 执 法 的 通 知\n国办发〔2014〕56号${BODY}`, T39],
  ])('%s', (_name, text, title) => {
    const header = readHeader({ text, prefixes: PREFIXES });
    expect(header.title).toBe(title);
    expect(header.docNumber).toMatch(/^国办发〔20\d\d〕\d+号$/);
  });

  it('a 文种 line with nothing above it is no title', () => {
    const header = readHeader({ text: `通知\n国办发〔2014〕56号${BODY}`, prefixes: PREFIXES });
    expect(header.title).not.toBe('通知');
  });
});

describe('a 公文 title goes on until its 文种', () => {
  const T = '国务院办公厅关于全面推行证明事项告知承诺制度涉企经营许可事项清单管理制度的指导意见';
  it.each([
    [
      'three lines, the middle one ends with the name of a text (制度)',
      '国务院办公厅关于全面推行\n证明事项告知承诺制度\n涉企经营许可事项清单管理制度的指导意见',
    ],
    [
      'two lines, the first ends with 制度',
      '国务院办公厅关于全面推行证明事项告知承诺制度\n涉企经营许可事项清单管理制度的指导意见',
    ],
  ])('%s', (_name, title) => {
    const header = readHeader({ text: `${title}\n国办发〔2018〕118号${BODY}`, prefixes: PREFIXES });
    expect(header.title).toBe(T);
  });

  it('a plan title with 关于 and no 文种 stays whole when a heading follows', () => {
    const text = `关于推进跨境电子商务综合试验区建设的实施方案\n一、总体要求\n为贯彻落实国家部署，制定本方案。\n二、主要任务\n正文。`;
    expect(readHeader({ text, prefixes: PREFIXES }).title).toBe('关于推进跨境电子商务综合试验区建设的实施方案');
  });
});

describe('a body issues a text without 关于: X印发《Y》的通知', () => {
  const notice = (issuer: string): string =>
    `${issuer}印发《关于推进跨境电子商务发展的若干措施》的通知\n沪商发〔2022〕12号\n各区商务主管部门：\n现将《关于推进跨境电子商务发展的若干措施》印发给你们，请认真贯彻落实。\n${issuer}\n2022年5月10日\n关于推进跨境电子商务发展的若干措施\n一、支持企业发展\n正文。`;
  it.each([['上海市商务委员会'], ['海关总署']])('%s印发《…》的通知: the Document is the text', (issuer) => {
    const header = readHeader({ text: notice(issuer), prefixes: PREFIXES });
    expect(header.title).toBe('关于推进跨境电子商务发展的若干措施');
    expect(header.docNumber).toBe('沪商发〔2022〕12号');
    expect(header.issuer).toBe(issuer);
    expect(header.issuedOn).toBe('2022-05-10');
  });
});
