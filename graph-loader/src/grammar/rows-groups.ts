// The rows of working groups: who forms a group (由X、Y组成), who staffs its office (由X、Y选派人员参加),
// where its office sits (X办公室设在Y), who its members are. Part of the grammar (rows.ts).

import { ADV, sticky } from './rows-shared.ts';
import type { GrammarRow } from './types.ts';
import { PROSE_VERBS, alternation } from './vocabulary.ts';

/** Rows read after 由 + a list (before prose-by, which reads any verb). */
export const GROUP_BY_ROWS: readonly GrammarRow[] = [
  {
    name: 'group-composed',
    method: 'group',
    opens: 'by-list',
    pattern: sticky(`${ADV}组成`),
    subject: 'support',
    partner: 'lead',
    describe: '由X、Y组成 a working group: the members support, the group formed leads',
    examples: [
      {
        text: '由国务院办公厅、国家医保局组成试点工作小组，领导试点工作。',
        expect: ['国务院办公厅:SUPPORTS', '国家医保局:SUPPORTS', '试点工作小组:LEADS'],
      },
    ],
    negatives: ['由专家组成评审委员会。'],
  },
  {
    name: 'group-staffed',
    method: 'group',
    opens: 'by-list',
    pattern: sticky(`${ADV}(?:${alternation(PROSE_VERBS.staffs)})`),
    subject: 'support',
    describe: '(X办公室设在Y，)由Y、Z选派人员参加: a joint office; the bodies that staff it support (the host too)',
    examples: [
      {
        text: '试点工作小组办公室设在国家医保局，由国家医保局、国家药监局选派人员参加，具体负责组织开展试点。',
        expect: ['试点工作小组办公室:LEADS', '国家医保局:SUPPORTS', '国家医保局:SUPPORTS', '国家药监局:SUPPORTS'],
      },
    ],
    negatives: ['由企业选派人员参加培训。'],
  },
];

/** Rows of member lists and offices (after the prose rows). */
export const GROUP_ROWS: readonly GrammarRow[] = [
  {
    name: 'group-members-tail',
    method: 'group',
    opens: 'list',
    pattern: sticky('(?:有关|相关)?(?:主要|分管|有关)?(?:负责人|负责同志|领导|同志)?(?:为|任|担任)(?:成员|组员)'),
    subject: 'support',
    describe: 'X、Y等相关部门负责人为成员: the members support',
    examples: [
      {
        text: '区政府办公室、区财政局、应急管理等相关部门负责人为成员。',
        expect: ['区政府办公室:SUPPORTS', '区财政局:SUPPORTS', '应急管理部门:SUPPORTS'],
      },
    ],
    negatives: ['区财政局负责资金保障。'],
  },
  {
    name: 'group-office',
    method: 'group',
    opens: 'marker',
    pattern: sticky('[^，,。；;：:]{0,24}?(?:办公室|办事机构|秘书处)设在'),
    subject: 'lead',
    describe: '(X小组)办公室设在Y: Y runs the office and leads',
    examples: [
      { text: '区农村公路路长办公室设在区交通委，主任由区交通委主要负责人担任。', expect: ['区交通委:LEADS'] },
      { text: '议事协调机构的办事机构设在省商务主管部门，承担日常工作。', expect: ['省商务主管部门:LEADS'] },
    ],
    negatives: ['办公室设在市区。'],
  },
  {
    name: 'group-members',
    method: 'group',
    opens: 'marker',
    pattern: sticky('[^，,。；;：:]{0,16}?成员(?:单位)?(?:由|包括|为|有)'),
    subject: 'support',
    describe: '成员(单位)由/包括X、Y…: members support',
    examples: [
      {
        text: '办公室成员由国家发展改革委、财政部有关人员组成。',
        expect: ['国家发展改革委:SUPPORTS', '财政部:SUPPORTS'],
      },
    ],
    negatives: ['成员由专家组成。'],
  },
];
