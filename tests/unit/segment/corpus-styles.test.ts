// Numbering styles of real official documents (snippets of the development corpus, simplified as the
// normaliser leaves them; the file each comes from is named in the case): every numbering system at
// any depth, numbering inside running text, tables of contents, law front matter.
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../graph-loader/src/types.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { unitLevels } from '../../../graph-loader/src/segment/report.ts';

const DOC = 'policy:test';
const S = '\u3000'; // ideographic space, as printed
const EN = '\u2002'; // en space after 第X条 (32)

function brief(segs: Segment[]): string[] {
  return segs.map((s) => `${s.path} ${s.kind} ${s.number}|${s.title}`);
}

interface Case {
  name: string;
  text: string;
  expected: string[]; // "path kind number|title"
}

const CASES: Case[] = [
  {
    name: '15: 第 N 条 with Arabic digits and spaces, alone on its line; 第 X 章 with spaces; 一、 items inside an article',
    text: [
      '第 一 章 总则',
      '第 1 条',
      '为发展全球运筹管理经营模式，特制定本条例。',
      '第 2 条',
      '本条例用词定义如下：',
      '一、自由港区：指经行政院核定之区域。',
      '二、自由港区事业：指经核准之事业。',
      '第 二 章 港区之划设及管理',
      '第 3 条',
      '自由港区之划设，由管理机关为之。',
    ].join('\n'),
    expected: [
      '1 background 第 一 章|总则',
      '1.1 article 第 1 条|为发展全球运筹管理经营模式，特制定本条例',
      '1.2 article 第 2 条|本条例用词定义如下',
      '1.2.1 measure 一、|自由港区：指经行政院核定之区域',
      '1.2.2 measure 二、|自由港区事业：指经核准之事业',
      '2 section 第 二 章|港区之划设及管理',
      '2.1 article 第 3 条|自由港区之划设，由管理机关为之',
    ],
  },
  {
    name: '32: a chapter heading running on into its first article (U+3000), U+2002 after 第X条',
    text: [
      `第一章${S}总则${S}${S}第一条${EN}为了加强政务数据资源管理，制定本办法。`,
      `第二条${EN}本办法适用于本州行政区域。`,
      `第二章${S}数据目录${S}${S}第三条${EN}州数据资源主管部门负责编制目录。`,
    ].join('\n'),
    expected: [
      '1 background 第一章|总则',
      '1.1 article 第一条|为了加强政务数据资源管理，制定本办法',
      '1.2 article 第二条|本办法适用于本州行政区域',
      '2 section 第二章|数据目录',
      '2.1 article 第三条|州数据资源主管部门负责编制目录',
    ],
  },
  {
    name: '37: an article glued after a chapter title; references (本办法第二十四条, 第三十六条第一款, 。第四十三条规定的) are not articles',
    text: [
      '第六章 管理',
      '第四十一条 依照本办法第二十四条的规定办理。',
      '第七章 法律责任 第四十二条 违反本办法第三十六条第一款规定的，责令改正。第四十三条规定的情形除外。',
      '第四十三条 未取得许可证的，依法处理。',
    ].join('\n'),
    expected: [
      '1 section 第六章|管理',
      '1.1 article 第四十一条|依照本办法第二十四条的规定办理',
      '2 section 第七章|法律责任',
      '2.1 article 第四十二条|违反本办法第三十六条第一款规定的，责令改正',
      '2.2 article 第四十三条|未取得许可证的，依法处理',
    ],
  },
  {
    name: 'an article with a bracketed heading after its number, an inserted article 第X条之一; Markdown ## chapters',
    text: [
      '## 第一章 总则',
      '第一条【立法目的】为了促进发展，制定本条例。',
      '## 第二章 管理体制',
      '第二条（管理机构）管委会负责日常管理。',
      '第二条之一 管委会可以委托区政府实施。',
      '第三条 依照本条例第二条第一款的规定执行。',
    ].join('\n'),
    expected: [
      '1 background 第一章|总则',
      '1.1 article 第一条|【立法目的】为了促进发展，制定本条例',
      '2 section 第二章|管理体制',
      '2.1 article 第二条|（管理机构）管委会负责日常管理',
      '2.2 article 第二条之一|管委会可以委托区政府实施',
      '2.3 article 第三条|依照本条例第二条第一款的规定执行',
    ],
  },
  {
    name: '24: decimal sections (U+3000 after the number) after a table of contents that repeats them',
    text: [
      `1${S}总则`,
      `${S}${S}1.1${S}编制目的`,
      `2${S}组织机构和职责`,
      `${S}${S}2.1${S}指挥部`,
      `1${S}总则`,
      `1.1${S}编制目的`,
      '为了有效应对粮食应急状态，制定本预案。',
      `2${S}组织机构和职责`,
      `2.1${S}指挥部`,
      `2.1.1${S}指挥部职责`,
      '（1）掌握粮食市场形势，向国务院提出启动或终止本预案的建议。',
      '（2）协调有关部门。',
      '5.1.2 省级人民政府必须落实粮食储备。',
    ].join('\n'),
    expected: [
      '1 background 1|总则',
      '1.1 background 1.1|编制目的',
      '2 section 2|组织机构和职责',
      '2.1 task 2.1|指挥部',
      '2.1.1 task 2.1.1|指挥部职责',
      '2.1.1.1 measure （1）|掌握粮食市场形势，向国务院提出启动或终止本预案的建议',
      '2.1.1.2 measure （2）|协调有关部门',
      '2.1.2 measure 5.1.2|省级人民政府必须落实粮食储备',
    ],
  },
  {
    name: '28: 1﹒ (U+FE52 small full stop) items; quantities are not decimal sections',
    text: [
      '（一）网络体系强基行动。',
      '1﹒推进工业互联网外网建设。支持基础电信企业。',
      '2﹒推进企业内网改造升级。',
      '2.5 万家企业上云。',
    ].join('\n'),
    expected: [
      '1 section （一）|网络体系强基行动',
      '1.1 measure 1﹒|推进工业互联网外网建设',
      '1.2 measure 2﹒|推进企业内网改造升级',
    ],
  },
  {
    name: '15: a legal database 沿革 (1. 2. before the first chapter) is front matter, not structure',
    text: [
      '自由贸易港区设置管理条例',
      '1.中华民国九十二年七月二十三日总统令制定公布全文 43 条',
      '2.中华民国九十八年七月八日总统令修正公布全文 46 条',
      '第 一 章 总则',
      '第 1 条',
      '为发展全球运筹管理经营模式，特制定本条例。',
      '第 2 条',
      '自由港区之设置及管理，依本条例之规定。',
      '第 3 条',
      '本条例用词定义如下。',
    ].join('\n'),
    expected: [
      '1 background 第 一 章|总则',
      '1.1 article 第 1 条|为发展全球运筹管理经营模式，特制定本条例',
      '1.2 article 第 2 条|自由港区之设置及管理，依本条例之规定',
      '1.3 article 第 3 条|本条例用词定义如下',
    ],
  },
  {
    name: 'enumerations inside a sentence of an ordinary paragraph do not become structure',
    text: ['一、主要任务', '（一）推进改革。重点包括：（一）审批；（二）监管；（三）服务。', '（二）优化服务。'].join(
      '\n',
    ),
    expected: ['1 section 一、|主要任务', '1.1 measure （一）|推进改革', '1.2 measure （二）|优化服务'],
  },
  {
    name: '具体措施： blocks (inline and alone) give their items to the heading above',
    text: [
      '一、深化改革',
      '（一）推进通关便利化。具体措施：1.推行提前申报；2.推广两步申报。',
      '（二）优化营商环境。',
      '具体措施：',
      '1.推行告知承诺。',
      '2.压缩审批时限。',
    ].join('\n'),
    expected: [
      '1 section 一、|深化改革',
      '1.1 task （一）|推进通关便利化',
      '1.1.1 measure 1.|推行提前申报',
      '1.1.2 measure 2.|推广两步申报',
      '1.2 task （二）|优化营商环境',
      '1.2.1 measure 1.|推行告知承诺',
      '1.2.2 measure 2.|压缩审批时限',
    ],
  },
  {
    name: 'headings with a weight or score in brackets; enclosed numerals ㈠ ⑴ and Roman Ⅰ、',
    text: [
      'Ⅰ、发展目标（10分）',
      '㈠总体目标。',
      'Ⅱ、制度创新（权重30%）',
      '㈠投资便利化（15分）',
      '⑴推行负面清单管理。',
      '⑵落实准入前国民待遇。',
    ].join('\n'),
    expected: [
      '1 background Ⅰ、|发展目标',
      '1.1 background ㈠|总体目标',
      '2 section Ⅱ、|制度创新',
      '2.1 task ㈠|投资便利化',
      '2.1.1 measure ⑴|推行负面清单管理',
      '2.1.2 measure ⑵|落实准入前国民待遇',
    ],
  },
];

