// Prints, for the development corpus, the header found vs the gold, per document and per field:
//   node bin/run-ts.js tests/unit/header/print-corpus-header.ts [--corpus DIR] [--gold DIR] [--sources]
// Hold-out documents are never listed, read or run. Gold that does not exist yet is reported as such.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePlan } from '../../../graph-loader/src/parse-plan.ts';
import { loadDictionaries } from '../../../graph-loader/src/read/dictionaries.ts';
import { compareHeader, devCorpusFiles, FIELDS, type FieldResult, type GoldHeader } from './corpus-header.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, '../shared/corpus') },
    gold: { type: 'string', default: join(ROOT, 'tests/gold/corpus') },
    sources: { type: 'boolean', default: false },
  },
});
const dicts = await loadDictionaries(join(ROOT, 'data/dictionaries'));
const totals = new Map<string, { ok: number; exists: number; wrongExtra: number }>();
const MARK: Record<string, string> = { ok: '✓', none: '·', missing: '∅', wrong: '✗', extra: '+' };

for (const file of devCorpusFiles(values.corpus)) {
  const plan = parsePlan({ bytes: readFileSync(join(values.corpus, file)), file, dicts });
  const props = plan.fragment.nodes.find((n) => n.labels.includes('Document'))?.properties ?? {};
  const goldFile = join(values.gold, file.replace(/\.txt$/, '.json'));
  if (!existsSync(goldFile)) {
    console.log(
      `${file.slice(0, 40)}  (no gold yet)  ${JSON.stringify([props.title, props.docNumber, props.issuer, props.issuedOn])}`,
    );
    continue;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { header: GoldHeader; names?: Record<string, string[]> };
  const results: FieldResult[] = compareHeader(props, gold.header, gold.names ?? {});
  console.log(`${file.slice(0, 40).padEnd(40)} ${results.map((r) => `${r.field}${MARK[r.verdict]}`).join(' ')}`);
  for (const r of results) {
    const t = totals.get(r.field) ?? { ok: 0, exists: 0, wrongExtra: 0 };
    if (r.expected !== null) t.exists++;
    if (r.verdict === 'ok') t.ok++;
    if (r.verdict === 'wrong' || r.verdict === 'extra') t.wrongExtra++;
    totals.set(r.field, t);
    if (r.verdict !== 'ok' && r.verdict !== 'none')
      console.log(`    ${r.field} ${r.verdict}: found ${r.found} | gold ${r.expected}`);
  }
  if (values.sources)
    console.log(`    sources ${JSON.stringify(props.headerSources)} missing ${JSON.stringify(props.headerMissing)}`);
}
for (const field of FIELDS) {
  const t = totals.get(field) ?? { ok: 0, exists: 0, wrongExtra: 0 };
  const pct = t.exists === 0 ? '–' : ((100 * t.ok) / t.exists).toFixed(1);
  console.log(
    `${field.padEnd(10)} right on ${t.ok}/${t.exists} documents where it exists (${pct}%), wrong or extra ${t.wrongExtra}`,
  );
}
