// Tables that list measures, in the forms real documents take: one cell per paragraph (35's 附件1),
// flattened without separators (04's 附件), HTML <table> through the normaliser, rows repeating a
// task's text. A row is a measure; its agency and deadline columns are read by the extractor.
import { describe, expect, it } from 'vitest';
import { measureExtras } from '../../../graph-loader/src/extract/measures.ts';
import { taskTableRows } from '../../../graph-loader/src/extract/table-assignments.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { unitLevels } from '../../../graph-loader/src/segment/report.ts';

const DOC = 'policy:test';
const S = '\u3000';

// 35: header cells and row cells each a paragraph; the last cell of a row runs over two lines
const CELL_PER_PARAGRAPH = [
  '附件1',
  '奉贤区农村公路管理养护权力和责任清单',
  '序号',
  '权力责任名称',
  '行使  主体',
  '权力责任类别',
  '设定依据',
  '行使层级',
  '权力责任事项',
  '1',
  '公路的具体管理',
  '区交通委',
  '管理',
  '1.《中华人民共和国公路法》第八条；2.《上海市公路管理条例》第五条',
  '区级',
  '区交通委按照其职责权限，负责所辖区域内公路的具体管理工作。\n区交通委应当加强养护。',
  '2',
  '乡道、村道的相关工作',
  '各街镇',
  '管理',
  '1.《中华人民共和国公路法》第八条',
  '镇级',
  '街镇负责本行政区域内乡道、村道的相关工作。',
].join('\n\n');

// 04: a table flattened without separators: glued header, group rows 一、 and 序号 glued to the title
const NO_SEPARATORS = [
  '附件',
  '部分地方优化营商环境典型做法（共计3项）',
  `序号改革举措主要内容一、改革投资审批等制度1企业投资项目承诺制改革${S}${S}山西开展企业投资项目承诺制改革试点，备案类项目28项审批事项中7项政府承诺。2“多规合一”改革${S}${S}浙江推进“多规合一”。`,
  `海南推进“多规合一”改革，在三个园区试行。二、便利企业开办和经营3“一照多址”改革${S}${S}上海市长宁区试点“一照多址”。`,
].join('\n\n');

describe('segment: tables', () => {
  it('35: a table flattened one cell per paragraph gives one measure per row, cells with their column', () => {
    const segs = segment(CELL_PER_PARAGRAPH, DOC);
    const rows = segs.filter((s) => s.style === 'row');
    expect(rows.map((r) => r.title)).toEqual(['公路的具体管理', '乡道、村道的相关工作']);
    expect(rows.map((r) => r.kind)).toEqual(['measure', 'measure']);
    // a row is a numbered unit of the plan: its 序号 cell is its number (the Measure's `number`)
    expect(rows.map((r) => r.number)).toEqual(['1', '2']);
    expect(unitLevels(segs)).toEqual([2]);
    const first = rows[0].cells ?? [];
    expect(first.map((c) => c.column)).toEqual([
      '序号',
      '权力责任名称',
      '行使  主体',
      '权力责任类别',
      '设定依据',
      '行使层级',
      '权力责任事项',
    ]);
    expect(first[6].text).toContain('区交通委应当加强养护');
    for (const c of first) expect(CELL_PER_PARAGRAPH.slice(c.start, c.end)).toBe(c.text);
    // 行使主体 names the agency of the row: the extractor reads it as the responsible column
    const roles = taskTableRows(segs).map((r) => r.cells.filter((c) => c.role).map((c) => `${c.role}:${c.cell.text}`));
    expect(roles).toEqual([['responsible:区交通委'], ['responsible:各街镇']]);
  });

  it('04: a table flattened without separators: group rows 一、 at level 1, 序号 rows below them', () => {
    const segs = segment(NO_SEPARATORS, DOC);
    expect(segs.map((s) => `${s.path} ${s.number}|${s.title}`)).toEqual([
      '1 一、|改革投资审批等制度',
      '1.1 1|企业投资项目承诺制改革 山西开展企业投资项目承诺制改革试点，备案类项目28项审批事项中7项政府承诺',
      '1.2 2|“多规合一”改革 浙江推进“多规合一”',
      '2 二、|便利企业开办和经营',
      '2.1 3|“一照多址”改革 上海市长宁区试点“一照多址”',
    ]);
    // the paragraph continuing row 2 on the next line belongs to it
    expect(segs[2].text).toContain('海南推进');
  });

  it("an HTML <table> is read from the normaliser's tab-separated rows; its deadline column dates the row", () => {
    const html =
      '<html><body><p>一、重点任务</p><table><tr><td>序号</td><td>任务</td><td>牵头单位</td><td>完成时限</td></tr>' +
      '<tr><td>1</td><td>推进跨境贸易便利化</td><td>市商务局</td><td>2023年底前</td></tr>' +
      '<tr><td>2</td><td>优化口岸营商环境</td><td>市口岸办</td><td>2024年6月</td></tr></table></body></html>';
    const text = normalise(html).text;
    const segs = segment(text, DOC);
    const rows = segs.filter((s) => s.style === 'row');
    expect(rows.map((r) => r.title)).toEqual(['推进跨境贸易便利化', '优化口岸营商环境']);
    expect(rows.map((r) => r.number)).toEqual(['1', '2']);
    const extras = measureExtras(text, segs);
    expect(rows.map((r) => extras.get(r.id)?.dueDate)).toEqual(['2023-12-31', '2024-06-30']);
  });

  it("rows repeating a task's text belong to that task", () => {
    const text = [
      '一、重点任务',
      '序号\t任务\t具体举措\t责任单位',
      '1\t提升贸易便利化\t推行提前申报\t海关',
      '2\t提升贸易便利化\t推广两步申报\t海关',
      '3\t优化营商环境\t压缩审批时限\t市政务服务中心',
    ].join('\n');
    const segs = segment(text, DOC);
    expect(segs.map((s) => `${s.path} ${s.kind} ${s.style}|${s.title}`)).toEqual([
      '1 section cn-dun|重点任务',
      '1.1 section table|序号 | 任务 | 具体举措 | 责任单位',
      '1.1.1 task group|提升贸易便利化',
      '1.1.1.1 measure row|推行提前申报',
      '1.1.1.2 measure row|推广两步申报',
      '1.1.2 measure row|优化营商环境',
    ]);
    expect(unitLevels(segs)).toEqual([1, 3]);
    expect(taskTableRows(segs).map((r) => r.cells.find((c) => c.role)?.cell.text)).toEqual([
      '海关',
      '海关',
      '市政务服务中心',
    ]);
  });
});
