import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../graph-loader/src/types.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { SEEDS, seedText } from '../extract-core/seed-text.ts';

const DOC = 'policy:test';

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
    name: '一、 （一） 1． (1) ① nest in the order first seen',
    text: [
      '一、主要任务',
      '（一）深化改革',
      '1．推进审批。内容。',
      '(1)一网通办。',
      '①企业开办。',
      '(2)告知承诺。',
      '2．优化服务。',
      '二、保障措施',
      '（一）加强领导。',
    ].join('\n'),
    expected: [
      '1 section 一、|主要任务',
      '1.1 task （一）|深化改革',
      '1.1.1 task 1．|推进审批',
      '1.1.1.1 task (1)|一网通办',
      '1.1.1.1.1 measure ①|企业开办',
      '1.1.1.2 measure (2)|告知承诺',
      '1.1.2 measure 2．|优化服务',
      '2 section 二、|保障措施',
      '2.1 measure （一）|加强领导',
    ],
  },
  {
    name: 'a mistyped marker joins the level whose next ordinal it carries ("2、" among 一、三、, "（2）" among （一）（三）)',
    text: [
      '一、总体要求',
      '（一）指导思想',
      '内容。',
      '（2） 功能布局',
      '1．核心区。',
      '（三）发展目标',
      '2、 主要任务',
      '（一）构建体系',
      '1．推进便利化。',
      '三、保障机制',
    ].join('\n'),
    expected: [
      '1 background 一、|总体要求',
      '1.1 background （一）|指导思想',
      '1.2 background （2）|功能布局',
      '1.2.1 background 1．|核心区',
      '1.3 background （三）|发展目标',
      '2 section 2、|主要任务',
      '2.1 task （一）|构建体系',
      '2.1.1 measure 1．|推进便利化',
      '3 measure 三、|保障机制',
    ],
  },
  {
    name: 'numbering continued across parents stays below its parent (002: 1–3 under (一), 4 under (二))',
    text: ['三、主要任务', '(一)投资', '1.甲。', '2.乙。', '(二)创新', '3.丙。', '4.丁。'].join('\n'),
    expected: [
      '1 section 三、|主要任务',
      '1.1 task (一)|投资',
      '1.1.1 measure 1.|甲',
      '1.1.2 measure 2.|乙',
      '1.2 task (二)|创新',
      '1.2.1 measure 3.|丙',
      '1.2.2 measure 4.|丁',
    ],
  },
  {
    name: '落实举措 is transparent and 评估目标 is the task target, not a measure',
    text: [
      '四、主要任务和措施',
      '(一)开展试点。',
      '(责任单位:市商务局 落实时间:2021年8月底前)',
      '1.落实举措。',
      '(1)甲事项。(牵头单位:市商务局)',
      '(2)乙事项。',
      '2.评估目标。',
      '目标文字。',
      '(二)推进改革。',
      '1、落实举措',
      '单独一段举措。(牵头单位:市税务局)',
      '2、评估目标。',
      '目标二。',
    ].join('\n'),
    expected: [
      '1 section 四、|主要任务和措施',
      '1.1 task (一)|开展试点',
      '1.1.1 measure (1)|甲事项',
      '1.1.2 measure (2)|乙事项',
      '1.2 task (二)|推进改革',
    ],
  },
  {
    name: 'Markdown headings, labelled paragraphs and project paragraphs',
    text: [
      '# 某某规划',
      '## 四、发展重点',
      '### （一）贸易新经济',
      '#### 1. 核心发展思路',
      '思路文字。',
      '### 3. 关键发展举措',
      '产业招商：引进企业。',
      '**制度创新：**推进改革。',
      '### 重大项目谋划：',
      '服务贸易基地。在片区建设基地。',
      '**离岸数据中心。**建设中心。',
    ].join('\n'),
    expected: [
      '1 section 四、|发展重点',
      '1.1 task （一）|贸易新经济',
      '1.1.1 background 1.|核心发展思路',
      '1.1.2 task 3.|关键发展举措',
      '1.1.2.1 measure |产业招商',
      '1.1.2.2 measure |制度创新',
      '1.1.2.3 section |重大项目谋划',
      '1.1.2.3.1 project |服务贸易基地',
      '1.1.2.3.2 project |离岸数据中心',
    ],
  },
  {
    name: '"一是…二是…" enumerations become items of their paragraph',
    text: [
      '一、保障措施',
      '（一）加大招商力度',
      '成立工作组。一是完善两个库。内容。二是用好平台，开展活动。三是鼓励创新。',
    ].join('\n'),
    expected: [
      '1 section 一、|保障措施',
      '1.1 measure （一）|加大招商力度',
      '1.1.1 measure 一是|完善两个库',
      '1.1.2 measure 二是|用好平台',
      '1.1.3 measure 三是|鼓励创新',
    ],
  },
  {
    name: 'task and project tables (tab-separated and Markdown pipes) give one item per row',
    text: [
      '一、重点任务',
      '表 1 重点任务分工',
      '序号\t任务\t牵头单位\t责任单位',
      '1\t推进单一窗口\t市商务局\t岳阳海关',
      '2\t推进证照分离\t市市场监管局\t市税务局',
      '二、重大项目',
      '| 序号 | 名称 | 附注 |',
      '|---|---|---|',
      '| 1 | 离岸数据中心 | 建议在郑东区块择址建设 |',
    ].join('\n'),
    expected: [
      '1 section 一、|重点任务',
      '1.1 section |表 1 重点任务分工',
      '1.1.1 measure 1|推进单一窗口',
      '1.1.2 measure 2|推进证照分离',
      '2 section 二、|重大项目',
      '2.1 section |序号 | 名称 | 附注',
      '2.1.1 project 1|离岸数据中心',
    ],
  },
  {
    name: 'indicator tables and background sections stay structure; 第一章 chapters and 第一条 articles',
    text: ['第一章 总则', '第一条 为了规范管理。', '第二章 主要任务', '第二条 推进改革。', '第三条 优化服务。'].join(
      '\n',
    ),
    expected: [
      '1 background 第一章|总则',
      '1.1 article 第一条|为了规范管理',
      '2 section 第二章|主要任务',
      '2.1 article 第二条|推进改革',
      '2.2 article 第三条|优化服务',
    ],
  },
  {
    name: 'a plan structured by Markdown headings alone (the first # is its title)',
    text: [
      '# 某某实施方案',
      '## 总体要求',
      '文字。',
      '## 主要任务',
      '### 推进改革',
      '文字。',
      '### 优化服务',
      '文字。',
    ].join('\n'),
    expected: ['1 background |总体要求', '2 section |主要任务', '2.1 measure |推进改革', '2.2 measure |优化服务'],
  },
  {
    name: 'full-width digits number like half-width ones',
    text: ['一、任务', '１．甲。', '２．乙。', '（１）丙。'].join('\n'),
    expected: ['1 section 一、|任务', '1.1 measure １．|甲', '1.2 task ２．|乙', '1.2.1 measure （１）|丙'],
  },
  {
    name: 'footer lines close the structure; numbers inside sentences are not headings',
    text: [
      '一、主要任务',
      '1.推进改革。2017年增长1.5%。',
      '2.07平方公里的范围。',
      '主办：市发展改革委',
      '抄送：市委各部门。',
    ].join('\n'),
    expected: ['1 section 一、|主要任务', '1.1 measure 1.|推进改革'],
  },
];

