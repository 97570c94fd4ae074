// The understanding report composed from its two halves, on real files through the whole pipeline
// (seeds and dev-corpus documents; the hold-out is never read): the report agrees with the fragment it
// describes, is stored on the Document as JSON with its counts, and the terminal and load-summary
// renderings say the same numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fragment, UnderstandingReport } from '../../../core/model.ts';
import { reportLines } from '../../../cli/actions/report-text.ts';
import { reportCounts, reportLine } from '../../../graph-loader/src/db/load-report.ts';
import { composeReport } from '../../../graph-loader/src/extract/understanding.ts';
import { headerReport } from '../../../graph-loader/src/header/report.ts';
import { parsePlan, type ParsedPlan } from '../../../graph-loader/src/parse-plan.ts';
import { structureReport } from '../../../graph-loader/src/segment/report.ts';
import { segment } from '../../../graph-loader/src/segment/index.ts';
import { readDicts, ROOT } from '../extract-core/seed-text.ts';
import { devCorpusFiles, isHoldOut } from '../header/corpus-header.ts';

const dicts = readDicts();
const CORPUS = join(ROOT, '../shared/corpus');

function planOf(path: string): ParsedPlan {
  return parsePlan({ bytes: readFileSync(path), file: path.replace(/^.*\//, ''), dicts });
}

function devFile(prefix: string): string {
  const file = devCorpusFiles(CORPUS).find((f) => f.startsWith(`${prefix}_`));
  if (!file || isHoldOut(file)) throw new Error(`no dev document ${prefix}`);
  return join(CORPUS, file);
}

function measuresWith(fragment: Fragment, types: string[]): Set<string> {
  return new Set(fragment.relationships.filter((r) => types.includes(r.type)).map((r) => r.end));
}

const FILES = [
  ['seed 003 (task list with tags)', join(ROOT, 'data/plans/003_f31d9fd870de6b80.txt')],
  ['seed 001 (Markdown with tables)', join(ROOT, 'data/plans/001_b18cb7838db816cd.txt')],
  ['corpus 05 (a regulation: articles)', devFile('05')],
  ['corpus 14 (a notice transmitting a plan)', devFile('14')],
  ['corpus 22 (State Council opinions)', devFile('22')],
];

describe('the understanding report of real documents', () => {
  it.each(FILES)('%s: the report agrees with the fragment and is stored on the Document', (_name, path) => {
    const plan = planOf(path);
    const report = plan.report as UnderstandingReport;
    const doc = plan.fragment.nodes.find((n) => n.id === plan.docId);
    const measures = plan.fragment.nodes.filter((n) => n.labels.includes('Measure') && !n.properties.background);
    const led = measuresWith(plan.fragment, ['LEADS', 'SUPPORTS']);
    expect(report.measures).toBe(measures.length);
    expect(report.withLead).toBe(measures.filter((m) => led.has(m.id)).length);
    expect(report.withDeadline).toBe(measures.filter((m) => m.properties.deadlineText || m.properties.dueDate).length);
    expect(report.header).toEqual(headerReport(doc?.properties ?? {}));
    for (const u of report.notUnderstood)
      expect(doc?.properties.text).toSatisfy((t: string) => t.slice(u.start, u.end) === u.text);
    expect(JSON.parse(String(doc?.properties.report))).toEqual(report);
    expect(doc?.properties).toMatchObject({
      measureCount: report.measures,
      measuresWithLead: report.withLead,
      measuresWithDeadline: report.withDeadline,
      unreadCount: report.notUnderstood.length,
    });
  });

  it('a text with no numbering and no header: the report and the load warnings say so and why', () => {
    const bytes = new TextEncoder().encode('这是一段没有编号的文字，市商务局要加强指导。\n第二段文字。\n');
    const plan = parsePlan({ bytes, file: 'plain.txt', dicts });
    const report = plan.report as UnderstandingReport;
    expect(report.measures).toBe(0);
    expect(report.levels).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(/no numbered structure found: .*no numbering marker/);
    expect(report.warnings.join('\n')).toMatch(/no document number, issuer or date found/);
    expect(plan.warnings.join('\n')).toMatch(/plain\.txt: no numbered structure found/);
    expect(plan.warnings.join('\n')).toMatch(/plain\.txt: no title found in the header/);
    // 市商务局 of no known city: a named body with no place, listed as such
    expect(report.notUnderstood).toEqual([{ kind: 'unplaced', text: '市商务局', start: 12, end: 16 }]);
    expect(reportLine(reportCounts(report))).toBe('no measures · 1 unread');
  });
});

describe('composeReport', () => {
  const text = ['一、主要任务', '（一）推进改革。（市发展改革委负责）', '（二）优化服务。(责任单位：市政务办)'].join(
    '\n',
  );
  const segments = segment(text, 'policy:t');
  const second = segments.find((s) => s.path === '1.2');
  const structure = structureReport({
    text,
    segments,
    agencyMeasures: new Set(second ? [second.id] : []),
    deadlineMeasures: new Set(),
    attached: [],
  });
  const props = {
    headerSources: ['title:title-line'],
    headerMissing: ['docNumber', 'issuer', 'issuedOn', 'addressees'],
  };

  it('takes the header from the Document props and the counts from the structure half', () => {
    const r = composeReport(props, structure, ['no document number, issuer or date found in the header']);
    expect(r.header[0]).toEqual({ field: 'title', found: true, source: 'title-line' });
    expect(r.header.filter((h) => !h.found).map((h) => h.field)).toEqual(props.headerMissing);
    expect(r.levels).toEqual(structure.levels);
    expect(r.measures).toBe(segments.filter((s) => s.kind !== 'background').length);
    expect(r.withLead).toBe(1);
    expect(r.notUnderstood.map((u) => u.kind)).toEqual(['tag', 'tag']);
    expect(r.warnings).toEqual(['no document number, issuer or date found in the header']);
  });

  it('prints the same numbers in the terminal block and the load column', () => {
    const r = composeReport(props, structure);
    const lines = reportLines(r).join('\n');
    expect(lines).toContain(`1 of ${r.measures} measures have a lead`);
    expect(lines).toMatch(/not understood 2 \(tag 2\)/);
    expect(lines).toContain(`tag @${r.notUnderstood[0].start}-${r.notUnderstood[0].end}`);
    expect(lines).toContain('docNumber ✗');
    const pct = Math.round((100 * 1) / r.measures);
    expect(reportLine(reportCounts(r))).toBe(`${r.measures} measures · ${pct}% led · 0% due · 2 unread`);
  });
});
