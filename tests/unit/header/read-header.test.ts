// readHeader on header layouts copied from real documents: text in, fields and their sources out.
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../graph-loader/src/header/index.ts';
import type { DocPrefixEntry } from '../../../graph-loader/src/types.ts';

const PREFIXES: DocPrefixEntry[] = [
  { prefix: '国办发', issuer: '国务院办公厅', level: 'national' },
  { prefix: '国发', issuer: '国务院', level: 'national' },
];
const ADDRESSEES = '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：';

describe('readHeader: notices and opinions', () => {
  it.each([
    {
      name: 'title over two lines, 文号 line, addressees, signature on two lines',
      text: `国务院关于加快推进农业机械化和\n农机装备产业转型升级的指导意见\n国发〔2018〕42号\n${ADDRESSEES}\n农业机械化是重要基础。\n一、总体要求\n正文。\n国务院\n2018年12月21日\n（此件公开发布）`,
      header: {
        title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
        docNumber: '国发〔2018〕42号',
        issuer: '国务院',
        issuedOn: '2018-12-21',
        addressees: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'],
      },
      sources: { title: 'title-line', docNumber: 'doc-number-line', issuer: 'signature', issuedOn: 'signature' },
    },
    {
      name: 'a saved web page: the title in two paragraphs with a blank line between',
      text: `国务院关于做好当前和今后一个时期\n\n促进就业工作的若干意见\n\n国发〔2018〕39号\n\n${ADDRESSEES}\n\n一、支持企业稳定发展\n\n国务院\n\n2018年11月16日`,
      header: { title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见', issuedOn: '2018-11-16' },
      sources: {},
    },
    {
      name: 'flattened onto one line: title, 文号 and addressees glued; signature inline',
      text: `国务院办公厅关于加强环境监管执法的通知国办发〔2014〕56号${ADDRESSEES}\u3000\u3000近年来，各地区取得积极成效。\u3000\u3000一、严格依法保护环境。\u3000\u3000\u3000\u3000\u3000\u3000 国务院办公厅\u3000\u3000\u3000\u3000\u3000\u3000 \u30002014年11月12日\u3000\u3000（此件公开发布）`,
      header: {
        title: '国务院办公厅关于加强环境监管执法的通知',
        docNumber: '国办发〔2014〕56号',
        issuer: '国务院办公厅',
        issuedOn: '2014-11-12',
        addressees: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'],
      },
      sources: { docNumber: 'title-line', issuer: 'signature' },
    },
    {
      name: 'signature glued to the attachment note; issuer and date spaced on one line',
      text: `国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号\n\n${ADDRESSEES}党中央高度重视。\n\n附件：部分地方优化营商环境典型做法国务院办公厅           2018年7月24日          （此件公开发布）\n\n附件`,
      header: { issuer: '国务院办公厅', issuedOn: '2018-07-24', docNumber: '国办函〔2018〕46号' },
      sources: { issuer: 'signature' },
    },
    {
      name: 'a title preceded by its date; no number: the issuer from the title and the prefix table is not needed',
      text: '2019-01-14 国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见\n一、总体要求',
      header: { title: '国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见', issuer: '国务院办公厅' },
      sources: { issuer: 'title-line' },
    },
    {
      name: 'a date before a title split over two lines',
      text: '2019-01-14 国务院办公厅关于深入开展消费扶贫\n助力打赢脱贫攻坚战的指导意见\n国办发〔2018〕129号\n一、总体要求',
      header: { title: '国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见' },
      sources: {},
    },
    {
      name: 'a flattened transmitting notice signs in the middle of its line',
      text: `国务院办公厅关于印发生态环境领域财政事权划分改革方案的通知国办发〔2020〕13号${ADDRESSEES}《生态环境领域财政事权划分改革方案》已经国务院同意，现印发给你们。国务院办公厅2020年5月31日（此件公开发布）生态环境领域财政事权划分改革方案\u3000\u3000一、总体要求`,
      header: { title: '生态环境领域财政事权划分改革方案', issuer: '国务院办公厅', issuedOn: '2020-05-31' },
      sources: { issuedOn: 'signature' },
    },
    {
      name: 'joint issuers in the title and the signature',
      text: '商务部、海关总署关于某事项的通知\n商资发〔2020〕1号\n各省商务主管部门：\n一、要求\n正文。\n商务部\n海关总署\n2020年3月2日',
      header: { issuer: '商务部、海关总署', issuedOn: '2020-03-02' },
      sources: { issuer: 'signature' },
    },
    {
      name: 'a qualifier on the line below the title belongs to it',
      text: '中国（湖南）自由贸易试验区岳阳片区实施方案\n（征求意见稿）\n\n为贯彻落实总体方案，制定本方案。\n一、总体目标',
      header: { title: '中国（湖南）自由贸易试验区岳阳片区实施方案（征求意见稿）', docNumber: null },
      sources: { title: 'title-line' },
    },
    {
      name: 'only the 文号 names the issuer',
      text: '关于某事项的通知\n国办发〔2019〕5号\n一、要求',
      header: { issuer: '国务院办公厅', issuedOn: null },
      sources: { issuer: 'doc-prefix' },
    },
  ])('$name', ({ text, header, sources }) => {
    const h = readHeader({ text, prefixes: PREFIXES });
    expect(h).toMatchObject(header);
    expect(h.sources).toMatchObject(sources);
  });
});

describe('readHeader: transmitting notices carry the Document', () => {
  it.each([
    {
      name: '《》 in the notice title (Markdown heading, repeated, half-width colon)',
      text: '# 关于印发《临港新片区城市体检实施方案（试行）》的通知\n\n关于印发《临港新片区城市体检实施方案（试行）》的通知\n\n沪自贸临管委〔2024〕53号\n\n管委会各部门、各直属单位，临港新片区各镇、各有关单位:\n\n现印发给你们，请认真贯彻执行。\n\n中国（上海）自由贸易试验区临港新片区管理委员会\n\n2024年5月18日\n\n临港新片区城市体检实施方案（试行）\n\n一、总体要求',
      header: {
        title: '临港新片区城市体检实施方案（试行）',
        noticeTitle: '关于印发《临港新片区城市体检实施方案（试行）》的通知',
        docNumber: '沪自贸临管委〔2024〕53号',
        issuer: '中国（上海）自由贸易试验区临港新片区管理委员会',
        issuedOn: '2024-05-18',
      },
      source: 'notice-title',
    },
    {
      name: 'no 《》 in the title: the transmitting sentence names two texts',
      text: '安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知\n\n（皖政办秘〔2021〕82号）\n\n各市人民政府，省政府各部门，各直属机构：\n\n《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划（2021-2023年）》已经省政府同意，现印发给你们，请认真抓好落实。\n安徽省人民政府办公厅\n\n2021年9月2日\n支持工业互联网发展若干政策\n一、支持平台建设',
      header: {
        title: '支持工业互联网发展若干政策',
        titleAlternatives: ['安徽省工业互联网创新发展行动计划（2021-2023年）', expect.stringContaining('关于印发')],
        docNumber: '皖政办秘〔2021〕82号',
        issuer: '安徽省人民政府办公厅',
        issuedOn: '2021-09-02',
        addressees: ['各市人民政府', '省政府各部门', '各直属机构'],
      },
      source: 'transmittal-sentence',
    },
    {
      name: 'a spaced-out title over two lines; date in Chinese numerals',
      text: '国务院办公厅关于印发\n国 家 粮 食 应 急 预 案 的 函\n国办函〔2005〕57号\n各省、自治区、直辖市人民政府：\n现印发给你们，请认真实施。\n国务院办公厅\n二〇〇五年六月十一日\n国家粮食应急预案\n目　　录\n1　总则',
      header: {
        title: '国家粮食应急预案',
        noticeTitle: '国务院办公厅关于印发国家粮食应急预案的函',
        issuer: '国务院办公厅',
        issuedOn: '2005-06-11',
      },
      source: 'attachment-title',
    },
    {
      name: 'a 发文机关标志 and the notice title under the issuer line',
      text: '# 郑州市人民政府办公厅文件\n\n郑政办〔2018〕94号\n\n## 郑州市人民政府办公厅\n\n### 关于印发某某产业发展规划的通知\n\n各县（市、区）人民政府：\n\n《某某产业发展规划》已经市政府同意，现印发给你们。\n\n2018年10月16日\n\n# 某某产业发展规划\n\n## 一、现状',
      header: {
        title: '某某产业发展规划',
        noticeTitle: '郑州市人民政府办公厅关于印发某某产业发展规划的通知',
        issuer: '郑州市人民政府办公厅',
        issuedOn: '2018-10-16',
      },
      source: 'transmittal-sentence',
    },
  ])('$name', ({ text, header, source }) => {
    const h = readHeader({ text, prefixes: PREFIXES });
    expect(h).toMatchObject(header);
    expect(h.sources.title).toBe(source);
  });

  it("a notice forwarding another body's text: X转发Y的通知", () => {
    const h = readHeader({
      text: '国务院办公厅转发国家发展改革委关于某项改革意见的通知\n国办发〔2013〕1号\n各省、自治区、直辖市人民政府：\n国家发展改革委《关于某项改革的意见》已经国务院同意，现转发给你们。\n国务院办公厅\n2013年1月5日',
    });
    expect(h).toMatchObject({
      title: '国家发展改革委关于某项改革意见',
      noticeTitle: '国务院办公厅转发国家发展改革委关于某项改革意见的通知',
      issuer: '国务院办公厅',
      issuedOn: '2013-01-05',
    });
  });

  it('a notice that transmits nothing is its own Document', () => {
    const h = readHeader({ text: '国务院办公厅关于加强某项工作的通知\n国办发〔2014〕1号\n一、要求' });
    expect(h).toMatchObject({ title: '国务院办公厅关于加强某项工作的通知', noticeTitle: null, titleAlternatives: [] });
  });
});

describe('readHeader: laws, regulations and orders', () => {
  it.each([
    {
      name: 'a law with its adoption line (national legislature)',
      text: '# 中华人民共和国海南自由贸易港法\n\n2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了建设海南自由贸易港，制定本法。',
      header: {
        title: '中华人民共和国海南自由贸易港法',
        issuer: '全国人民代表大会常务委员会',
        issuedOn: '2021-06-10',
        docNumber: null,
      },
      sources: { issuer: 'adoption-line', issuedOn: 'adoption-line' },
    },
    {
      name: 'a provincial regulation: the session number (第十三届) is not part of the name',
      text: '# 义乌国际贸易综合改革试验区条例\n\n2019年11月29日 浙江省第十三届人民代表大会常务委员会第十五次会议通过\n\n## 第一章  总则',
      header: { issuer: '浙江省人民代表大会常务委员会', issuedOn: '2019-11-29' },
      sources: {},
    },
    {
      name: 'an order: number under the order line, person signing, adoption date first',
      text: '广东省公共数据管理办法\n广东省人民政府令\n\n（第290号）\n《广东省公共数据管理办法》已经2021年9月22日十三届广东省人民政府第162次常务会议审议通过，现予公布，自2021年11月25日起施行。\n省长　马兴瑞\n\n2021年10月18日\n广东省公共数据管理办法\n第一章　总则',
      header: { docNumber: '广东省人民政府令第290号', issuer: '广东省人民政府', issuedOn: '2021-09-22' },
      sources: { docNumber: 'order', issuer: 'order', issuedOn: 'adoption-line' },
    },
    {
      name: 'a promulgation note under the title (PDF spaces around digits)',
      text: '广州市地下空间开发利用管理办法\n\n（2011 年 12 月 15 日广州市人民政府令第 61 号公布，根据 2015 年 9 月 30 日广州市人民政府令第 132 号第一次修订）\n\n第一章 总 则\n第一条 为加强管理，制定本办法。',
      header: { docNumber: '广州市人民政府令第61号', issuer: '广州市人民政府', issuedOn: '2011-12-15' },
      sources: { docNumber: 'promulgation-note' },
    },
    {
      name: 'an order approved by one body and issued by another',
      text: '某某监管办法\n（1997年8月1日国务院批准 1997年8月13日海关总署令第65号发布）\n第一条 为了加强监管，制定本办法。',
      header: { docNumber: '海关总署令第65号', issuer: '海关总署', issuedOn: '1997-08-13' },
      sources: {},
    },
  ])('$name', ({ text, header, sources }) => {
    const h = readHeader({ text });
    expect(h).toMatchObject(header);
    expect(h.sources).toMatchObject(sources);
  });

  it('an adoption line cited in the body of a law is not the header', () => {
    const text =
      '# 中国（上海）自由贸易试验区条例\n\n## 第一章 总则\n\n第一条 为推进建设，制定本条例。\n\n第五十七条 1996年12月19日上海市第十届人民代表大会常务委员会第三十二次会议审议通过的《上海外高桥保税区条例》同时废止。';
    expect(readHeader({ text })).toMatchObject({ issuer: null, issuedOn: null, docNumber: null });
  });
});

describe('readHeader: what is not a header', () => {
  it.each([
    { name: 'a plan that starts with its body', text: '一、发展现状\n自贸区建设以来成效明显。' },
    {
      name: 'a preamble sentence',
      text: '为贯彻落实《国务院关于印发某方案的通知》（国发〔2017〕17号），制定本方案。\n一、总体要求',
    },
    { name: 'an issuer mark alone', text: '郑州市人民政府办公厅文件\n一、总体要求' },
  ])('$name: no title, no number', ({ text }) => {
    const h = readHeader({ text });
    expect(h.title).toBeNull();
    expect(h.docNumber).toBeNull();
    expect(h.missing).toContain('title');
  });

  it('a table deadline under its agency cell in the middle of the body is no signature', () => {
    const rows = Array.from({ length: 15 }, (_, k) => `（${k + 1}）开展第${k + 1}项工作。`).join('\n');
    const text = `某某工作任务分工方案\n一、任务\n序号\n牵头单位\n完成时限\n1\n区商务局\n2021年6月30日\n${rows}`;
    expect(readHeader({ text })).toMatchObject({ issuer: null, issuedOn: null });
  });

  it('a labelled field of a web page left in the text is metadata, not a title line', () => {
    const h = readHeader({ text: '标　　题：\t国务院关于促进就业的若干意见\n发文机关：\t国务院\n一、总体要求' });
    expect(h).toMatchObject({ title: '国务院关于促进就业的若干意见', issuer: '国务院' });
    expect(h.sources).toMatchObject({ title: 'page-meta' });
  });

  it('a date on a line inside the body is no signature of a document without a header', () => {
    const h = readHeader({ text: '某某实施方案\n一、任务\n（一）开展评估。\n完成时限：\n2021年6月30日' });
    expect(h.issuedOn).toBeNull();
  });

  it('the manifest overrides every field and is named as the source', () => {
    const h = readHeader({
      text: '国务院关于某事的意见\n国发〔2018〕1号\n一、要求',
      manifest: { docNumber: '国发〔2018〕2号' },
    });
    expect(h).toMatchObject({ docNumber: '国发〔2018〕2号', sources: { docNumber: 'manifest', title: 'title-line' } });
  });
});
