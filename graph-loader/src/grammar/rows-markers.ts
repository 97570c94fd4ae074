// The rows that open with a marker phrase before the bodies they name: 接受Y监督 (Y oversees),
// 本条例之主管机关为X, 在X领导下, 支持X…履行职责, 经X批准. Part of the grammar table (rows.ts).

import { alternation, PROSE_VERBS } from './vocabulary.ts';
import { sticky } from './rows-shared.ts';
import type { GrammarRow } from './types.ts';

export const MARKER_ROWS: readonly GrammarRow[] = [
  {
    name: 'prose-overseen',
    method: 'prose',
    opens: 'marker',
    pattern: sticky(
      `[^，,。；;：:]{0,20}?(?:${alternation(PROSE_VERBS.overseenBy)})(?=[^，,。；;]{2,30}?(?:${alternation(PROSE_VERBS.oversight)}))`,
    ),
    subject: 'lead',
    describe: '…接受Y(法律)监督 / 接受Y指导: Y oversees the work and leads',
    examples: [{ text: '移送和立案工作要接受人民检察院法律监督。', expect: ['人民检察院:LEADS'] }],
    negatives: ['企业要接受社会监督。', '接受海关委托开展检测。'],
  },
  {
    name: 'prose-competent',
    method: 'prose',
    opens: 'marker',
    pattern: sticky(`本(?:条例|法|办法|规定|细则|决定)(?:之|的)?(?:${alternation(PROSE_VERBS.competentIs)})(?:为|是)`),
    subject: 'lead',
    describe: '本条例之主管机关为X / 本办法的主管部门是X: the law names its competent body, which leads',
    examples: [{ text: '本条例之主管机关为交通部。', expect: ['交通部:LEADS'] }],
    negatives: ['本条例之主管机关为保护环境而设。', '主管机关为交通部指定之机关。'],
  },
  {
    name: 'prose-under',
    method: 'prose',
    opens: 'marker',
    pattern: sticky(`在(?=[^，,。；;]{2,30}?(?:的)?(?:统一)?(?:${alternation(PROSE_VERBS.oversight)})(?:、支持)?下)`),
    subject: 'lead',
    describe: '在X(及其Y)(的统一)领导下，…: the body that leads or guides the work leads',
    examples: [
      {
        text: '在试点工作小组及其办公室领导下，成立联合采购办公室。',
        expect: ['试点工作小组:LEADS', '试点工作小组办公室:LEADS'],
      },
    ],
    negatives: ['在党的领导下，推进改革。', '在各级政府领导下开展工作。'],
  },
  {
    name: 'prose-enabled',
    method: 'prose',
    opens: 'marker',
    pattern: sticky(
      `(?:${alternation(PROSE_VERBS.enables)})(?=[^，,。；;]{2,40}?(?:${alternation(PROSE_VERBS.performs)}))`,
    ),
    subject: 'support',
    describe: '支持X、Y等(工作)机构依法履行职责 (a clause of a law that opens with 支持): X and Y support',
    examples: [
      {
        text: '支持税务、边检、海关等工作机构依法履行相关行政管理职责。',
        expect: ['税务部门:SUPPORTS', '边检部门:SUPPORTS', '海关:SUPPORTS'],
      },
    ],
    negatives: ['支持企业依法履行社会责任。', '支持海关开展查验。'],
  },
  {
    name: 'prose-approval',
    method: 'prose',
    opens: 'marker',
    pattern: sticky(
      `(?:必须|应当|须|应|需)?(?:事先|依法)?(?:报)?经(?![由过营济])(?=[^，,。；;]{2,30}?(?:${alternation(PROSE_VERBS.approval)}))`,
    ),
    subject: 'lead',
    fallback: true,
    describe:
      '(必须)经X批准/许可/同意/核准: the body whose approval the measure needs leads, unless another body of the sentence leads',
    examples: [
      { text: '设立保税区，必须经国务院批准。', expect: ['国务院:LEADS'] },
      { text: '从事燃料油经营的，应当经市人民政府许可。', expect: ['市人民政府:LEADS'] },
    ],
    negatives: ['经营者应当经过培训。', '货物经由海关指定的通道进出。'],
  },
];
