// Web and PDF debris removal, table-driven over snippets taken from the seed plans (and the common
// forms such pages take): what stays, what goes, and what kind of debris it was.
import { describe, expect, it } from 'vitest';
import { type DebrisKind, normalise } from '../../../graph-loader/src/normalise/index.ts';

const NBSP = '\u00a0';

interface Case {
  name: string;
  input: string;
  text: string;
  dropped: DebrisKind[];
}

const cases: Case[] = [
  {
    name: '003: breadcrumb, no-break-space lines and the 编稿时间 line',
    input: [
      '当前位置: 首页 > 政务公开 > 通知公告',
      NBSP,
      '中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)',
      '编稿时间: 2021-01-19 19:28 来源: 岳阳市商务粮食局 浏览:',
      NBSP,
      '',
      NBSP,
      '',
      '为认真贯彻落实……制定本实施方案。',
      '',
      '一、总体目标',
    ].join('\n'),
    text: '中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)\n\n为认真贯彻落实……制定本实施方案。\n\n一、总体目标',
    dropped: ['breadcrumb', 'page-meta'],
  },
  {
    name: '003: 打印本页 / 关闭窗口 at the end',
    input: `(五)推进评价体系建设\n\n加快推进自贸试验区相关研究机构建设。\n${NBSP}\n${NBSP}\n打印本页\n关闭窗口`,
    text: '(五)推进评价体系建设\n\n加快推进自贸试验区相关研究机构建设。',
    dropped: ['page-tool', 'page-tool'],
  },
  {
    name: 'page tools in brackets on one line, font-size switch, traditional page tools',
    input:
      '【字体：大 中 小】【打印】【关闭】\n一、总体要求\n[ 打印本頁 ] [ 關閉窗口 ]\n分享到：\n上一篇：关于印发某某方案的通知',
    text: '一、总体要求',
    dropped: ['page-tool', 'page-tool', 'page-tool', 'page-tool'],
  },
  {
    name: 'other page metadata forms',
    input: '发布时间：2021-03-02 来源：市商务局\n信息来源：岳阳市人民政府 发布日期：2021年3月2日\n来源：国家统计局\n',
    text: '来源：国家统计局',
    dropped: ['page-meta', 'page-meta'],
  },
  {
    name: '000: Word bookmarks before numbered items',
    input:
      '8．提升贸易监管便利化水平。\n[bookmark: _GoBack]9.加强与“一带一路”倡议合作。\n[bookmark: baidusnap0]    15．培育知识产权服务市场。',
    text: '8．提升贸易监管便利化水平。\n9.加强与“一带一路”倡议合作。\n15．培育知识产权服务市场。',
    dropped: ['bookmark', 'bookmark'],
  },
  {
    name: '001: Markdown bold labels and a horizontal rule; headings and tab rows kept',
    input: [
      '# 郑州市人民政府办公厅文件',
      '',
      '郑政办〔2018〕94号',
      '',
      '---',
      '',
      '**EWTO 功能区。**整合全球跨境电商信息流。',
      '**制度创新：**在特定区域内开放与国际通信信道出入口的直接对接。',
      '**重大项目谋划：**',
      '序号\t名称\t服务领域\t附注',
      '1\t服务贸易产业基地\t贸易\t实体',
      '| 类别 | 指标 |',
      '|---|---|',
      '__要点__：一是稳外贸。',
    ].join('\n'),
    text: [
      '# 郑州市人民政府办公厅文件',
      '',
      '郑政办〔2018〕94号',
      '',
      'EWTO 功能区。整合全球跨境电商信息流。',
      '制度创新：在特定区域内开放与国际通信信道出入口的直接对接。',
      '重大项目谋划：',
      '序号\t名称\t服务领域\t附注',
      '1\t服务贸易产业基地\t贸易\t实体',
      '| 类别 | 指标 |',
      '|---|---|',
      '要点：一是稳外贸。',
    ].join('\n'),
    dropped: ['rule'],
  },
  {
    name: '001: the distribution footer (主办/督办/抄送/印发) is content; only the rules between go',
    input: [
      '2. 健全法制保障机制。',
      '',
      '---',
      '',
      '主办：市发展改革委',
      '',
      '督办：市政府办公厅二处',
      '',
      '---',
      '',
      '抄送：市委各部门，郑州警备区。',
      '',
      '市人大常委会办公厅，市政协办公厅，市法院，市检察院。',
      '',
      '---',
      '',
      '郑州市人民政府办公厅',
      '',
      '2018年10月16日印发',
      '',
      '---',
    ].join('\n'),
    text: [
      '2. 健全法制保障机制。',
      '',
      '主办：市发展改革委',
      '',
      '督办：市政府办公厅二处',
      '',
      '抄送：市委各部门，郑州警备区。',
      '',
      '市人大常委会办公厅，市政协办公厅，市法院，市检察院。',
      '',
      '郑州市人民政府办公厅',
      '',
      '2018年10月16日印发',
    ].join('\n'),
    dropped: ['rule', 'rule', 'rule', 'rule'],
  },
  {
    name: '004: masked names ("**片区") are text, not emphasis',
    input:
      ' 一、**片区发展现状\n（四）加快**综保区建设，打造对外开放新高地。自去年12月**综保区通过海关总署等八部委评审验收。\n出台《中国（**）自由贸易试验区**片区“证照分离”改革全覆盖试点实施方案》',
    text: '一、**片区发展现状\n（四）加快**综保区建设，打造对外开放新高地。自去年12月**综保区通过海关总署等八部委评审验收。\n出台《中国（**）自由贸易试验区**片区“证照分离”改革全覆盖试点实施方案》',
    dropped: [],
  },
  {
    name: 'page numbers of a PDF copy',
    input: '（一）加强组织领导。\n- 3 -\n—12—\n第 4 页 共 10 页\n（二）强化督查考核。',
    text: '（一）加强组织领导。\n（二）强化督查考核。',
    dropped: ['page-number', 'page-number', 'page-number'],
  },
  {
    name: 'a paragraph repeated right after itself',
    input:
      '1．完善对外贸易促进机制。研究设立外贸企业出口退税资金池。\n\n1．完善对外贸易促进机制。研究设立外贸企业出口退税资金池。\n2．提升贸易监管便利化水平。',
    text: '1．完善对外贸易促进机制。研究设立外贸企业出口退税资金池。\n\n2．提升贸易监管便利化水平。',
    dropped: ['duplicate'],
  },
  {
    name: 'CR LF line ends, indentation with ideographic spaces, trailing spaces',
    input: '一、总体目标  \r\n\u3000\u3000以制度创新为核心。\r\n\r\n\r\n\r\n二、功能布局\r\n',
    text: '一、总体目标\n以制度创新为核心。\n\n二、功能布局',
    dropped: [],
  },
];

describe('normalise removes debris and keeps content', () => {
  it.each(cases)('$name', ({ input, text, dropped }) => {
    const result = normalise(input);
    expect(result.text).toBe(text);
    expect(result.dropped.map((d) => d.kind)).toEqual(dropped);
    expect(result.removed).toBe(dropped.length);
  });
});
