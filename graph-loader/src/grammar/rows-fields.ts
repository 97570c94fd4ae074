// The rows of labelled fields (牵头单位：, 责任部门：, 组长单位：, 总指挥：) and of the stated list-order rule:
// matched by fields.ts and read by read-fields.ts, listed here with their examples like every row.

import type { GrammarRow } from './types.ts';
import { FIELD_LABEL_RE, GROUP_LABEL_RE, LIST_ORDER_RE } from './vocabulary.ts';

export const FIELD_ROWS: readonly GrammarRow[] = [
  {
    name: 'label-field',
    method: 'label',
    opens: 'label',
    pattern: FIELD_LABEL_RE,
    subject: 'responsible',
    describe: 'a labelled field, alone or several in one bracket, a deadline beside them',
    examples: [
      {
        text: '（牵头单位：市市场监管局 责任单位：市行政审批局、市税务局）',
        expect: ['市市场监管局:LEADS', '市行政审批局:SUPPORTS', '市税务局:SUPPORTS'],
      },
      {
        text: '(责任单位:区发展改革委、区规划资源局 落实时间:2021年8月底前)',
        expect: ['区发展改革委:LEADS', '区规划资源局:LEADS'],
      },
      { text: '【主责部门】：市商务局；【配合部门】：市财政局', expect: ['市商务局:LEADS', '市财政局:SUPPORTS'] },
      {
        text: '（责任部门：省经济和信息化厅、省财政厅，各市人民政府）',
        expect: ['省经济和信息化厅:LEADS', '省财政厅:LEADS'],
      },
    ],
    negatives: ['落实责任单位的主体责任。', '主办单位：市发展改革委'],
  },
  {
    name: 'label-group',
    method: 'group',
    opens: 'label',
    pattern: GROUP_LABEL_RE,
    subject: 'lead',
    describe: 'a working group or command: 组长单位/总指挥 lead, 副组长/副总指挥/成员(单位) support',
    examples: [
      {
        text: '总指挥：国家发展改革委主要负责人。\n副总指挥：国家粮食局主要负责人。\n成员：公安部、财政部有关负责人。',
        expect: ['国家发展改革委:LEADS', '国家粮食局:SUPPORTS', '公安部:SUPPORTS', '财政部:SUPPORTS'],
      },
      {
        text: '（组长单位：市商务局；成员单位：市财政局、市税务局）',
        expect: ['市商务局:LEADS', '市财政局:SUPPORTS', '市税务局:SUPPORTS'],
      },
    ],
    negatives: ['领导小组成员要各司其职。'],
  },
  {
    name: 'list-order',
    method: 'list-order',
    opens: 'statement',
    pattern: LIST_ORDER_RE,
    subject: 'lead',
    describe:
      'a stated list-order rule (inside a tag, a preamble or a footnote; 下同 carries it on): the first body of a 负责 tag or a 责任单位 list leads, the others support',
    examples: [
      {
        text: '（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）',
        expect: ['工业和信息化部:LEADS', '发展改革委:SUPPORTS', '科技部:SUPPORTS'],
      },
      {
        text: '（一）先行先试。(排第一的为牵头单位,下同)\n(责任单位:市市场监管局、市发改委)',
        expect: ['市市场监管局:LEADS', '市发改委:SUPPORTS'],
      },
    ],
    negatives: ['（人力资源社会保障部、财政部负责）'],
  },
];