describe('segment: numbering styles, levels and kinds', () => {
  it.each(CASES)('$name', ({ text, expected }) => {
    expect(brief(segment(text, DOC))).toEqual(expected);
  });

  it('plain text without numbering has no segments', () => {
    expect(segment('这是一段没有编号的文字。\n第二段。', DOC)).toEqual([]);
  });
});

describe('segment: invariants on every seed', () => {
  it.each(SEEDS)('%s: text is the slice of its offsets, paths unique, children inside parents', (file) => {
    const text = seedText(file);
    const segs = segment(text, DOC);
    expect(segs.length).toBeGreaterThan(20);
    const byId = new Map(segs.map((s) => [s.id, s]));
    expect(byId.size).toBe(segs.length);
    for (const s of segs) {
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(s.title.length).toBeGreaterThan(0);
      const parent = s.parentId ? byId.get(s.parentId) : undefined;
      if (s.parentId) {
        expect(parent).toBeDefined();
        expect(s.start).toBeGreaterThanOrEqual(parent?.start ?? -1);
        expect(s.end).toBeLessThanOrEqual(parent?.end ?? -1);
        expect(s.path.startsWith(`${parent?.path}.`)).toBe(true);
      }
    }
    expect(segment(text, DOC)).toEqual(segs); // deterministic
  });
});

