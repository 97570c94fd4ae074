// The structure half of the understanding report: units per level and kind, measures with an agency
// and a deadline, what was not understood (with offsets) and why no structure was found.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { DEEPEST_LEVEL, noStructureReason, structureReport } from '../../../graph-loader/src/segment/report.ts';

const DOC = 'policy:test';

function report(text: string, agency: string[] = [], deadline: string[] = [], attached: [number, number][] = []) {
  const segments = segment(text, DOC);
  const ids = (paths: string[]): Set<string> =>
    new Set(segments.filter((s) => paths.includes(s.path)).map((s) => s.id));
  return structureReport({
    text,
    segments,
    agencyMeasures: ids(agency),
    deadlineMeasures: ids(deadline),
    attached: attached.map(([start, end]) => ({ start, end })),
  });
}

describe('structureReport', () => {
  it('counts units per level and kind, and measures with an agency and a deadline', () => {
    const text = [
      '第一章 总则',
      '第一条 为了规范管理，制定本条例。',
      '第二章 管理',
      '第二条 管委会负责下列事项：',
      '（一）组织实施规划；',
      '（二）协调有关部门。',
    ].join('\n');
    const r = report(text, ['2.1'], ['2.1.1']);
    expect(r.levels).toEqual([2, 2, 2]);
    expect(r.byLevelKind).toEqual([{ background: 1, section: 1 }, { article: 2 }, { measure: 2 }]);
    expect(r.byKind).toEqual({ background: 1, section: 1, article: 2, measure: 2 });
    expect(r.withAgency).toBe(1);
    expect(r.withDeadline).toBe(1);
    expect(r.warning).toBeNull();
  });

  it('lists bracketed tags that were not attached, with offsets, and leaves attached ones out', () => {
    const text = [
      '一、主要任务',
      '（一）推进改革。（市发展改革委负责）',
      '（二）优化服务。(责任单位：市政务办、市商务局)',
    ].join('\n');
    const tag1 = text.indexOf('（市发展改革委负责）');
    const r = report(text, [], [], [[tag1, tag1 + '（市发展改革委负责）'.length]]);
    const tags = r.notUnderstood.filter((u) => u.kind === 'tag');
    expect(tags.map((t) => t.text)).toEqual(['(责任单位：市政务办、市商务局)']);
    expect(text.slice(tags[0].start, tags[0].end)).toBe(tags[0].text);
  });

  it('lists agency-like strings outside every attached fact', () => {
    const text = ['一、主要任务', '（一）推进改革。（市发展改革委负责）', '（二）优化服务。市商务局要加强指导。'].join(
      '\n',
    );
    const tag = text.indexOf('（市发展改革委负责）');
    const mention = (name: string) => ({
      text: name,
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
    });
    const r = structureReport({
      text,
      segments: segment(text, DOC),
      agencyMeasures: new Set(),
      deadlineMeasures: new Set(),
      attached: [{ start: tag, end: tag + '（市发展改革委负责）'.length }],
      agencyMentions: [mention('市发展改革委'), mention('市商务局')],
    });
    expect(r.notUnderstood.filter((u) => u.kind === 'agency')).toEqual(
      [mention('市商务局')].map((m) => ({ kind: 'agency', ...m })),
    );
  });

  it('lists numbering read as not structure (a table of contents) and markers left inside sentences', () => {
    const text = [
      '目录',
      '一、总体要求',
      '二、主要任务',
      '三、保障措施',
      '一、总体要求',
      '内容。',
      '二、主要任务',
      '推进改革：一、简政放权；二、放管结合。',
      '三、保障措施',
    ].join('\n');
    const r = report(text);
    expect(r.levels).toEqual([3]);
    expect(r.notUnderstood.filter((u) => u.kind === 'skipped').map((u) => u.text)).toEqual([
      '一、总体要求',
      '二、主要任务',
      '三、保障措施',
    ]);
    expect(r.notUnderstood.filter((u) => u.kind === 'marker').map((u) => u.text)).toEqual(['一、', '二、']);
  });

  it('says why no structure was found', () => {
    expect(report('这是一段没有编号的文字。\n第二段。').warning).toMatch(/no numbering marker/);
    expect(noStructureReason('现通知如下：一、加强领导；二、压实责任。')).toMatch(/inside sentences/);
  });

  it(`warns when numbering goes deeper than ${DEEPEST_LEVEL} levels`, () => {
    const text = [
      '第一编 总则',
      '第一章 一般规定',
      '第一节 适用',
      '第一条 本法适用于下列情形：',
      '一、境内；',
      '（一）陆地；',
      '1.城市；',
      '（1）市区。',
    ].join('\n');
    expect(report(text).warning).toMatch(/8 levels deep/);
  });
});