describe('segment: numbering of real official documents', () => {
  it.each(CASES)('$name', ({ text, expected }) => {
    expect(brief(segment(text, DOC))).toEqual(expected);
  });
});

// 39 and 27: a document flattened onto one line, paragraphs separated by U+3000 or by nothing at all
const PARA =
  '用严格的法律制度保护生态环境，抓紧制修订土壤环境保护、大气污染防治等方面的法律法规，强化生产者环境保护的法律责任。';
const FLAT_39 = [
  '国务院办公厅关于加强环境监管执法的通知各省、自治区、直辖市人民政府：',
  '近年来，各地区、各部门不断加大工作力度。现就有关要求通知如下：',
  '一、严格依法保护环境，推动监管执法全覆盖',
  `有效解决环境法律法规不健全问题。${PARA.repeat(4)}`,
  `（一）加快完善环境法律法规标准。${PARA.repeat(4)}`,
  `（二）全面实施行政执法与刑事司法联动。${PARA.repeat(4)}重点是：（一）移送；（三）会商。`,
  '二、对各类环境违法行为“零容忍”',
  `（一）重拳打击违法排污。${PARA.repeat(4)}`,
].join(`${S}${S}`);
const FLAT_27 = `按照党中央、国务院有关决策部署，制定如下方案。一、总体要求以习近平新时代中国特色社会主义思想为指导。${PARA.repeat(8)}二、主要内容（一）生态环境规划制度制定。${PARA.repeat(4)}（二）生态环境监测执法。${PARA.repeat(4)}三、配套措施（一）加强组织领导。${PARA}`;

describe('segment: numbering inside a flattened text continues its sequence', () => {
  it.each([
    {
      name: '39 (U+3000 as paragraph breaks)',
      text: FLAT_39,
      levels: [2, 3],
      numbers: ['一、', '（一）', '（二）', '二、', '（一）'],
    },
    {
      name: '27 (markers glued to titles)',
      text: FLAT_27,
      levels: [3, 3],
      numbers: ['一、', '二、', '（一）', '（二）', '三、', '（一）'],
    },
  ])('$name', ({ text, levels, numbers }) => {
    const segs = segment(text, DOC);
    expect(unitLevels(segs)).toEqual(levels);
    expect(segs.map((s) => s.number)).toEqual(numbers);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
