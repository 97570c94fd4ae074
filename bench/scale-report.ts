// Prints the scale benchmark: the curves (one column per size) and, for the largest size, the usual
// bench table against the targets of issue 10's "Done when".
import Table from 'cli-table3';
import type { ScaleResult, SizeResult } from './scale.ts';
import type { LoadStep } from './scale-load.ts';
import { kb } from './scale-http.ts';
import type { ApiMeasure } from './scale-measure.ts';
import { rowsTable } from './rows-table.ts';
import type { BenchRow } from './types.ts';

const ms = (v: number | null | undefined): string =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : `${Math.round(v)}`;
/** "parse 12.1 · write 30.4": the phases of a load step that took at least 0.05 s */
const phases = (step: LoadStep): string =>
  Object.entries(step.phases ?? {})
    .filter(([, s]) => s >= 0.05)
    .map(([name, s]) => `${name} ${s.toFixed(s < 10 ? 2 : 1)}`)
    .join(' · ');
/** "csv 1.2 · import 20.1 · start 9.8": the bulk importer's phases */
const bulkPhases = (bulk: Record<string, number>): string =>
  Object.entries(bulk)
    .map(([name, s]) => `${name} ${s.toFixed(s < 10 ? 2 : 1)}`)
    .join(' · ');
const api = (r: SizeResult): ApiMeasure | null => ('queries' in r.api ? r.api : null);

function curveRows(result: ScaleResult): [string, (r: SizeResult) => string][] {
  const rows: [string, (r: SizeResult) => string][] = [
    ['fresh load, s', (r) => r.fresh.seconds.toFixed(1)],
    ['full-text search ready, s after the load started', (r) => (r.searchReady ?? r.fresh.seconds).toFixed(1)],
    ['fresh load, plans/s', (r) => r.fresh.plansPerSecond.toFixed(1)],
    ['fresh load, relationships/s', (r) => Math.round(r.fresh.relationshipsPerSecond).toString()],
    ['failed plans', (r) => `${r.fresh.failed}`],
    ['graph: nodes / relationships', (r) => `${r.counts.nodes} / ${r.counts.relationships}`],
    ['graph: measures / agencies', (r) => `${r.counts.measures} / ${r.counts.agencies}`],
    [`+10 plans, s`, (r) => r.add.seconds.toFixed(2)],
    ['reload unchanged, s', (r) => r.reload.seconds.toFixed(2)],
    ['fresh load by phase, s', (r) => phases(r.fresh)],
    ['fresh load, bulk importer phases, s', (r) => (r.fresh.bulk ? bulkPhases(r.fresh.bulk) : 'transactions')],
    ['fresh load, CPU s of the loader', (r) => (r.fresh.cpuSeconds ?? 0).toFixed(1)],
    ['+10 plans by phase, s', (r) => phases(r.add)],
    ['reload by phase, s', (r) => phases(r.reload)],
  ];
  const names = api(result.results[0])?.queries.map((q) => q.name) ?? [];
  for (const name of names) {
    rows.push([
      `${name} p50/p95 ms, answer`,
      (r) => {
        const q = api(r)?.queries.find((x) => x.name === name);
        if (!q) return '—';
        const flags = `${q.truncated ? ' CUT' : ''}${q.status.some((s) => s >= 400) ? ` HTTP ${q.status.join('/')}` : ''}`;
        return `${ms(q.p50)}/${ms(q.p95)}, ${kb(q.bytes)}${flags}`;
      },
    ]);
  }
  rows.push(
    [
      'overview uncached p50/p95 ms',
      (r) => `${ms(api(r)?.uncached.overview.p50)}/${ms(api(r)?.uncached.overview.p95)}`,
    ],
    [
      '/api/overview first (uncached) ms, answer',
      (r) => `${ms(api(r)?.overview.firstMs)}, ${kb(api(r)?.overview.bytes ?? 0)}`,
    ],
    [
      'overview nodes / relationships',
      (r) => `${api(r)?.overview.nodes ?? '—'} / ${api(r)?.overview.relationships ?? '—'}`,
    ],
    ['search uncached p50/p95 ms', (r) => `${ms(api(r)?.uncached.search.p50)}/${ms(api(r)?.uncached.search.p95)}`],
    ['/api/search answer', (r) => kb(api(r)?.search.bytes ?? 0)],
    ['API process RSS / peak MiB', (r) => `${ms(api(r)?.apiMemory?.rssMiB)} / ${ms(api(r)?.apiMemory?.peakMiB)}`],
    ['Neo4j process RSS / peak MiB', (r) => `${ms(r.neo4jMemory?.rssMiB)} / ${ms(r.neo4jMemory?.peakMiB)}`],
    ['Neo4j store MiB', (r) => r.storeMiB.toFixed(0)],
    ['explorer first draw ms', (r) => explorer(r, (e) => ms(e.draw))],
    ['explorer layout ms', (r) => explorer(r, (e) => ms(e.layoutMs))],
    ['explorer longest task ms (tasks > 200 ms)', (r) => explorer(r, (e) => `${ms(e.longestAll)} (${e.over200})`)],
    ['machine load average before / after', (r) => r.loadAverage.map((v) => v.toFixed(1)).join(' / ')],
  );
  return rows;
}

