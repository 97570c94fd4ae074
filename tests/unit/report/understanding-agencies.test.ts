// The agency half of "not understood": names written in responsibility fields and columns that
// resolve to no body (unresolved), and named bodies whose place is unknown (unplaced); on real files
// (dev corpus, seeds) through the whole pipeline, and on the pure functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnderstandingReport } from '../../../core/model.ts';
import { unresolvedNames, type NameVerdict } from '../../../graph-loader/src/extract/understanding.ts';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { readDicts, ROOT } from '../extract-core/seed-text.ts';
import { devCorpusFiles } from '../header/corpus-header.ts';

const dicts = readDicts();
const CORPUS = join(ROOT, '../shared/corpus');

function parse(path: string): ReturnType<typeof parsePlan> {
  return parsePlan({ bytes: readFileSync(path), file: path.replace(/^.*\//, ''), dicts });
}

describe('unresolvedNames', () => {
  const verdicts: Record<string, NameVerdict> = { 市商务局: 'body', 各街镇: 'collective', 专项工作组: 'unresolved' };
  it('lists the names read as nothing known, once per offset; bodies and collectives are understood', () => {
    const names = [
      { raw: '市商务局', start: 0, end: 4 },
      { raw: '各街镇', start: 5, end: 8 },
      { raw: '专项工作组', start: 9, end: 14 },
      { raw: '专项工作组', start: 9, end: 14 },
    ];
    expect(unresolvedNames({ names, verdict: (raw) => verdicts[raw] ?? 'unresolved' })).toEqual([
      { kind: 'unresolved', text: '专项工作组', start: 9, end: 14 },
    ]);
  });
});

const files = [
  ...devCorpusFiles(CORPUS).map((f) => join(CORPUS, f)),
  ...['003_f31d9fd870de6b80.txt', '004_2994b826daeb6449.txt'].map((f) => join(ROOT, 'data/plans', f)),
];

describe('agency spans of the report on real documents', () => {
  it.each(files.map((f) => [f.replace(/^.*\//, ''), f]))('%s', (_name, path) => {
    const plan = parse(path);
    const report = plan.report as UnderstandingReport;
    const doc = plan.fragment.nodes.find((n) => n.labels.includes('Document'));
    const text = String(doc?.properties.text);
    const agencies = plan.fragment.nodes.filter((n) => n.labels.includes('Agency'));
    for (const u of report.notUnderstood.filter((x) => x.kind === 'unplaced')) {
      expect(text.slice(u.start, u.end)).toBe(u.text);
      // an unplaced span names a body of the graph that has no place
      const named = agencies.filter((a) =>
        [a.properties.name, a.properties.shortName, ...(a.properties.aliases as string[])].includes(u.text),
      );
      expect(named.some((a) => !a.properties.jurisdiction && a.properties.level !== 'national')).toBe(true);
    }
    for (const u of report.notUnderstood.filter((x) => x.kind === 'unresolved')) {
      expect(text.slice(u.start, u.end)).toBe(u.text);
      // an unresolved name became no Agency node
      expect(agencies.some((a) => a.properties.shortName === u.text || a.properties.name === u.text)).toBe(false);
    }
  });

  it('a working group named by who set it up is a body now (dev 28): none of its 工作组 tags is unresolved', () => {
    const file = devCorpusFiles(CORPUS).find((f) => f.startsWith('28_'));
    const report = parse(join(CORPUS, String(file))).report as UnderstandingReport;
    const unresolved = report.notUnderstood.filter((u) => u.kind === 'unresolved').map((u) => u.text);
    expect(unresolved.filter((t) => t.endsWith('工作组'))).toEqual([]);
  });

  it.each(['产业创新发展联盟', '专项推进小分队'])('a 责任单位 name that is no known body is unresolved: %s', (who) => {
    const text =
      '岳阳市人民政府办公室关于印发跨境电商发展方案的通知\n\n一、主要任务\n' +
      `（一）发展跨境电商。建设跨境电商公共服务平台。（责任单位：市商务局、${who}）\n`;
    const plan = parsePlan({ bytes: new TextEncoder().encode(text), file: 'made-up.txt', dicts });
    const report = plan.report as UnderstandingReport;
    const unresolved = report.notUnderstood.filter((u) => u.kind === 'unresolved');
    expect(unresolved.map((u) => u.text)).toEqual([who]);
    expect(text.slice(unresolved[0]?.start, unresolved[0]?.end)).toBe(who);
  });
});
