import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../graph-loader/src/extract/index.ts';
import { EVIDENCE_MAX, type Fragment, labelOfId } from '../../../core/model.ts';
import { openccConverters } from '../../../graph-loader/src/normalise/script.ts';
import { DICTS } from './fixtures.ts';
import { SEEDS, readManifest, seedNormalised } from './seed-text.ts';

const manifest = readManifest();
const cache = new Map<string, { text: string; fragment: Fragment; warnings: string[] }>();

function extract(file: string): { text: string; fragment: Fragment; warnings: string[] } {
  let hit = cache.get(file);
  if (!hit) {
    const { text, script } = seedNormalised(file);
    const r = extractDocument({
      file,
      text,
      script,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      manifest: manifest[file],
      dicts: DICTS,
      toTraditional: openccConverters().toTraditional,
    });
    hit = { text, ...r };
    cache.set(file, hit);
  }
  return hit;
}

function rels(f: Fragment, type: string): Fragment['relationships'] {
  return f.relationships.filter((r) => r.type === type);
}

describe('extractDocument on every seed', () => {
  it.each(SEEDS)('%s: one Document, evidence is text, endpoints exist, ids unique and stable', (file) => {
    const { text, fragment } = extract(file);
    const docs = fragment.nodes.filter((n) => n.labels.includes('Document'));
    expect(docs).toHaveLength(1);
    expect(docs[0].labels).toEqual(['Document', 'Policy']);
    expect(docs[0].properties).toMatchObject({
      text,
      file,
      kind: 'document',
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
    });
    const ids = new Set(fragment.nodes.map((n) => n.id));
    expect(ids.size).toBe(fragment.nodes.length);
    for (const r of fragment.relationships) {
      expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
      const p = r.properties;
      expect(p.docId).toBe(docs[0].id);
      expect(p.evidence.length).toBeLessThanOrEqual(EVIDENCE_MAX);
      expect(text.slice(p.start, p.end)).toContain(p.evidence);
    }
    for (const n of fragment.nodes) expect(labelOfId(n.id)).toBeTruthy();
    const again = extractDocument({
      file,
      text,
      script: seedNormalised(file).script,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      manifest: manifest[file],
      dicts: DICTS,
      toTraditional: openccConverters().toTraditional,
    });
    expect(again.fragment).toEqual(fragment);
  });

  it.each(SEEDS)('%s: every Measure is reachable from the Document by CONTAINS/PART_OF', (file) => {
    const { fragment } = extract(file);
    const doc = fragment.nodes.find((n) => n.labels.includes('Document'));
    const reached = new Set(
      rels(fragment, 'CONTAINS')
        .filter((r) => r.start === doc?.id)
        .map((r) => r.end),
    );
    const partOf = rels(fragment, 'PART_OF').filter((r) => r.start.startsWith('measure:'));
    for (let grew = true; grew;) {
      grew = false;
      for (const r of partOf) {
        if (reached.has(r.end) && !reached.has(r.start)) {
          reached.add(r.start);
          grew = true;
        }
      }
    }
    const measures = fragment.nodes.filter((n) => n.labels.includes('Measure'));
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => reached.has(m.id))).toBe(true);
  });
});

describe('extractDocument: 003 Yueyang assignments', () => {
  it('242 explicit lead clauses, every task with its list-order lead, deadlines and targets', () => {
    const { fragment } = extract('003_f31d9fd870de6b80.txt');
    // one relationship per (agency, measure, role) carries every span: count the label spans
    const labelEnds = rels(fragment, 'LEADS').flatMap((r) =>
      (r.properties.ends ?? []).filter((_, i) => r.properties.methods?.[i] === 'label'),
    );
    expect(new Set(labelEnds).size).toBe(242); // one clause, one end offset
    const tasks = fragment.nodes.filter((n) => n.properties.kind === 'task');
    expect(tasks).toHaveLength(88);
    const led = new Set(rels(fragment, 'LEADS').map((r) => r.end));
    expect(tasks.every((t) => led.has(t.id))).toBe(true);
    expect(tasks.filter((t) => typeof t.properties.target === 'string')).toHaveLength(88);
    const first = tasks.find((t) => t.properties.path === '4.1');
    expect(first?.properties).toMatchObject({ deadlineText: '2023年8月底前', dueDate: '2023-08-31' });
  });

  it('the first task: 市市场监管局 leads by list order, the rest of its 责任单位 list supports', () => {
    const { fragment } = extract('003_f31d9fd870de6b80.txt');
    const onTask = (type: string): string[] =>
      rels(fragment, type)
        .filter((r) => r.end.endsWith('#4.1'))
        .map((r) => r.start);
    expect(onTask('LEADS')).toEqual(['agency:岳阳市市场监督管理局']);
    expect(onTask('SUPPORTS')).toHaveLength(11);
  });

  it('the typo 城临矶新港区 joins 城陵矶新港区 and the doubtful pair is reported', () => {
    const { fragment, warnings } = extract('003_f31d9fd870de6b80.txt');
    const agency = fragment.nodes.find((n) => n.id === 'agency:城陵矶新港区');
    expect(agency?.properties.aliases).toContain('城临矶新港区');
    expect(fragment.nodes.some((n) => n.id === 'agency:城临矶新港区')).toBe(false);
    expect(warnings.some((w) => w.includes('岳阳市商务粮食局') && w.includes('岳阳市商务局'))).toBe(true);
  });
});

describe('extractDocument: documents and issuers', () => {
  it('001 is the notice 郑政办〔2018〕94号 issued by 郑州市人民政府办公厅', () => {
    const { fragment } = extract('001_b18cb7838db816cd.txt');
    const doc = fragment.nodes.find((n) => n.labels.includes('Document'));
    expect(doc?.properties).toMatchObject({ docNumber: '郑政办〔2018〕94号', issuedOn: '2018-10-16' });
    expect(
      rels(fragment, 'ISSUED_BY')
        .filter((r) => r.start === doc?.id)
        .map((r) => r.end),
    ).toEqual(['agency:郑州市人民政府办公厅']);
  });

  it('002 (traditional characters) yields simplified agency names', () => {
    const { fragment } = extract('002_bb333e7070ab7c6d.txt');
    const names = fragment.nodes.filter((n) => n.labels.includes('Agency')).map((n) => n.properties.name);
    expect(names).toEqual(expect.arrayContaining(['中国人民银行', '北京市规划和自然资源委员会']));
    const pboc = fragment.nodes.find((n) => n.id === 'agency:中国人民银行');
    expect(pboc?.properties.aliases).toEqual(expect.arrayContaining(['人民银行', '人民銀行']));
  });
});