function under(segs: Segment[], sectionTitle: string): Segment[] {
  return segs.filter((s) => s.section === sectionTitle);
}

describe('segment: the counts the plans state', () => {
  it('003 Yueyang: 88 tasks and 230 numbered sub-measures under 主要任务和措施', () => {
    const segs = under(segment(seedText('003_f31d9fd870de6b80.txt'), DOC), '主要任务和措施');
    const tasks = segs.filter((s) => s.kind === 'task');
    expect(tasks).toHaveLength(88);
    expect(tasks.every((t) => t.depth === 2)).toBe(true);
    const measures = segs.filter((s) => s.kind === 'measure');
    expect(measures).toHaveLength(230);
    expect(measures.every((m) => /^\(\d+\)$/.test(m.number) && m.depth === 3)).toBe(true);
  });

  it('000 Jinshui: 22 numbered measures in five tasks', () => {
    const segs = under(segment(seedText('000_6dd3a853ebbe6fc4.txt'), DOC), '主要任务和措施');
    expect(segs.filter((s) => s.kind === 'task')).toHaveLength(5);
    const measures = segs.filter((s) => s.kind === 'measure');
    expect(measures.map((m) => Number.parseInt(m.number, 10))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('002 Haidian: 24 numbered measures in seven tasks', () => {
    const segs = under(segment(seedText('002_bb333e7070ab7c6d.txt'), DOC), '主要任务和举措');
    expect(segs.filter((s) => s.kind === 'task')).toHaveLength(7);
    expect(segs.filter((s) => s.kind === 'measure')).toHaveLength(24);
  });

  it('001 Zhengzhou: seven industry clusters with their labelled measures and projects', () => {
    const segs = segment(seedText('001_b18cb7838db816cd.txt'), DOC);
    const clusters = under(segs, '发展重点与举措').filter((s) => s.depth === 2);
    expect(clusters.map((c) => c.title)).toEqual([
      '贸易新经济',
      '物流新经济',
      '金融新经济',
      '文化新经济',
      '信息新经济',
      '专业服务新经济',
      '制造业新经济',
    ]);
    expect(segs.filter((s) => s.title === '产业招商' && s.kind === 'measure')).toHaveLength(7);
    expect(
      segs.filter(
        (s) => s.kind === 'project' && s.parentId?.endsWith(segs.find((p) => p.title.startsWith('表 5'))?.path ?? '-'),
      ),
    ).toHaveLength(20);
  });

  it('004: status and problems are background, next-step work holds 一是/二是 items', () => {
    const segs = segment(seedText('004_2994b826daeb6449.txt'), DOC);
    const top = segs.filter((s) => s.depth === 1);
    expect(top.map((s) => s.kind)).toEqual(['background', 'background', 'section']);
    expect(segs.filter((s) => s.number.endsWith('是') && s.kind === 'measure').length).toBeGreaterThan(20);
  });
});
