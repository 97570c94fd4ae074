// The header of real documents of the development corpus (../shared/corpus; the hold-out is never
// read), through the whole pipeline (decode → normalise → extract): each field and where it was found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { readDicts, ROOT } from '../extract-core/seed-text.ts';
import { devCorpusFiles, isHoldOut } from './corpus-header.ts';

const CORPUS = join(ROOT, '../shared/corpus');
const dicts = readDicts();

function documentOf(prefix: string): Record<string, unknown> {
  const file = devCorpusFiles(CORPUS).find((f) => f.startsWith(`${prefix}_`));
  if (!file || isHoldOut(file)) throw new Error(`no dev document ${prefix}`);
  const plan = parsePlan({ bytes: readFileSync(join(CORPUS, file)), file, dicts });
  return plan.fragment.nodes.find((n) => n.labels.includes('Document'))?.properties ?? {};
}

describe('the header of real documents', () => {
  it.each([
    [
      '04',
      '国务院办公厅关于部分地方优化营商环境典型做法的通报',
      '国办函〔2018〕46号',
      '国务院办公厅',
      '2018-07-24',
      'docNumber:title-line',
    ],
    ['07', '中华人民共和国海南自由贸易港法', null, '全国人民代表大会常务委员会', '2021-06-10', 'issuer:adoption-line'],
    ['12', '山东省青岛前湾保税港区条例', null, '山东省人民代表大会常务委员会', '2011-07-29', 'issuedOn:adoption-line'],
    [
      '14',
      '临港新片区城市体检实施方案（试行）',
      '沪自贸临管委〔2024〕53号',
      '中国（上海）自由贸易试验区临港新片区管理委员会',
      '2024-05-18',
      'title:notice-title',
    ],
    ['15', '自由贸易港区设置管理条例', '总统华总一义字第09200134530号令', '总统', '2003-07-23', 'docNumber:order'],
    [
      '18',
      '国务院关于做好当前和今后一个时期促进就业工作的若干意见',
      '国发〔2018〕39号',
      '国务院',
      '2018-11-16',
      'issuer:signature',
    ],
    ['24', '国家粮食应急预案', '国办函〔2005〕57号', '国务院办公厅', '2005-06-11', 'issuedOn:signature'],
    [
      '27',
      '生态环境领域中央与地方财政事权和支出责任划分改革方案',
      '国办发〔2020〕13号',
      '国务院办公厅',
      '2020-05-31',
      'title:transmittal-sentence',
    ],
    [
      '28',
      '支持工业互联网发展若干政策',
      '皖政办秘〔2021〕82号',
      '安徽省人民政府办公厅',
      '2021-09-02',
      'docNumber:doc-number-line',
    ],
    ['30', '广东省公共数据管理办法', '广东省人民政府令第290号', '广东省人民政府', '2021-09-22', 'docNumber:order'],
    [
      '35',
      '奉贤区深化农村公路管理养护体制改革实施方案',
      '沪奉府发〔2021〕16号',
      '上海市奉贤区人民政府',
      '2021-08-25',
      'issuedOn:signature',
    ],
    [
      '37',
      '广州市地下空间开发利用管理办法',
      '广州市人民政府令第61号',
      '广州市人民政府',
      '2011-12-15',
      'issuer:promulgation-note',
    ],
    [
      '39',
      '国务院办公厅关于加强环境监管执法的通知',
      '国办发〔2014〕56号',
      '国务院办公厅',
      '2014-11-12',
      'issuedOn:signature',
    ],
  ])('%s: %s', (prefix, title, docNumber, issuer, issuedOn, source) => {
    const doc = documentOf(prefix);
    expect(doc).toMatchObject({ title, docNumber, issuer, issuedOn });
    expect(doc.headerSources).toContain(source);
  });

  it('a law without an adoption line in the text reports issuer and date as not found', () => {
    const doc = documentOf('05');
    expect(doc).toMatchObject({ title: '中国（上海）自由贸易试验区条例', issuer: null, issuedOn: null });
    expect(doc.headerMissing).toEqual(['docNumber', 'issuer', 'issuedOn', 'addressees']);
  });

  it('addressees are a property of the Document, and a transmitting notice keeps its title', () => {
    const doc = documentOf('32');
    expect(doc).toMatchObject({
      title: '阿坝州政务数据资源管理暂行办法',
      noticeTitle: '阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知',
      addressees: ['各县（市）人民政府、州级各部门、卧龙特别行政区', '各有关单位'],
    });
  });
});
