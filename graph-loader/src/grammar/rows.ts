// The grammar of responsibility, one row per way Chinese official texts assign work (Duckling's
// Rules.hs and Corpus.hs in one table): a name, how the row opens (a labelled field, a list of
// bodies, 由 + a list of bodies, a marker), the pattern that must follow the list, the role class it
// gives, the `method` an analyst sees on the edge, and examples it must and must not match.
// tests/unit/grammar/rows.test.ts runs every row's examples through the matcher (read.ts). The rows of
// labelled fields and list order are in rows-fields.ts, those of working groups in rows-groups.ts.

import { FIELD_ROWS } from './rows-fields.ts';
import { GROUP_BY_ROWS, GROUP_ROWS } from './rows-groups.ts';
import { MARKER_ROWS } from './rows-markers.ts';
import { ADV, END, MODAL, NOT, sticky } from './rows-shared.ts';
import type { GrammarRow } from './types.ts';
import { PROSE_VERBS, TAG_VERBS, alternation } from './vocabulary.ts';

export const GRAMMAR: readonly GrammarRow[] = [
  ...FIELD_ROWS,
  {
    name: 'tag-lead',
    method: 'tag',
    opens: 'list',
    pattern: sticky(`(?:等)?(?:${alternation(TAG_VERBS.lead)})${END}`),
    subject: 'lead',
    describe: 'X牵头 in a tag or at the end of a measure; the other bodies of the tag support',
    examples: [
      {
        text: '（市商务局牵头，市财政局、市税务局配合）',
        expect: ['市商务局:LEADS', '市财政局:SUPPORTS', '市税务局:SUPPORTS'],
      },
      {
        text: '市发展改革委牵头，市财政局、市人社局按职责分工负责。',
        expect: ['市发展改革委:LEADS', '市财政局:SUPPORTS', '市人社局:SUPPORTS'],
      },
      { text: '（国家发展改革委牵头，各地区、各部门负责）', expect: ['国家发展改革委:LEADS'] },
    ],
    negatives: ['发挥牵头作用', '（各地区、各部门牵头）'],
  },
  {
    name: 'tag-support',
    method: 'tag',
    opens: 'list',
    pattern: sticky(`(?:等)?(?:${alternation(TAG_VERBS.support)})${END}`),
    subject: 'support',
    describe: 'X配合 / X参与 / X协助 in a tag: helpers support',
    examples: [{ text: '（市财政局负责，市税务局配合）', expect: ['市财政局:LEADS', '市税务局:SUPPORTS'] }],
    negatives: ['积极配合。'],
  },
  {
    name: 'tag-responsible',
    method: 'tag',
    opens: 'list',
    pattern: sticky(`(?:等)?(?:${alternation(TAG_VERBS.responsible)})${END}`),
    subject: 'responsible',
    describe:
      'X负责 / X、Y等负责 / X、Y按职责分工负责: co-leads, unless the tag names a lead or a list-order rule holds',
    examples: [
      { text: '（市场监管总局负责）', expect: ['市场监管总局:LEADS'] },
      { text: '（人力资源社会保障部、财政部负责）', expect: ['人力资源社会保障部:LEADS', '财政部:LEADS'] },
      { text: '（扶贫办、发展改革委等和各省级人民政府负责）', expect: ['扶贫办:LEADS', '发展改革委:LEADS'] },
      {
        text: '（人力资源社会保障部、科技部，各省级人民政府按职责分工负责）',
        expect: ['人力资源社会保障部:LEADS', '科技部:LEADS'],
      },
      { text: '<span>（财政部、人民银行负责）</span>', expect: ['财政部:LEADS', '人民银行:LEADS'] },
      {
        text: '（商务部、扶贫办、供销合作总社等和各有关省级人民政府负责）',
        expect: ['商务部:LEADS', '扶贫办:LEADS', '供销合作总社:LEADS'],
      },
      { text: '（商务部、中国邮政集团公司负责）', expect: ['商务部:LEADS', '中国邮政集团公司:LEADS'] },
      {
        text: '（扶贫办、中央和国家机关工委、全国工商联负责）',
        expect: ['扶贫办:LEADS', '中央和国家机关工委:LEADS', '全国工商联:LEADS'],
      },
    ],
    negatives: ['（各地区、各部门负责）', '由企业负责。'],
  },
  {
    name: 'prose-jointly',
    method: 'prose',
    opens: 'list',
    pattern: sticky(`${ADV}(?:${MODAL})?${ADV}(?:${alternation(PROSE_VERBS.jointly)})`),
    subject: 'lead',
    partner: 'support',
    describe: 'X会同Y…: X leads, Y supports (also 由X会同Y…)',
    examples: [
      {
        text: '国务院新闻办会同国家发展改革委制订国家粮食应急新闻发布预案。',
        expect: ['国务院新闻办:LEADS', '国家发展改革委:SUPPORTS'],
      },
      {
        text: '前款规定的清单，由国务院商务主管部门会同国务院有关部门和海南省制定。',
        expect: ['国务院商务主管部门:LEADS', '海南省:SUPPORTS'],
      },
      { text: '市发展改革部门应当会同管委会和有关部门制定。', expect: ['市发展改革部门:LEADS', '管委会:SUPPORTS'] },
      {
        text: '管委会应当会同海关、检验检疫、海事等部门建立联动机制。',
        expect: ['管委会:LEADS', '海关:SUPPORTS', '检验检疫部门:SUPPORTS', '海事部门:SUPPORTS'],
      },
    ],
    negatives: ['会同有关部门制定。'],
  },
  ...GROUP_BY_ROWS,
  {
    name: 'prose-by',
    method: 'prose',
    opens: 'by-list',
    pattern: sticky(`${NOT}${ADV}[\\u4e00-\\u9fa5]`),
    subject: 'responsible',
    describe: '由X负责/制定/组织…: X leads (not 本条例由X负责解释)',
    examples: [
      { text: '对通过保税港区直接进出口的货物，由海关按照有关规定进行监管。', expect: ['海关:LEADS'] },
      { text: '具体办法由海南省制定。', expect: ['海南省:LEADS'] },
    ],
    negatives: ['本条例由市人民政府负责解释。', '本办法自由贸易试验区管委会负责解释。'],
  },
  {
    name: 'prose-lead',
    method: 'prose',
    opens: 'list',
    pattern: sticky(`${ADV}(?:${MODAL})?${ADV}(?:牵头|统筹|主管|领导|负总责)`),
    subject: 'lead',
    describe: 'X牵头… / X统筹… / X主管… in running text: X leads, the others of the sentence support',
    examples: [
      {
        text: '县级以上人民政府交通运输主管部门主管本行政区域的公路工作。',
        expect: ['县级以上人民政府交通运输主管部门:LEADS'],
      },
    ],
    negatives: ['统筹推进改革。'],
  },
  {
    name: 'prose-assist',
    method: 'prose',
    opens: 'list',
    pattern: sticky(`${NOT}${ADV}(?:${MODAL})?${ADV}(?:${alternation(PROSE_VERBS.assist)})`),
    subject: 'support',
    partner: 'lead',
    describe: 'X配合Y… / X协助Y…: X supports, the body it helps (Y) leads',
    examples: [
      { text: '公安机关应当配合海关开展缉私工作。', expect: ['公安机关:SUPPORTS', '海关:LEADS'] },
      {
        text: '环境保护、工商、供水等部门和单位要配合人民法院落实强制措施。',
        expect: ['环境保护部门:SUPPORTS', '工商部门:SUPPORTS', '人民法院:LEADS'],
      },
    ],
    negatives: ['企业配合海关开展检查。', '配合人民银行探索开展试点。'],
  },
  ...MARKER_ROWS,
  {
    name: 'prose-support',
    method: 'prose',
    opens: 'list',
    pattern: sticky(`${NOT}${ADV}(?:${MODAL})?${ADV}(?:${alternation(PROSE_VERBS.support)})`),
    subject: 'support',
    describe: 'X配合… / X协助… / X参与…: X supports',
    examples: [{ text: '金华市人民政府应当按照规定职责，支持试验区的各项工作。', expect: ['金华市人民政府:SUPPORTS'] }],
    negatives: ['企业配合检查。'],
  },
  {
    name: 'prose-duty',
    method: 'prose',
    opens: 'list',
    pattern: sticky(`${NOT}${ADV}(?:${alternation(PROSE_VERBS.lead)})`),
    subject: 'responsible',
    describe: 'X负责… / X应当… / X要… / X承担… / X可以… / X得…: a duty or power of X (several subjects: co-leads)',
    examples: [
      { text: '区交通委负责公路及其附属设施的养护管理。', expect: ['区交通委:LEADS'] },
      {
        text: '国家发展改革委、商务部按照各自职能分工，负责粮食市场应急供应工作。',
        expect: ['国家发展改革委:LEADS', '商务部:LEADS'],
      },
      { text: '区自贸办要发挥好牵头、组织、协调作用。', expect: ['区自贸办:LEADS'] },
      { text: '海事部门应当依照有关法律对船舶实施监管。', expect: ['海事部门:LEADS'] },
      { text: '义乌试验区管委会可以依照本条例制定具体办法。', expect: ['义乌试验区管委会:LEADS'] },
      { text: '海关得设置联合查核小组。', expect: ['海关:LEADS'] },
      {
        text: '市城乡规划、国土主管部门分别负责用地审批。',
        expect: ['市城乡规划主管部门:LEADS', '市国土主管部门:LEADS'],
      },
      {
        text: '网信部门、保密部门和其他有关部门应当按照各自职责做好安全保护。',
        expect: ['网信部门:LEADS', '保密部门:LEADS'],
      },
    ],
    negatives: [
      '企业可以依照本条例申请。',
      '海关得到地方支持。',
      '本条例由市人民政府负责解释。',
      '推动海关负责监管。',
      '政务部门应当无偿共享政务数据。',
      '其相关职能部门要负责落实具体工作。',
    ],
  },
  {
    name: 'prose-actor',
    method: 'prose',
    opens: 'list',
    pattern: sticky(`${NOT}${ADV}(?:在[^，,。；;在]{1,20}?)?(?:${alternation(PROSE_VERBS.actor)})(?!的)`),
    subject: 'responsible',
    describe: 'a body opening a sentence of a law or plan as the actor: 海关在自贸试验区建立…, 海关实行…',
    examples: [
      { text: '第十条 海关在自贸试验区建立货物状态分类监管制度。', expect: ['海关:LEADS'] },
      { text: '省人民政府推动建立数据交易平台。', expect: ['省人民政府:LEADS'] },
    ],
    negatives: [
      '企业在自贸试验区建立研发中心。',
      '海关可以实行分类监管。',
      '省人民政府设立的议事协调机构，负责研究建设战略。',
      '研究在环境保护部设立环境监察专员制度。',
    ],
  },
  {
    name: 'prose-topic',
    method: 'prose',
    opens: 'statement',
    pattern: sticky('(?:成立|设立|组建)'),
    subject: 'lead',
    describe:
      'a predicate without its subject (负责…, 开展…) speaks of the topic: a numbered heading that is a body alone, the office of X办公室设在Y, X由…组成, X下设办公室, 成立X (read.ts, topic.ts); the topic leads, the others of the statement support',
    examples: [
      { text: '1.国家粮食局。负责中央储备粮的动用。', expect: ['国家粮食局:LEADS'] },
      {
        text: '3.集中采购小组。负责集中采购具体实施工作，由联合采购办公室对集中采购小组成员进行培训。',
        expect: ['集中采购小组:LEADS', '联合采购办公室:SUPPORTS'],
      },
      {
        text: '国务院扶贫办由有关部门人员组成，各地代表作为成员，负责实施集中采购。',
        expect: ['国务院扶贫办:LEADS'],
      },
      {
        text: '国家粮食应急工作指挥部下设办公室，负责日常工作。',
        expect: ['国家粮食应急工作指挥部办公室:LEADS'],
      },
    ],
    negatives: ['成立岳阳片区工作领导小组，领导小组实行联席会议制度。', '1.市场准入。负责审批。'],
  },
  ...GROUP_ROWS,
];

export type { GrammarExample, GrammarMethod, GrammarRow } from './types.ts';
