// The scale benchmark's measurements through the HTTP API, as the explorer sees it: every saved query
// with its default parameters, the overview and a search — latency percentiles, status, answer size,
// rows and whether the row cap cut the answer — and the memory and CPU of a process read from /proc.
import { readFile } from 'node:fs/promises';

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  bytes: number; // size of the last answer
  status: number[]; // distinct HTTP statuses seen
  rows?: number;
  truncated?: boolean;
}

export interface HttpBudget {
  maxRuns: number; // after one warm-up request
  minRuns: number;
  budgetMs: number; // stop after minRuns once this much time has gone into one endpoint
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

interface Answer {
  ms: number;
  status: number;
  bytes: number;
  body: string;
}

async function request(url: string, init?: RequestInit): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, bytes: Buffer.byteLength(body), body };
}

/** The first answer (a cold cache and planner) is reported apart; then up to maxRuns timed ones. */
export async function timeEndpoint(
  url: string,
  init: RequestInit | undefined,
  budget: HttpBudget,
): Promise<{ first: Answer; timing: Timing }> {
  const first = await request(url, init);
  const times: number[] = [];
  const statuses = new Set([first.status]);
  let last = first;
  const started = performance.now();
  while (times.length < budget.maxRuns) {
    if (times.length >= budget.minRuns && performance.now() - started > budget.budgetMs) break;
    last = await request(url, init);
    times.push(last.ms);
    statuses.add(last.status);
  }
  times.sort((a, b) => a - b);
  const timing: Timing = {
    runs: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? Number.NaN,
    bytes: last.bytes,
    status: [...statuses].sort(),
  };
  return { first, timing };
}

export interface QueryTiming extends Timing {
  name: string;
  firstMs: number;
  error?: string;
}

/** Every saved query the API lists, run with its default parameters. */
export async function savedQueries(base: string, budget: HttpBudget, log: (l: string) => void): Promise<QueryTiming[]> {
  const list = (await (await fetch(`${base}/api/queries`)).json()) as { queries: { name: string }[] };
  const out: QueryTiming[] = [];
  for (const { name } of list.queries) {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"params":{}}' };
    const { first, timing } = await timeEndpoint(`${base}/api/queries/${encodeURIComponent(name)}/run`, init, budget);
    const entry: QueryTiming = { name, firstMs: first.ms, ...timing };
    try {
      const parsed = JSON.parse(first.body) as { rows?: unknown[]; truncated?: boolean; message?: string };
      if (Array.isArray(parsed.rows)) entry.rows = parsed.rows.length;
      if (typeof parsed.truncated === 'boolean') entry.truncated = parsed.truncated;
      if (first.status >= 400) entry.error = parsed.message ?? first.body.slice(0, 200);
    } catch {
      entry.error = first.body.slice(0, 200);
    }
    log(
      `bench scale: ${name}: p50 ${timing.p50.toFixed(0)} ms, p95 ${timing.p95.toFixed(0)} ms (${timing.runs} runs), ${kb(timing.bytes)}, status ${timing.status.join('/')}`,
    );
    out.push(entry);
  }
  return out;
}

export function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 2 ** 20).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** CPU seconds (utime + stime, Linux /proc, 100 ticks a second) of a process, 0 when unreadable;
 *  with `children` those of its waited-for children added (the importer's JVM, a stopped server). */
export async function processCpu(pid: number | 'self' | null, children = false): Promise<number> {
  const stat = pid === null ? '' : await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const at = (i: number): number => Number(f[i] ?? 0) || 0;
  return (at(11) + at(12) + (children ? at(13) + at(14) : 0)) / 100;
}

/** Resident and peak resident memory of a process (Linux /proc), in MiB; null when unreadable. */
export async function processMemory(pid: number): Promise<{ rssMiB: number; peakMiB: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: field('VmRSS') / 1024, peakMiB: field('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
