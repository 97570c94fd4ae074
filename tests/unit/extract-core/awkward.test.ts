import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../graph-loader/src/extract/index.ts';
import { DICTS } from './fixtures.ts';

const AWKWARD: [string, string][] = [
  ['empty', ''],
  ['no numbering at all', '这是一份没有任何编号的文字。\n第二段，提到市商务局和海关。'],
  ['only headings', '一、\n二、\n（一）\n1.'],
  ['an unclosed clause at the end', '一、任务\n1.推进改革。(牵头单位:市商务局 责任单位:市财政局'],
  ['a label with nothing after it', '一、任务\n1.推进改革。(牵头单位:)\n(责任单位:  落实时间:)'],
  ['a caption without rows', '一、任务\n表 1 任务分工\n二、保障'],
  ['a header row without a table body', '一、任务\n序号\t任务\t牵头单位'],
  ['footers only', '主办：市发展改革委\n抄送：市委各部门。\n---'],
  [
    'deep and wide numbering',
    Array.from({ length: 300 }, (_, i) => `${i + 1}.第${i + 1}项措施。(牵头单位:市商务局)`).join('\n'),
  ],
  ['enumerations without 一是', '一、任务\n（一）甲\n二是推进。三是落实。'],
  ['masked names everywhere', '一、**片区发展现状\n（一）**综保区建设。联合海关推进。'],
  ['Markdown table with separator only', '一、任务\n| 序号 | 任务 | 牵头单位 |\n|---|---|---|'],
];

describe('extractDocument on awkward inputs: no exception, evidence stays text', () => {
  it.each(AWKWARD)('%s', (_name, text) => {
    const r = extractDocument({
      file: 'awkward.txt',
      text,
      script: 'Hans',
      sha256: '0',
      encoding: 'utf-8',
      dicts: DICTS,
    });
    const docs = r.fragment.nodes.filter((n) => n.labels.includes('Document'));
    expect(docs).toHaveLength(1);
    expect(docs[0].properties.title).toBeTruthy();
    for (const rel of r.fragment.relationships)
      expect(text.slice(rel.properties.start, rel.properties.end)).toContain(rel.properties.evidence);
  });

  it('a plan without numbering still names its agencies, on the Document', () => {
    const r = extractDocument({
      file: 'flat.txt',
      text: '本方案由市商务局牵头，配合人民银行推进。',
      script: 'Hans',
      sha256: '0',
      encoding: 'utf-8',
      dicts: DICTS,
    });
    const doc = r.fragment.nodes.find((n) => n.labels.includes('Document'));
    const edges = r.fragment.relationships.filter((x) => x.end === doc?.id).map((x) => `${x.type} ${x.start}`);
    // the city is unknown: 市商务局 keeps to its document (the id holds the document key)
    expect(edges).toEqual(
      expect.arrayContaining([
        `LEADS agency:${doc?.id.replace(/^policy:/, '')}#市商务局`,
        'INVOLVED_IN agency:中国人民银行',
      ]),
    );
    expect(r.warnings.some((w) => w.includes('place unknown') && w.includes('市商务局'))).toBe(true);
  });

  it('footers name the bodies behind the document (主办/督办), not its recipients (抄送)', () => {
    const text = '一、任务\n1.推进改革。\n---\n主办：市发展改革委\n督办：市政府办公厅二处\n抄送：市委各部门，市法院。';
    const ctx = { province: '河南省', city: '郑州市' };
    const r = extractDocument({
      file: 'f.txt',
      text,
      script: 'Hans',
      sha256: '0',
      encoding: 'utf-8',
      manifest: ctx,
      dicts: DICTS,
    });
    const doc = r.fragment.nodes.find((n) => n.labels.includes('Document'));
    const edges = r.fragment.relationships.filter((x) => x.end === doc?.id && x.type === 'INVOLVED_IN');
    expect(edges.map((x) => x.start)).toEqual(['agency:郑州市发展和改革委员会', 'agency:郑州市人民政府办公厅']);
    expect(edges[0].properties.evidence).toBe('主办：市发展改革委');
  });

  it('a plan without structure says so in a warning', () => {
    const r = extractDocument({
      file: 'flat.txt',
      text: '没有编号的文字。',
      script: 'Hans',
      sha256: '0',
      encoding: 'utf-8',
      dicts: DICTS,
    });
    expect(r.warnings).toEqual([expect.stringContaining('no numbered structure')]);
  });
});