function explorer(r: SizeResult, show: (e: Extract<ApiMeasure['explorer'], { draw: number }>) => string): string {
  const e = api(r)?.explorer;
  if (!e) return '—';
  return 'error' in e ? `error: ${e.error.slice(0, 40)}` : show(e);
}

/** The largest size against the Done-when targets of issue 10. */
export function targetRows(r: SizeResult): BenchRow[] {
  const n = r.plans;
  const rows: BenchRow[] = [
    {
      area: 'load',
      metric: `${n} plans into an empty database`,
      value: r.fresh.seconds,
      unit: 's',
      target: '< 60 s',
      pass: r.fresh.seconds < 60,
    },
    {
      area: 'load',
      metric: `… until full-text search answers too`,
      value: r.searchReady ?? r.fresh.seconds,
      unit: 's',
    },
    {
      area: 'load',
      metric: `add ${r.add.plans} plans to ${n}`,
      value: r.add.seconds,
      unit: 's',
      target: '< 3 s',
      pass: r.add.seconds < 3,
    },
    {
      area: 'load',
      metric: `reload ${r.reload.plans} unchanged`,
      value: r.reload.seconds,
      unit: 's',
      target: '< 2 s',
      pass: r.reload.seconds < 2,
    },
  ];
  const a = api(r);
  if (!a) {
    const why = 'error' in r.api ? r.api.error : 'no answer';
    return [...rows, { area: 'api', metric: `not measured: ${why.slice(0, 60)}`, value: 0, unit: '', pass: false }];
  }
  for (const q of a.queries)
    rows.push({
      area: 'queries',
      metric: `${q.name} p95`,
      value: q.p95,
      unit: 'ms',
      target: '< 300 ms',
      pass: q.p95 < 300 && !q.status.some((s) => s >= 400),
    });
  rows.push({
    area: 'api',
    metric: '/api/overview answer',
    value: a.overview.bytes / 1024,
    unit: 'KB',
    target: '< 500 KB',
    pass: a.overview.bytes < 500 * 1024,
  });
  if (!('error' in a.explorer)) {
    rows.push({
      area: 'explorer',
      metric: 'overview first draw',
      value: a.explorer.draw,
      unit: 'ms',
      target: '< 2000 ms',
      pass: a.explorer.draw < 2000,
    });
    rows.push({
      area: 'explorer',
      metric: 'longest main-thread task',
      value: a.explorer.longestAll,
      unit: 'ms',
      target: '< 200 ms',
      pass: a.explorer.longestAll < 200,
    });
  }
  return rows;
}

export function printScale(result: ScaleResult): void {
  const curves = new Table({ head: ['metric', ...result.results.map((r) => `${r.plans} plans`)] });
  for (const [label, cell] of curveRows(result)) curves.push([label, ...result.results.map(cell)]);
  console.log(curves.toString());
  const last = result.results[result.results.length - 1];
  if (!last) return;
  console.log(rowsTable(targetRows(last)));
}
